#!/usr/bin/env python3
"""Checks the boto3 calls in Python scripts against botocore's service models.

    python3 tools/boto3-check/check.py SCRIPT.py [SCRIPT.py ...]

It reads each script with `ast` (nothing is run), finds every `<client>.<method>(...)` call whose
client comes from `boto3.client('<service>', ...)`, and checks with the service models that botocore
ships that:

- the service exists;
- the method is an operation of the service (the snake_case of its name), or `get_waiter` /
  `get_paginator` with a real waiter or paginator name;
- every keyword argument is a top-level member of the operation's input (for `.wait(...)` and
  `.paginate(...)`: of the waiter's or paginator's operation, plus WaiterConfig / PaginationConfig);
- no argument is positional (boto3 client methods take keywords only).

Clients are followed through:

- simple assignments: `s3 = boto3.client("s3", region_name=r)`, then `s3.create_bucket(...)`;
- client factories: a function with a parameter passed as the service to `boto3.client`, such as
  `def client(service, region): return boto3.client(service, region_name=region)`, called with a
  literal service: `client("s3", region).create_bucket(...)` or `s3 = client("s3", region)`;
- dicts of clients: `clients = {"us-east-1": boto3.client("s3", ...), ...}` or a dict
  comprehension of clients of one service, then `clients[region].create_bucket(...)`;
- waiters held in a variable: `w = s3.get_waiter("bucket_exists")`, then `w.wait(...)`.

A name bound in a function is looked up in that function first, then in the functions around it,
then in the module. Nested input members are not checked here: botocore checks those when the call is
made (a generated script's --dry-run makes every call through botocore without sending it).

Prints one line per problem and a summary; exits 1 when there is a problem, 2 on bad usage.
"""
import ast
import sys

import botocore
import botocore.session
from botocore import xform_name
from botocore.exceptions import DataNotFoundError, UnknownServiceError

# Methods every boto3 client has besides its operations.
CLIENT_METHODS = {"can_paginate", "close", "generate_presigned_url", "generate_presigned_post", "get_waiter", "get_paginator"}


class Models:
    """botocore's service models, loaded once per service."""

    def __init__(self):
        self.session = botocore.session.get_session()
        self.cache = {}

    def service(self, name):
        if name not in self.cache:
            try:
                model = self.session.get_service_model(name)
            except UnknownServiceError:
                self.cache[name] = None
            else:
                operations = {xform_name(op): op for op in model.operation_names}
                self.cache[name] = (model, operations, self._waiters(name), self._paginators(name))
        return self.cache[name]

    def _waiters(self, name):
        try:
            model = self.session.get_waiter_model(name)
        except DataNotFoundError:
            return {}
        return {xform_name(w): model.get_waiter(w).operation for w in model.waiter_names}

    def _paginators(self, name):
        try:
            model = self.session.get_paginator_model(name)
        except DataNotFoundError:
            return {}
        return {xform_name(p): p for p in model._paginator_config}


def is_boto3_client(call):
    """Whether `call` is boto3.client(...)."""
    f = call.func
    return isinstance(f, ast.Attribute) and f.attr == "client" and isinstance(f.value, ast.Name) and f.value.id == "boto3"


def literal(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class Scope:
    def __init__(self, node, parent):
        self.node, self.parent = node, parent
        self.clients = {}  # name -> service
        self.dicts = {}  # name -> service of the clients it holds
        self.waiters = {}  # name -> (service, waiter)

    def find(self, table, name):
        scope = self
        while scope is not None:
            found = getattr(scope, table).get(name)
            if found is not None:
                return found
            scope = scope.parent
        return None


class Checker:
    def __init__(self, tree, path, models):
        self.tree, self.path, self.models = tree, path, models
        self.problems = []
        self.checked = 0
        self.factories = self._factories(tree)

    # -- client factories ---------------------------------------------------------------

    @staticmethod
    def _factories(tree):
        """Functions that make a client of the service named by one of their parameters:
        name -> (position of that parameter, its name)."""
        factories = {}
        for fn in ast.walk(tree):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            params = [a.arg for a in fn.args.posonlyargs + fn.args.args]
            for node in ast.walk(fn):
                if isinstance(node, ast.Call) and is_boto3_client(node):
                    service = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "service_name"), None)
                    if isinstance(service, ast.Name) and service.id in params:
                        factories[fn.name] = (params.index(service.id), service.id)
        return factories

    # -- what an expression is ---------------------------------------------------------

    def service_of(self, node, scope):
        """The service of the client that `node` evaluates to, or None."""
        if isinstance(node, ast.Call):
            if is_boto3_client(node):
                arg = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "service_name"), None)
                return literal(arg)
            name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr if isinstance(node.func, ast.Attribute) else None
            if name in self.factories:
                position, keyword = self.factories[name]
                arg = node.args[position] if position < len(node.args) else next((k.value for k in node.keywords if k.arg == keyword), None)
                return literal(arg)
            return None
        if isinstance(node, ast.Name):
            return scope.find("clients", node.id)
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            return scope.find("dicts", node.value.id)
        return None

    def dict_service(self, node, scope):
        """The service of a dict (or dict comprehension) whose values are all clients of one service."""
        if isinstance(node, ast.Dict) and node.values:
            services = {self.service_of(v, scope) for v in node.values}
            return services.pop() if len(services) == 1 and None not in services else None
        if isinstance(node, ast.DictComp):
            return self.service_of(node.value, scope)
        return None

    def waiter_of(self, node, scope):
        """(service, waiter name) when `node` is <client>.get_waiter("name") or a variable holding one."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get_waiter":
            service = self.service_of(node.func.value, scope)
            name = literal(node.args[0]) if node.args else None
            return (service, name) if service and name else None
        if isinstance(node, ast.Name):
            return scope.find("waiters", node.id)
        return None

    def paginator_of(self, node, scope):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get_paginator":
            service = self.service_of(node.func.value, scope)
            name = literal(node.args[0]) if node.args else None
            return (service, name) if service and name else None
        return None

    # -- walking -----------------------------------------------------------------------

    def run(self):
        self.visit_scope(self.tree, None)
        return [message for _, message in sorted(self.problems, key=lambda p: p[0])]

    def visit_scope(self, node, parent):
        scope = Scope(node, parent)
        body = node.body if isinstance(node.body, list) else [node.body]
        own = list(self.own_nodes(body))
        for n in own:  # bindings first, so a call may come before the assignment it uses in the text
            if isinstance(n, (ast.Assign, ast.AnnAssign)) and n.value is not None:
                targets = n.targets if isinstance(n, ast.Assign) else [n.target]
                for target in targets:
                    if isinstance(target, ast.Name):
                        self.bind(scope, target.id, n.value)
        for n in own:
            if isinstance(n, ast.Call):
                self.check_call(n, scope)
        for n in own:
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                self.visit_scope(n, scope)
            elif isinstance(n, ast.ClassDef):
                self.visit_scope(n, scope)

    @staticmethod
    def own_nodes(body):
        """The nodes of a scope's body, with nested functions and classes as single nodes (not entered)."""
        todo = list(body)
        while todo:
            n = todo.pop(0)
            yield n
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                # decorators and default values belong to the scope around the function
                extra = list(getattr(n, "decorator_list", []))
                if hasattr(n, "args"):
                    extra += [d for d in n.args.defaults + n.args.kw_defaults if d is not None]
                todo[0:0] = extra
                continue
            todo[0:0] = list(ast.iter_child_nodes(n))

    def bind(self, scope, name, value):
        service = self.service_of(value, scope)
        if service:
            scope.clients[name] = service
            return
        service = self.dict_service(value, scope)
        if service:
            scope.dicts[name] = service
            return
        waiter = self.waiter_of(value, scope)
        if waiter:
            scope.waiters[name] = waiter

    # -- checking ----------------------------------------------------------------------

    def problem(self, node, message):
        self.problems.append((node.lineno, f"{self.path}:{node.lineno}: {message}"))

    def check_call(self, call, scope):
        if is_boto3_client(call) or (isinstance(call.func, ast.Name) and call.func.id in self.factories):
            service = self.service_of(call, scope)
            if service and self.models.service(service) is None:
                self.problem(call, f"no AWS service '{service}' in botocore {botocore.__version__}")
            return
        if not isinstance(call.func, ast.Attribute):
            return
        method, receiver = call.func.attr, call.func.value
        if method == "wait":
            waiter = self.waiter_of(receiver, scope)
            if waiter:
                self.check_waiter_call(call, *waiter)
            return
        if method == "paginate":
            paginator = self.paginator_of(receiver, scope)
            if paginator:
                self.check_paginator_call(call, *paginator)
            return
        service = self.service_of(receiver, scope)
        if service is None:
            return
        models = self.models.service(service)
        if models is None:
            self.problem(call, f"no AWS service '{service}' in botocore {botocore.__version__}")
            return
        model, operations, waiters, paginators = models
        self.checked += 1
        if method == "get_waiter":
            name = literal(call.args[0]) if call.args else None
            if name is not None and name not in waiters:
                self.problem(call, f"{service} has no waiter '{name}' (it has: {', '.join(sorted(waiters)) or 'none'})")
            return
        if method == "get_paginator":
            name = literal(call.args[0]) if call.args else None
            if name is not None and name not in paginators:
                self.problem(call, f"{service} has no paginator '{name}'")
            return
        if method in CLIENT_METHODS:
            return
        if method not in operations:
            self.problem(call, f"{service} has no operation '{method}'")
            return
        self.check_arguments(call, model, operations[method], f"{service}.{method}", set())

    def check_waiter_call(self, call, service, waiter):
        models = self.models.service(service)
        if models is None:
            return
        model, _, waiters, _ = models
        if waiter not in waiters:
            return  # reported where get_waiter is called
        self.checked += 1
        self.check_arguments(call, model, waiters[waiter], f"{service} waiter {waiter}", {"WaiterConfig"})

    def check_paginator_call(self, call, service, paginator):
        models = self.models.service(service)
        if models is None:
            return
        model, _, _, paginators = models
        if paginator not in paginators:
            return
        self.checked += 1
        self.check_arguments(call, model, paginators[paginator], f"{service} paginator {paginator}", {"PaginationConfig"})

    def check_arguments(self, call, model, operation, what, extra):
        if call.args:
            self.problem(call, f"{what} takes keyword arguments only, got {len(call.args)} positional")
        shape = model.operation_model(operation).input_shape
        members = set(shape.members) if shape is not None else set()
        for keyword in call.keywords:
            if keyword.arg is None:
                continue  # **kwargs: botocore checks those when the call is made
            if keyword.arg not in members and keyword.arg not in extra:
                self.problem(call, f"{what} ({operation}) has no parameter '{keyword.arg}'")


def check(path, models):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as e:
        return [f"{path}:{e.lineno}: not valid Python: {e.msg}"], 0
    checker = Checker(tree, path, models)
    problems = checker.run()
    return problems, checker.checked


def main(argv):
    if not argv or any(a.startswith("-") for a in argv):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    models = Models()
    failed = False
    for path in argv:
        problems, checked = check(path, models)
        for p in problems:
            print(p)
        failed = failed or bool(problems)
        print(f"{path}: {checked} boto3 calls checked against botocore {botocore.__version__}, {len(problems)} problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

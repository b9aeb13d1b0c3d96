package io.regionlab.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.regionlab.support.CloudFormationStub.Failure;
import io.regionlab.support.CloudFormationStubStack.Change;
import io.regionlab.support.CloudFormationStubStack.ChangeSet;
import io.regionlab.support.CloudFormationStubStack.Event;
import io.regionlab.support.CloudFormationStubStack.Resource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Query API actions of {@link CloudFormationStub}; called with the stub's lock held. */
final class CloudFormationStubActions {

    static final String NO_CHANGES = "The submitted information didn't contain changes. Submit different information to create a change set.";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private final CloudFormationStub stub;
    private final CloudFormationStubEngine engine;

    CloudFormationStubActions(CloudFormationStub stub) {
        this.stub = stub;
        this.engine = new CloudFormationStubEngine(stub);
    }

    String run(String region, String action, Map<String, String> p) {
        return switch (action) {
            case "CreateChangeSet" -> createChangeSet(region, p);
            case "DescribeChangeSet" -> describeChangeSet(region, p);
            case "ExecuteChangeSet" -> executeChangeSet(region, p);
            case "DeleteChangeSet" -> deleteChangeSet(region, p);
            case "DescribeStacks" -> describeStacks(region, p);
            case "DescribeStackEvents" -> describeStackEvents(region, p);
            case "DeleteStack" -> deleteStack(region, p);
            case "ListStackResources" -> listStackResources(region, p, "ListStackResources", "StackResourceSummaries");
            case "DescribeStackResources" -> listStackResources(region, p, "DescribeStackResources", "StackResources");
            case "GetTemplate" -> getTemplate(region, p);
            default -> throw new Failure(400, "InvalidAction", "The action " + action + " is not valid for this web service.");
        };
    }

    /** The stack name a call is about, for the call log (change set and stack ids resolved). */
    String stackNameOf(String region, Map<String, String> p) {
        String stackName = p.get("StackName");
        if (stackName != null && !stackName.startsWith("arn:")) {
            return stackName;
        }
        if (stackName != null) {
            return stub.everStacks.stream().filter(s -> s.id.equals(stackName)).map(s -> s.name).findFirst().orElse(stackName);
        }
        String changeSet = p.get("ChangeSetName");
        if (changeSet != null && changeSet.startsWith("arn:")) {
            return stub.everStacks.stream().filter(s -> s.changeSets.containsKey(changeSet)).map(s -> s.name).findFirst().orElse(null);
        }
        return null;
    }

    private String createChangeSet(String region, Map<String, String> p) {
        String stackName = required(p, "StackName");
        String changeSetName = required(p, "ChangeSetName");
        String type = p.getOrDefault("ChangeSetType", "UPDATE");
        CloudFormationStubStack stack = stub.stacks.get(CloudFormationStub.key(region, stackName));
        if (type.equals("CREATE")) {
            if (stack != null && !stack.status.equals("REVIEW_IN_PROGRESS")) {
                throw Failure.validation("Stack [" + stackName + "] already exists and cannot be created again with the changeSet ["
                        + changeSetName + "].");
            }
        } else if (type.equals("UPDATE")) {
            if (stack == null) {
                throw Failure.validation("Stack [" + stackName + "] does not exist");
            }
            if (stack.inProgress() || stack.status.equals("ROLLBACK_COMPLETE") || stack.status.equals("REVIEW_IN_PROGRESS")) {
                throw Failure.validation("Stack:" + stack.id + " is in " + stack.status + " state and can not be updated.");
            }
        } else {
            throw Failure.validation("1 validation error detected: Value '" + type
                    + "' at 'changeSetType' failed to satisfy constraint: Member must satisfy enum value set: [UPDATE, IMPORT, CREATE]");
        }
        String body = p.get("TemplateBody");
        if (body == null && p.get("UsePreviousTemplate") != null && stack != null) {
            body = stack.templateBody;
        }
        if (body == null) {
            throw Failure.validation("Either Template URL or Template Body must be specified.");
        }
        JsonNode template = parse(body);
        Map<String, String> parameters = parameters(p, template, stack);
        List<String> capabilities = indexed(p, "Capabilities.member.");
        engine.checkCapabilities(template, capabilities);
        if (stack == null) {
            stack = new CloudFormationStubStack(region, stackName,
                    "arn:aws:cloudformation:" + region + ":" + CloudFormationStub.ACCOUNT + ":stack/" + stackName + "/" + stub.nextId());
            stub.stacks.put(CloudFormationStub.key(region, stackName), stack);
            stub.everStacks.add(stack);
        }
        for (ChangeSet existing : stack.changeSets.values()) {
            if (existing.name.equals(changeSetName)) {
                throw new Failure(400, "AlreadyExistsException", "ChangeSet " + changeSetName + " already exists");
            }
        }
        String id = "arn:aws:cloudformation:" + region + ":" + CloudFormationStub.ACCOUNT + ":changeSet/" + changeSetName + "/"
                + stub.nextId();
        ChangeSet changeSet = new ChangeSet(id, changeSetName, type, template, body, parameters, capabilities);
        changeSet.changes = engine.changes(stack, template);
        stack.changeSets.put(id, changeSet);
        CloudFormationStubStack created = stack;
        return CloudFormationStubXml.response("CreateChangeSet", x -> x.leaf("Id", id).leaf("StackId", created.id));
    }

    private String describeChangeSet(String region, Map<String, String> p) {
        CloudFormationStubStack stack = stackOfChangeSet(region, p);
        ChangeSet cs = changeSet(stack, p);
        cs.describes++;
        if (cs.describes == 2 && cs.status.equals("CREATE_PENDING")) {
            boolean empty = cs.changes.isEmpty() && cs.type.equals("UPDATE") && cs.parameters.equals(stack.parameters);
            cs.status = empty ? "FAILED" : "CREATE_COMPLETE";
            cs.executionStatus = empty ? "UNAVAILABLE" : "AVAILABLE";
            cs.statusReason = empty ? NO_CHANGES : null;
        }
        return CloudFormationStubXml.response("DescribeChangeSet", x -> {
            x.leaf("ChangeSetName", cs.name).leaf("ChangeSetId", cs.id).leaf("StackId", stack.id).leaf("StackName", stack.name)
                    .parameters(cs.parameters).leaf("CreationTime", cs.created).leaf("ExecutionStatus", cs.executionStatus)
                    .leaf("Status", cs.status).leaf("StatusReason", cs.statusReason).members("Capabilities", cs.capabilities);
            x.open("Changes");
            if (!cs.status.equals("CREATE_PENDING")) {
                for (Change change : cs.changes) {
                    writeChange(x, change);
                }
            }
            x.close("Changes");
        });
    }

    private static void writeChange(CloudFormationStubXml x, Change change) {
        x.open("member").leaf("Type", "Resource").open("ResourceChange").leaf("Action", change.action())
                .leaf("LogicalResourceId", change.logicalId()).leaf("PhysicalResourceId", change.physicalId())
                .leaf("ResourceType", change.type()).leaf("Replacement", change.replacement());
        x.open("Scope");
        if (!change.properties().isEmpty()) {
            x.leaf("member", "Properties");
        }
        x.close("Scope").open("Details");
        for (String property : change.properties()) {
            String recreation = CloudFormationStubEngine.replaces(change.type(), property) ? "Always" : "Never";
            x.open("member").open("Target").leaf("Attribute", "Properties").leaf("Name", property)
                    .leaf("RequiresRecreation", recreation).close("Target").leaf("Evaluation", "Static")
                    .leaf("ChangeSource", "DirectModification").close("member");
        }
        x.close("Details").close("ResourceChange").close("member");
    }

    private String executeChangeSet(String region, Map<String, String> p) {
        CloudFormationStubStack stack = stackOfChangeSet(region, p);
        ChangeSet cs = changeSet(stack, p);
        if (!cs.executionStatus.equals("AVAILABLE") || stack.inProgress()) {
            throw new Failure(400, "InvalidChangeSetStatus",
                    "ChangeSet [" + cs.id + "] cannot be executed in its current status of [" + cs.status + "]");
        }
        cs.executionStatus = "EXECUTE_COMPLETE";
        stack.changeSets.values().stream().filter(other -> other != cs).forEach(other -> {
            other.executionStatus = "OBSOLETE";
        });
        engine.execute(stack, cs);
        return CloudFormationStubXml.response("ExecuteChangeSet", x -> {
        });
    }

    private String deleteChangeSet(String region, Map<String, String> p) {
        CloudFormationStubStack stack = stackOfChangeSet(region, p);
        ChangeSet cs = changeSet(stack, p);
        stack.changeSets.remove(cs.id);
        return CloudFormationStubXml.response("DeleteChangeSet", x -> {
        });
    }

    private String describeStacks(String region, Map<String, String> p) {
        List<CloudFormationStubStack> found = new ArrayList<>();
        String stackName = p.get("StackName");
        if (stackName == null) {
            stub.stacks.values().stream().filter(s -> s.region.equals(region)).forEach(found::add);
        } else {
            found.add(find(region, stackName));
        }
        found.forEach(engine::advance);
        return CloudFormationStubXml.response("DescribeStacks", x -> {
            x.open("Stacks");
            for (CloudFormationStubStack s : found) {
                x.open("member").leaf("StackName", s.name).leaf("StackId", s.id).leaf("CreationTime", s.created)
                        .leaf("StackStatus", s.status).leaf("StackStatusReason", s.statusReason).parameters(s.parameters)
                        .members("Capabilities", s.capabilities);
                x.open("Outputs");
                engine.outputs(s).forEach((key, value) -> x.open("member").leaf("OutputKey", key).leaf("OutputValue", value)
                        .close("member"));
                x.close("Outputs").close("member");
            }
            x.close("Stacks");
        });
    }

    private String describeStackEvents(String region, Map<String, String> p) {
        CloudFormationStubStack stack = find(region, required(p, "StackName"));
        engine.advance(stack);
        return CloudFormationStubXml.response("DescribeStackEvents", x -> {
            x.open("StackEvents");
            for (int i = stack.events.size() - 1; i >= 0; i--) {
                Event e = stack.events.get(i);
                x.open("member").leaf("EventId", e.eventId()).leaf("StackName", stack.name).leaf("StackId", stack.id)
                        .leaf("LogicalResourceId", e.logicalId()).leaf("PhysicalResourceId", e.physicalId())
                        .leaf("ResourceType", e.type()).leaf("Timestamp", e.at()).leaf("ResourceStatus", e.status())
                        .leaf("ResourceStatusReason", e.reason()).close("member");
            }
            x.close("StackEvents");
        });
    }

    private String deleteStack(String region, Map<String, String> p) {
        String stackName = required(p, "StackName");
        CloudFormationStubStack stack = stackName.startsWith("arn:") ? byId(stackName)
                : stub.stacks.get(CloudFormationStub.key(region, stackName));
        if (stack != null && !stack.deleted() && !stack.status.startsWith("DELETE_")) {
            engine.delete(stack);
        }
        return CloudFormationStubXml.response("DeleteStack", null);
    }

    private String listStackResources(String region, Map<String, String> p, String action, String element) {
        CloudFormationStubStack stack = find(region, required(p, "StackName"));
        boolean summaries = action.equals("ListStackResources");
        return CloudFormationStubXml.response(action, x -> {
            x.open(element);
            for (Resource r : stack.resources.values()) {
                x.open("member");
                if (!summaries) {
                    x.leaf("StackName", stack.name).leaf("StackId", stack.id);
                }
                x.leaf("LogicalResourceId", r.logicalId).leaf("PhysicalResourceId", r.physicalId).leaf("ResourceType", r.type)
                        .leaf(summaries ? "LastUpdatedTimestamp" : "Timestamp", r.updated).leaf("ResourceStatus", r.status)
                        .close("member");
            }
            x.close(element);
        });
    }

    private String getTemplate(String region, Map<String, String> p) {
        CloudFormationStubStack stack = find(region, required(p, "StackName"));
        return CloudFormationStubXml.response("GetTemplate", x -> x.leaf("TemplateBody", stack.templateBody)
                .members("StagesAvailable", List.of("Original", "Processed")));
    }

    private CloudFormationStubStack find(String region, String nameOrId) {
        CloudFormationStubStack stack = nameOrId.startsWith("arn:") ? byId(nameOrId)
                : stub.stacks.get(CloudFormationStub.key(region, nameOrId));
        if (stack == null || (!nameOrId.startsWith("arn:") && stack.deleted())) {
            throw Failure.validation("Stack with id " + nameOrId + " does not exist");
        }
        return stack;
    }

    private CloudFormationStubStack byId(String id) {
        return stub.everStacks.stream().filter(s -> s.id.equals(id)).findFirst().orElse(null);
    }

    private CloudFormationStubStack stackOfChangeSet(String region, Map<String, String> p) {
        String changeSet = required(p, "ChangeSetName");
        if (changeSet.startsWith("arn:")) {
            return stub.everStacks.stream().filter(s -> s.changeSets.containsKey(changeSet)).findFirst()
                    .orElseThrow(() -> new Failure(404, "ChangeSetNotFound", "ChangeSet [" + changeSet + "] does not exist"));
        }
        String stackName = p.get("StackName");
        if (stackName == null) {
            throw Failure.validation("StackName must be specified if ChangeSetName is not specified as an ARN.");
        }
        try {
            return find(region, stackName);
        } catch (Failure unknownStack) {
            throw new Failure(404, "ChangeSetNotFound", "ChangeSet [" + changeSet + "] does not exist");
        }
    }

    private static ChangeSet changeSet(CloudFormationStubStack stack, Map<String, String> p) {
        String changeSet = p.get("ChangeSetName");
        return stack.changeSets.values().stream().filter(cs -> cs.id.equals(changeSet) || cs.name.equals(changeSet)).findFirst()
                .orElseThrow(() -> new Failure(404, "ChangeSetNotFound", "ChangeSet [" + changeSet + "] does not exist"));
    }

    private static Map<String, String> parameters(Map<String, String> p, JsonNode template, CloudFormationStubStack stack) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 1; p.containsKey("Parameters.member." + i + ".ParameterKey"); i++) {
            String key = p.get("Parameters.member." + i + ".ParameterKey");
            String value = p.get("Parameters.member." + i + ".ParameterValue");
            if (value == null && "true".equals(p.get("Parameters.member." + i + ".UsePreviousValue")) && stack != null) {
                value = stack.parameters.get(key);
            }
            given.put(key, value);
        }
        JsonNode declared = template.path("Parameters");
        List<String> unknown = given.keySet().stream().filter(key -> !declared.has(key)).toList();
        if (!unknown.isEmpty()) {
            throw Failure.validation("Parameters: " + unknown + " do not exist in the template");
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Iterator<String> names = declared.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (given.get(name) != null) {
                values.put(name, given.get(name));
            } else if (declared.get(name).has("Default")) {
                values.put(name, declared.get(name).get("Default").asText());
            } else {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw Failure.validation("Parameters: " + missing + " must have values");
        }
        return values;
    }

    private static List<String> indexed(Map<String, String> p, String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 1; p.containsKey(prefix + i); i++) {
            values.add(p.get(prefix + i));
        }
        return values;
    }

    private static String required(Map<String, String> p, String name) {
        String value = p.get(name);
        if (value == null || value.isBlank()) {
            throw Failure.validation("1 validation error detected: Value null at '" + Character.toLowerCase(name.charAt(0))
                    + name.substring(1) + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode template = body.stripLeading().startsWith("{") ? JSON.readTree(body) : YAML.readTree(body);
            if (template == null || !template.path("Resources").isObject() || template.path("Resources").isEmpty()) {
                throw Failure.validation("Template format error: At least one Resources member must be defined.");
            }
            return template;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw Failure.validation("Template format error: JSON not well-formed. (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
    }

    static JsonNode emptyObject() {
        return JsonNodeFactory.instance.objectNode();
    }
}

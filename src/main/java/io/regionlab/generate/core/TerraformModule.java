package io.regionlab.generate.core;

import static io.regionlab.generate.core.TerraformHcl.expr;
import static io.regionlab.generate.core.TerraformHcl.str;
import static io.regionlab.generate.core.TerraformHcl.tmpl;

import io.regionlab.generate.core.TerraformHcl.Block;
import io.regionlab.generate.core.TerraformHcl.Expr;
import io.regionlab.generate.core.TerraformHcl.Obj;
import io.regionlab.generate.core.TerraformHcl.Value;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.Region;
import io.regionlab.topology.core.RegionRole;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The root module while it is written: its variables, data sources, resources and outputs, one
 * provider alias per Region, and the names everything gets. Every resource and data source is
 * bound to the provider of the Region it lives in; global services (Route 53, CloudFront) to
 * us-east-1.
 */
final class TerraformModule {

    /** Route 53 and CloudFront are global; their API and CloudFront's ACM certificates live in us-east-1. */
    static final String GLOBAL_REGION = "us-east-1";

    /**
     * The longest name prefix: names are {@code <prefix>-<part>}, and the tightest limit is an
     * ElastiCache replication group id's 40 characters, which leaves 19 for the part.
     */
    static final int PREFIX_MAX = 20;

    static final Expr PARTITION = expr("data.aws_partition.current.partition");
    static final Expr ACCOUNT_ID = expr("data.aws_caller_identity.current.account_id");

    final Topology topology;
    final Map<String, NetworkPlan> networks;
    final List<Block> variables = new ArrayList<>();
    final List<Block> data = new ArrayList<>();
    final List<Block> resources = new ArrayList<>();
    final List<Block> outputs = new ArrayList<>();
    private final Set<String> addresses = new HashSet<>();
    private final Set<String> regions = new LinkedHashSet<>();

    TerraformModule(Topology topology) {
        this.topology = topology;
        this.networks = NetworkPlan.of(topology);
        topology.regions().forEach(r -> regions.add(r.code()));
        if (topology.components().stream().anyMatch(c -> c.kind().isGlobal())) {
            regions.add(GLOBAL_REGION);
        }
    }

    /** The Regions that get a provider: the design's, in its order, and us-east-1 when global resources need it. */
    List<String> providerRegions() {
        return List.copyOf(regions);
    }

    /** The provider alias of a Region: {@code us-west-2} → {@code us_west_2}. */
    static String alias(String region) {
        return TerraformHcl.name(region);
    }

    /** The Region a component's resources live in: its own, or us-east-1 for global ones. */
    static String regionOf(Component c) {
        return c.kind().isGlobal() ? GLOBAL_REGION : c.region();
    }

    String primaryRegion() {
        return topology.regions().stream().filter(r -> r.role() == RegionRole.PRIMARY).map(Region::code).findFirst()
                .orElse(topology.regions().get(0).code());
    }

    /** A resource in {@code region}, with its provider set, added to main.tf in the order of the calls. */
    Block resource(String type, String name, String region) {
        return add(resources, type, unique("resource." + type, name), region);
    }

    Block dataSource(String type, String name, String region) {
        return add(data, type, unique("data." + type, name), region);
    }

    /** A data source that several components share ({@code data.aws_kms_key.us_east_1_rds}): added once. */
    Expr sharedData(String type, String name, String region, String attribute, Consumer<Block> body) {
        if (addresses.add("data." + type + "." + name)) {
            body.accept(add(data, type, name, region));
        }
        return expr("data." + type + "." + name + "." + attribute);
    }

    private Block add(List<Block> to, String type, String name, String region) {
        Block b = new Block(to == data ? "data" : "resource", type, name);
        b.set("provider", expr("aws." + alias(region)));
        to.add(b);
        return b;
    }

    /** {@code name}, or {@code name_2}, ... when two design ids map to one Terraform name (as {@code a-b} + {@code c} and {@code a} + {@code b-c}). */
    private String unique(String kind, String name) {
        String candidate = name;
        for (int n = 2; !addresses.add(kind + "." + candidate); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }

    /** {@code aws_vpc.main.id}, or {@code data.aws_ssm_parameter.ami.insecure_value} for a data source. */
    static String ref(Block b, String attribute) {
        return (b.type.equals("data") ? "data." : "") + b.labels.get(0) + "." + b.labels.get(1) + "." + attribute;
    }

    static Expr refExpr(Block b, String attribute) {
        return expr(ref(b, attribute));
    }

    /** The bare address of a resource, for {@code depends_on}. */
    static Expr address(Block b) {
        return expr(b.labels.get(0) + "." + b.labels.get(1));
    }

    Expr variable(String name, String description, String defaultValue, String condition, String errorMessage) {
        Block v = new Block("variable", name);
        v.set("description", description).set("type", expr("string"));
        if (defaultValue != null) {
            v.set("default", defaultValue);
        }
        if (condition != null) {
            Block validation = v.block("validation");
            validation.set("condition", expr(condition));
            validation.set("error_message", errorMessage);
        }
        variables.add(v);
        return expr("var." + name);
    }

    void output(String name, String description, Value value) {
        Block o = new Block("output", name);
        o.set("description", description).set("value", value);
        outputs.add(o);
    }

    // --- names ---------------------------------------------------------------------------------------

    /** A name unique to this deployment: {@code <var.name_prefix>-<part>}, the part cut to {@code max} minus the prefix. */
    static Value name(String part, int max) {
        return tmpl(expr("var.name_prefix"), "-" + Naming.shorten(part, max - PREFIX_MAX - 1));
    }

    /** The Terraform name of a component's resources: {@code use1-api-asg} → {@code use1_api_asg}. */
    static String tf(Component c) {
        return TerraformHcl.name(c.id());
    }

    /** The Terraform name of a zone's resources: ({@code us-west-2}, {@code us-west-2a}) → {@code us_west_2_a}. */
    static String zoneName(String region, String zone) {
        return alias(region) + "_" + Naming.zoneSuffix(region, zone).toLowerCase(Locale.ROOT);
    }

    static Obj nameTag(Value name) {
        return TerraformHcl.obj().put("Name", name);
    }

    // --- ARNs and policies ---------------------------------------------------------------------------------

    /** An ARN in the deployment's partition: {@code arn:${partition}:<rest>}, rest made of strings and expressions. */
    static Value arn(Object... rest) {
        List<Object> parts = new ArrayList<>();
        parts.add("arn:");
        parts.add(PARTITION);
        parts.add(":");
        parts.addAll(List.of(rest));
        return tmpl(parts.toArray());
    }

    static Obj allow(String sid, List<String> actions, List<? extends Value> resources) {
        Obj s = TerraformHcl.obj().put("Sid", sid).put("Effect", "Allow");
        s.put("Action", actions.size() == 1 ? str(actions.get(0)) : TerraformHcl.strings(actions));
        s.put("Resource", resources.size() == 1 ? resources.get(0) : TerraformHcl.list(resources));
        return s;
    }

    static Value policy(List<Obj> statements) {
        return TerraformHcl.jsonencode(TerraformHcl.obj().put("Version", "2012-10-17")
                .put("Statement", TerraformHcl.list(statements.stream().<Value>map(Obj::build).toList())));
    }

    /** A trust policy that lets one AWS service assume the role. */
    static Value trust(String service) {
        Obj statement = TerraformHcl.obj().put("Effect", "Allow").put("Principal", TerraformHcl.obj().put("Service", service))
                .put("Action", "sts:AssumeRole");
        return policy(List.of(statement));
    }

    /** An IAM role for {@code service}, named {@code <prefix>-<component>-<purpose>}. */
    Block role(Component c, String purpose, String service, String description) {
        Block role = resource("aws_iam_role", tf(c) + "_" + purpose, regionOf(c));
        role.set("name", name(c.id() + "-" + purpose, 64));
        role.set("description", description);
        role.set("assume_role_policy", trust(service));
        return role;
    }

    Block rolePolicy(Component c, Block role, String purpose, List<Obj> statements) {
        Block p = resource("aws_iam_role_policy", role.labels.get(1), regionOf(c));
        p.set("name", c.id() + "-" + purpose);
        p.set("role", refExpr(role, "id"));
        p.set("policy", policy(statements));
        return p;
    }

    // --- the network, as the other resources of a Region see it ----------------------------------------------

    Expr vpc(String region) {
        return expr("aws_vpc." + alias(region) + ".id");
    }

    Expr subnet(String region, String zone, boolean isPublic) {
        return expr("aws_subnet." + zoneName(region, zone) + (isPublic ? "_public" : "_private") + ".id");
    }

    List<Expr> subnets(String region, List<String> zones, boolean isPublic) {
        return zones.stream().map(z -> subnet(region, z, isPublic)).toList();
    }

    static Expr securityGroup(Component c) {
        return expr("aws_security_group." + tf(c) + ".id");
    }

    /** Whether a Region gets a network: it has something that lives in a VPC. */
    boolean needsNetwork(String region) {
        return topology.components().stream().anyMatch(c -> region.equals(c.region()) && NetworkPlan.needsNetwork(c.kind()));
    }

    /** Whether a block of that address ({@code resource.aws_lb.api}) has been added. */
    boolean declared(String address) {
        return addresses.contains(address);
    }
}

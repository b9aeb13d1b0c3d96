package io.regionlab.generate.core;

import static io.regionlab.generate.core.Boto3Py.call;
import static io.regionlab.generate.core.Boto3Py.dict;
import static io.regionlab.generate.core.Boto3Py.expr;
import static io.regionlab.generate.core.Boto3Py.kw;
import static io.regionlab.generate.core.Boto3Py.string;
import static io.regionlab.generate.core.Boto3Py.tuple;

import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Link;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Region;
import io.regionlab.topology.core.RegionRole;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One design's {@code deploy.py}: the library sections it needs ({@link Boto3Library}), its
 * command-line inputs, and {@code deploy()}, which calls them in an order that works:
 *
 * <ol>
 * <li>the caller's account and partition ({@code sts.get_caller_identity});
 * <li>networks, then security groups opened along the design's links ({@link NetworkPlan}, {@link Access});
 * <li>S3 buckets, every one versioned before any replication is configured, then replication;
 * <li>DynamoDB tables, then their replicas;
 * <li>databases, caches and SageMaker endpoints are started, since each takes many minutes;
 * <li>load balancers, then instance profiles, launch templates and Auto Scaling groups;
 * <li>the waits: a read replica is created once its source is available;
 * <li>CloudFront distributions, then Route 53 health checks and records.
 * </ol>
 */
final class Boto3Script {

    /** CloudFront and Route 53 are global services whose API is in us-east-1 (in the aws partition). */
    static final String GLOBAL_REGION = "us-east-1";
    static final int PREFIX_MAX = 40;

    /** Graviton instance families carry a "g" after the generation digit: m7g, c6gn, r8g, t4g, x2gd. */
    private static final Pattern GRAVITON = Pattern.compile("[a-z]+[0-9]+[a-z-]*g[a-z-]*\\..+");
    private static final int COMMENT_WIDTH = 100;

    private final Topology t;
    private final String home;
    private final Map<String, NetworkPlan> plans;
    private final Set<String> networked = new LinkedHashSet<>();
    private final Set<String> sections = new HashSet<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Input> inputs = new ArrayList<>();
    private final StringBuilder body = new StringBuilder();

    /** A value the operator passes on the command line: {@code --<component>-<what>}. */
    private record Input(String flag, String metavar, String pattern, String expected, String help) {

        String dest() {
            return flag.substring(2).replace('-', '_');
        }
    }

    Boto3Script(Topology topology) {
        this.t = topology;
        this.home = topology.regions().stream().filter(r -> r.role() == RegionRole.PRIMARY).findFirst()
                .orElse(topology.regions().get(0)).code();
        this.plans = NetworkPlan.of(topology);
    }

    String render() {
        deploy();
        StringBuilder out = new StringBuilder("#!/usr/bin/env python3\n");
        out.append(docstring()).append(Boto3Library.IMPORTS).append("\n");
        out.append("DESIGN = ").append(string(t.name())).append("\n");
        out.append("DEFAULT_PREFIX = ").append(string(defaultPrefix())).append("\n");
        out.append("# STS and IAM are called in the design's primary Region; IAM is global within its partition.\n");
        out.append("HOME_REGION = ").append(string(home)).append("\n");
        out.append("GLOBAL_REGION = ").append(string(GLOBAL_REGION)).append("\n");
        out.append("# Bucket names are '<prefix>-<component>' cut to this length, then '-<account id>-<Region>' (63 in all).\n");
        out.append("BUCKET_PREFIX_MAX = ").append(Naming.BUCKET_PREFIX_MAX).append("\n");
        out.append(Boto3Library.CORE);
        String[][] library = {
                {"network", Boto3Library.NETWORK}, {"buckets", Boto3Library.BUCKETS}, {"tables", Boto3Library.TABLES},
                {"databases", Boto3Library.DATABASES}, {"caches", Boto3Library.CACHES}, {"sagemaker", Boto3Library.SAGEMAKER},
                {"balancers", Boto3Library.LOAD_BALANCERS}, {"instances", Boto3Library.INSTANCES}, {"cdn", Boto3Library.CDN},
                {"dns", Boto3Library.DNS}};
        for (String[] section : library) {
            if (sections.contains(section[0])) {
                out.append(section[1]);
            }
        }
        out.append(cli());
        out.append("\n\ndef deploy(args):\n");
        out.append("    \"\"\"Creates or updates everything the design holds, in an order that works.\"\"\"\n");
        out.append(body);
        out.append(Boto3Library.MAIN);
        return out.toString();
    }

    private String defaultPrefix() {
        return Naming.shorten(Naming.slug(t.name()), PREFIX_MAX);
    }

    // --- the steps of deploy() ----------------------------------------------------------------------

    private void deploy() {
        line("identify()");
        networks();
        securityGroups();
        buckets();
        tables();
        startLongRunning();
        loadBalancers();
        autoScalingGroups();
        waits();
        distributions();
        records();
    }

    private void networks() {
        for (Region r : t.regions()) {
            if (t.components().stream().anyMatch(c -> r.code().equals(c.region()) && NetworkPlan.needsNetwork(c.kind()))) {
                networked.add(r.code());
            }
        }
        if (networked.isEmpty()) {
            return;
        }
        sections.add("network");
        section("Networks: one VPC per Region that runs instances, databases or caches; the VPCs' ranges do not overlap, "
                + "so they can be peered later.");
        line("networks = {}");
        for (String region : networked) {
            NetworkPlan plan = plans.get(region);
            List<Object> zones = plan.zones().stream().map(z -> (Object) tuple(z.zone(), z.publicCidr(), z.privateCidr())).toList();
            statement("networks[" + string(region) + "]", "ensure_network", region, plan.vpcCidr(), zones);
        }
    }

    private void securityGroups() {
        List<Component> members = t.components().stream().filter(c -> NetworkPlan.needsNetwork(c.kind())).toList();
        if (members.isEmpty()) {
            return;
        }
        section("Security groups, one per component in a VPC, open only along the design's links.");
        line("groups = {}");
        for (Component c : members) {
            boolean closed = c.kind() != ComponentKind.LOAD_BALANCER && Access.ingress(t, c).isEmpty();
            statement(group(c), "ensure_security_group", c.region(), expr(vpc(c.region())), c.id(),
                    c.kind().code() + " " + c.id() + ": " + (closed ? "no inbound traffic" : "inbound only from what the design links to it"));
        }
        for (Component c : members) {
            if (c.kind() == ComponentKind.LOAD_BALANCER) {
                Properties.LoadBalancer lb = c.props(Properties.LoadBalancer.class);
                boolean internet = "internet-facing".equals(lb.scheme());
                statement(null, "allow_ingress", c.region(), expr(group(c)), lb.port(), internet ? "Clients on the internet" : "Clients in the VPC",
                        kw("cidr", internet ? "0.0.0.0/0" : expr("networks[" + string(c.region()) + "][\"cidr\"]")));
            }
            for (Access.Ingress in : Access.ingress(t, c)) {
                statement(null, "allow_ingress", c.region(), expr(group(c)), in.port(), "From " + in.from().id(),
                        kw("source_group", expr(group(in.from()))));
            }
        }
    }

    private void buckets() {
        List<Component> buckets = t.componentsOf(ComponentKind.S3_BUCKET);
        if (buckets.isEmpty()) {
            return;
        }
        sections.add("buckets");
        section("S3 buckets: private, encrypted, TLS only. Versioning is switched on for both sides of every replication before the "
                + "replication is configured: S3 refuses replication without it.");
        for (Component b : buckets) {
            boolean replicated = !DataReplication.bucketDestinations(t, b).isEmpty()
                    || t.linksTo(b.id()).stream().anyMatch(l -> l.kind() == LinkKind.REPLICATES_TO);
            boolean versioning = b.props(Properties.S3Bucket.class).versioning();
            if (!versioning && replicated) {
                notes.add("Bucket " + b.id() + " takes part in replication, which needs versioning on the source and the destination: "
                        + "versioning is switched on although the design leaves it off.");
            }
            statement(null, "ensure_bucket", b.region(), b.id(), kw("versioning", versioning || replicated));
        }
        for (Component b : buckets) {
            List<Component> destinations = DataReplication.bucketDestinations(t, b);
            if (!destinations.isEmpty()) {
                statement(null, "replicate_bucket", b.region(), b.id(), destinations.stream().map(d -> (Object) tuple(d.id(), d.region())).toList());
            }
        }
    }

    private void tables() {
        List<Component> tables = t.componentsOf(ComponentKind.DYNAMODB_TABLE);
        if (tables.isEmpty()) {
            return;
        }
        sections.add("tables");
        section("DynamoDB tables, with string keys (the design does not give their types). A table replicated to other Regions "
                + "becomes a global table: its replicas carry its name and key schema.");
        for (Component c : tables) {
            if (DataReplication.globalTableRoot(t, c) != c) {
                continue;
            }
            Properties.DynamoDbTable p = c.props(Properties.DynamoDbTable.class);
            List<Component> replicas = DataReplication.replicaPerRegion(t, c);
            boolean global = replicas.size() > 1;
            statement(null, "ensure_table", c.region(), c.id(), kw("partition_key", p.partitionKey()), kw("sort_key", p.sortKey()),
                    kw("billing_mode", p.billingMode()),
                    kw("point_in_time_recovery", p.pointInTimeRecovery()), kw("global_table", global));
            if ("PROVISIONED".equals(p.billingMode())) {
                notes.add("Table " + c.id() + " is provisioned at 5 read and 5 write capacity units; the design gives no capacity.");
            }
            if (global) {
                statement(null, "add_table_replicas", c.region(), c.id(), replicas.subList(1, replicas.size()).stream()
                        .map(m -> (Object) tuple(m.region(), m.props(Properties.DynamoDbTable.class).pointInTimeRecovery())).toList());
            }
            for (Component member : DataReplication.globalTable(t, c)) {
                if (member != c && !replicas.contains(member)) {
                    notes.add("Table " + member.id() + " adds nothing to global table " + c.id() + ": it already has its replica in "
                            + member.region() + ".");
                } else if (member != c) {
                    Properties.DynamoDbTable m = member.props(Properties.DynamoDbTable.class);
                    if (!Objects.equals(m.partitionKey(), p.partitionKey()) || !Objects.equals(m.sortKey(), p.sortKey())) {
                        notes.add("Table " + member.id() + " is a replica of global table " + c.id() + " and takes its key schema, not its own.");
                    }
                }
            }
        }
    }

    private void startLongRunning() {
        List<Component> databases = t.componentsOf(ComponentKind.RDS_DATABASE);
        List<Component> caches = t.componentsOf(ComponentKind.CACHE);
        List<Component> endpoints = t.componentsOf(ComponentKind.SAGEMAKER_ENDPOINT);
        List<Component> notebooks = t.componentsOf(ComponentKind.SAGEMAKER_NOTEBOOK);
        if (databases.isEmpty() && caches.isEmpty() && endpoints.isEmpty() && notebooks.isEmpty()) {
            return;
        }
        section("Databases, caches and SageMaker endpoints take many minutes each: all start here and are waited for further down.");
        if (!databases.isEmpty()) {
            sections.add("databases");
            line("secrets = {}");
        }
        for (Component c : databases) {
            if (DataReplication.replicaSource(t, c).isPresent()) {
                continue;
            }
            Properties.RdsDatabase p = c.props(Properties.RdsDatabase.class);
            int retention = p.backupRetentionDays();
            if (retention == 0 && !DataReplication.readReplicas(t, c).isEmpty()) {
                retention = 1;
                notes.add(c.id() + " has read replicas, which need automated backups on their source: backup retention raised from 0 to 1 day.");
            }
            statement("secrets[" + string(c.id()) + "]", "create_database", c.region(), c.id(), p.engine(), p.instanceClass(),
                    kw("allocated_storage", p.allocatedStorage()), kw("multi_az", p.multiAz()), kw("backup_retention_days", retention),
                    kw("deletion_protection", p.deletionProtection()), kw("subnets", privateSubnets(c.region(), regionZones(c.region()))),
                    kw("security_group", expr(group(c))));
        }
        if (!databases.isEmpty()) {
            notes.add("Databases: RDS generates each master password and keeps it in Secrets Manager (ManageMasterUserPassword); "
                    + "no password appears here. Read replicas take engine, storage and credentials from their source.");
        }
        for (Component c : caches) {
            sections.add("caches");
            Properties.Cache p = c.props(Properties.Cache.class);
            boolean failover = p.automaticFailover() && p.replicas() >= 1;
            if (p.automaticFailover() && !failover) {
                notes.add("Cache " + c.id() + " has no replica, so automatic failover (which promotes a replica) is off; add a replica to enable it.");
            }
            statement(null, "create_cache", c.region(), c.id(), p.engine(), p.nodeType(), kw("nodes", p.replicas() + 1), kw("failover", failover),
                    kw("zones", c.zones()), kw("subnets", privateSubnets(c.region(), c.zones())), kw("security_group", expr(group(c))),
                    kw("port", Access.port(c)));
        }
        for (Component c : endpoints) {
            sections.add("sagemaker");
            endpoint(c);
        }
        for (Component c : notebooks) {
            sections.add("sagemaker");
            String zone = c.zones().isEmpty() ? plans.get(c.region()).zones().get(0).zone() : c.zones().get(0);
            List<Object> statements = new ArrayList<>(grantStatements(c));
            statements.add(expr("*sagemaker_statements(" + string(c.region()) + ", pulls_images=False)"));
            statement(null, "create_notebook", c.region(), c.id(), c.props(Properties.SageMakerNotebook.class).instanceType(),
                    expr("networks[" + string(c.region()) + "][\"private\"][" + string(zone) + "]"), expr(group(c)), statements);
        }
    }

    private void endpoint(Component c) {
        Properties.SageMakerEndpoint p = c.props(Properties.SageMakerEndpoint.class);
        Input image = input(c, "image", "URI", "^[0-9]{12}[.]dkr[.]ecr[.][a-z0-9-]+[.]amazonaws[.]com([.]cn)?/.+$",
                "an ECR image URI", "inference container image of " + c.id() + ": an ECR image URI in " + c.region());
        List<Object> statements = new ArrayList<>(grantStatements(c));
        Object modelData;
        if (p.modelArtifacts() != null) {
            Component bucket = t.component(p.modelArtifacts()).orElseThrow();
            Input key = input(c, "model-key", "KEY", "^[^/].*$", "an S3 key", "key of " + c.id() + "'s model archive (a model.tar.gz) in bucket "
                    + bucket.id());
            modelData = expr("\"s3://\" + bucket_name(" + string(bucket.id()) + ", " + string(bucket.region()) + ") + \"/\" + args." + key.dest());
            if (!Objects.equals(bucket.region(), c.region())) {
                notes.add(c.id() + " loads its model from " + bucket.id() + " in " + bucket.region() + ": SageMaker reads model artifacts from its "
                        + "own Region, so replicate the bucket to " + c.region() + " and point the endpoint at the replica.");
            }
        } else {
            Input url = input(c, "model-data", "S3_URL", "^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+$", "an s3:// URL",
                    "S3 URL of " + c.id() + "'s model archive (s3://bucket/key/model.tar.gz), in " + c.region());
            modelData = expr("args." + url.dest());
            statements.add(0, expr(call("allow", "ReadObjects", List.of("s3:GetObject"), List.of(expr("model_bucket_arn(args." + url.dest() + ")")))
                    .code()));
        }
        statements.add(expr("*sagemaker_statements(" + string(c.region()) + ")"));
        statement(null, "create_endpoint", c.region(), c.id(), p.instanceType(), kw("instance_count", p.instanceCount()),
                kw("image", expr("args." + image.dest())), kw("model_data", modelData), kw("statements", statements));
    }

    private void loadBalancers() {
        List<Component> balancers = t.componentsOf(ComponentKind.LOAD_BALANCER);
        if (balancers.isEmpty()) {
            return;
        }
        sections.add("balancers");
        section("Application Load Balancers: TLS ends here (port 443 takes an ACM certificate); instances serve on port "
                + Access.INSTANCE_PORT + " behind them.");
        line("balancers = {}");
        for (Component c : balancers) {
            Properties.LoadBalancer p = c.props(Properties.LoadBalancer.class);
            boolean internet = "internet-facing".equals(p.scheme());
            Object certificate = null;
            if (p.port() == 443) {
                Input cert = input(c, "certificate-arn", "ARN", "^arn:aws[a-z-]*:acm:" + c.region() + ":[0-9]{12}:certificate/[0-9a-f-]+$",
                        "an ACM certificate ARN in " + c.region(), "ACM certificate in " + c.region() + " for the HTTPS listener of " + c.id());
                certificate = expr("args." + cert.dest());
            } else if (internet) {
                notes.add(c.id() + " listens with plain HTTP on port " + p.port() + " from the internet: use port 443, which gets an HTTPS "
                        + "listener with an ACM certificate.");
            }
            statement("balancers[" + string(c.id()) + "]", "ensure_load_balancer", c.region(), c.id(), p.scheme(),
                    kw("subnets", expr(call("subnets", expr(network(c.region())), internet ? "public" : "private", c.zones()).code())),
                    kw("security_group", expr(group(c))), kw("vpc", expr(vpc(c.region()))), kw("port", p.port()),
                    kw("health_check_path", p.healthCheckPath()), kw("certificate", certificate));
            for (Link l : t.linksFrom(c.id())) {
                Component target = t.component(l.to()).orElseThrow();
                if (l.kind() == LinkKind.ROUTES_TO && !Objects.equals(target.region(), c.region())) {
                    notes.add(c.id() + " routes to " + target.id() + " in " + target.region() + ": a load balancer's targets must be in its own "
                            + "Region, so that link is not made. Route between Regions with a DNS record instead.");
                }
            }
        }
    }

    private void autoScalingGroups() {
        List<Component> groups = t.componentsOf(ComponentKind.AUTOSCALING_GROUP);
        if (groups.isEmpty()) {
            return;
        }
        sections.add("instances");
        section("Auto Scaling groups: an instance profile with exactly what the group's links need, a launch template with the "
                + "latest Amazon Linux 2023 AMI (from its public SSM parameter), then the group over its zones' private subnets.");
        for (Component c : groups) {
            Properties.AutoScalingGroup p = c.props(Properties.AutoScalingGroup.class);
            if ("configuration".equals(p.launch())) {
                notes.add(c.id() + " asks for a launch configuration; a launch template is made instead: launch configurations cannot be "
                        + "created in new accounts and get no new instance types or features.");
            }
            boolean arm = GRAVITON.matcher(p.instanceType()).matches();
            List<Object> targetGroups = new ArrayList<>();
            for (Link l : t.linksTo(c.id())) {
                Component lb = t.component(l.from()).orElseThrow();
                if (l.kind() == LinkKind.ROUTES_TO && lb.kind() == ComponentKind.LOAD_BALANCER && Objects.equals(lb.region(), c.region())) {
                    targetGroups.add(expr("balancers[" + string(lb.id()) + "][\"target_group\"]"));
                }
            }
            if ("ELB".equals(p.healthCheckType()) && targetGroups.isEmpty()) {
                notes.add(c.id() + " uses ELB health checks but no load balancer in its Region routes to it, so only EC2 status checks apply.");
            }
            statement("profile", "ensure_instance_profile", c.id(), grantStatements(c));
            statement("template", "ensure_launch_template", c.region(), c.id(), p.instanceType(),
                    arm ? CfnCompute.AL2023_ARM : CfnCompute.AL2023_X86, expr("profile"), expr(group(c)));
            statement(null, "ensure_auto_scaling_group", c.region(), c.id(), expr("template"), privateSubnets(c.region(), c.zones()),
                    kw("min_size", p.minSize()), kw("max_size", p.maxSize()), kw("desired_capacity", p.desiredCapacity()),
                    kw("health_check_type", p.healthCheckType()), kw("target_groups", targetGroups));
        }
    }

    private void waits() {
        List<Component> databases = t.componentsOf(ComponentKind.RDS_DATABASE);
        List<Component> caches = t.componentsOf(ComponentKind.CACHE);
        List<Component> endpoints = t.componentsOf(ComponentKind.SAGEMAKER_ENDPOINT);
        if (databases.isEmpty() && caches.isEmpty() && endpoints.isEmpty()) {
            return;
        }
        section("Waits. A read replica can only be made from an available source, so replicas start here.");
        List<Component> ready = databases.stream().filter(d -> DataReplication.replicaSource(t, d).isEmpty()).toList();
        Set<String> made = new HashSet<>(ready.stream().map(Component::id).toList());
        while (!ready.isEmpty()) {
            List<Component> next = new ArrayList<>();
            for (Component d : ready) {
                statement(null, "wait_for_database", d.region(), d.id());
            }
            for (Component d : databases) {
                Component source = DataReplication.replicaSource(t, d).orElse(null);
                if (source != null && !made.contains(d.id()) && ready.contains(source)) {
                    Properties.RdsDatabase p = d.props(Properties.RdsDatabase.class);
                    statement(null, "create_read_replica", d.region(), d.id(), kw("source", source.id()), kw("source_region", source.region()),
                            kw("instance_class", p.instanceClass()), kw("multi_az", p.multiAz()), kw("deletion_protection", p.deletionProtection()),
                            kw("subnets", privateSubnets(d.region(), regionZones(d.region()))), kw("security_group", expr(group(d))));
                    made.add(d.id());
                    next.add(d);
                }
            }
            ready = next;
        }
        for (Component c : caches) {
            statement(null, "wait_for_cache", c.region(), c.id());
        }
        for (Component c : endpoints) {
            statement(null, "wait_for_endpoint", c.region(), c.id());
        }
    }

    private void distributions() {
        List<Component> cdns = t.componentsOf(ComponentKind.CDN);
        if (cdns.isEmpty()) {
            return;
        }
        Map<Component, List<Object>> readers = new LinkedHashMap<>();
        boolean any = false;
        for (Component c : cdns) {
            List<Component> origins = CfnGlobal.origins(t, c);
            if (origins.isEmpty()) {
                notes.add("CloudFront " + c.id() + " routes to no load balancer or bucket, so no distribution is made for it.");
                continue;
            }
            if (!any) {
                sections.add("cdn");
                section("CloudFront distributions. S3 origins are read through origin access control; each bucket's policy then lets "
                        + "exactly the distributions that serve it read it.");
                line("distributions = {}");
                any = true;
            }
            distribution(c, origins);
            origins.stream().filter(o -> o.kind() == ComponentKind.S3_BUCKET)
                    .forEach(o -> readers.computeIfAbsent(o, k -> new ArrayList<>()).add(expr("distributions[" + string(c.id()) + "][\"arn\"]")));
        }
        readers.forEach((bucket, arns) -> statement(null, "put_bucket_policy", bucket.region(), bucket.id(), arns));
    }

    private void distribution(Component c, List<Component> origins) {
        Properties.Cdn p = c.props(Properties.Cdn.class);
        if (origins.stream().anyMatch(o -> o.kind() == ComponentKind.S3_BUCKET)) {
            statement("control", "ensure_origin_access_control", c.id());
        }
        List<Object> items = new ArrayList<>();
        for (Component o : origins) {
            if (o.kind() == ComponentKind.LOAD_BALANCER) {
                int port = Access.port(o);
                boolean https = port == 443;
                items.add(dict("Id", o.id(), "DomainName", expr("balancers[" + string(o.id()) + "][\"dns\"]"), "CustomOriginConfig",
                        dict("HTTPPort", https ? 80 : port, "HTTPSPort", 443, "OriginProtocolPolicy", https ? "https-only" : "http-only",
                                "OriginSslProtocols", dict("Quantity", 1, "Items", List.of("TLSv1.2")))));
            } else {
                items.add(dict("Id", o.id(), "DomainName", expr("bucket_name(" + string(o.id()) + ", " + string(o.region()) + ") + "
                        + string(".s3." + o.region() + ".amazonaws.com")), "S3OriginConfig", dict("OriginAccessIdentity", ""),
                        "OriginAccessControlId", expr("control")));
            }
        }
        Map<String, Object> config = dict("Enabled", true, "PriceClass", p.priceClass(), "HttpVersion", "http2and3",
                "Origins", dict("Quantity", items.size(), "Items", items));
        String target = origins.get(0).id();
        boolean group = p.originFailover() && origins.size() >= 2;
        if (group) {
            target = c.id() + "-failover";
            config.put("OriginGroups", dict("Quantity", 1, "Items", List.of(dict("Id", target,
                    "FailoverCriteria", dict("StatusCodes", dict("Quantity", 4, "Items", List.of(500, 502, 503, 504))),
                    "Members", dict("Quantity", 2, "Items", List.of(dict("OriginId", origins.get(0).id()), dict("OriginId", origins.get(1).id())))))));
            notes.add("CloudFront " + c.id() + " fails over from " + origins.get(0).id() + " to " + origins.get(1).id()
                    + " on 500, 502, 503 and 504 and on connection failures, for GET, HEAD and OPTIONS requests only."
                    + (origins.size() > 2 ? " An origin group has two members; the other origins stay outside it." : ""));
        } else if (p.originFailover()) {
            notes.add("CloudFront " + c.id() + " asks for origin failover but has one origin: failover needs a second.");
        }
        boolean api = origins.get(0).kind() == ComponentKind.LOAD_BALANCER;
        List<String> methods = api && !group ? List.of("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE") : List.of("GET", "HEAD", "OPTIONS");
        Map<String, Object> behavior = dict("TargetOriginId", target, "ViewerProtocolPolicy", "redirect-to-https", "Compress", true,
                "AllowedMethods", dict("Quantity", methods.size(), "Items", methods, "CachedMethods", dict("Quantity", 2, "Items", List.of("GET", "HEAD"))),
                "CachePolicyId", api ? CfnGlobal.CACHING_DISABLED : CfnGlobal.CACHING_OPTIMIZED);
        if (api) {
            behavior.put("OriginRequestPolicyId", CfnGlobal.ALL_VIEWER);
        }
        config.put("DefaultCacheBehavior", behavior);
        List<String> domains = new ArrayList<>();
        for (Link l : t.linksTo(c.id())) {
            Component from = t.component(l.from()).orElseThrow();
            if (l.kind() == LinkKind.ROUTES_TO && from.kind() == ComponentKind.DNS_RECORD) {
                String domain = from.props(Properties.DnsRecord.class).domain();
                if (!domains.contains(domain)) {
                    domains.add(domain);
                }
            }
        }
        if (domains.isEmpty()) {
            config.put("ViewerCertificate", dict("CloudFrontDefaultCertificate", true));
        } else {
            Input cert = input(c, "certificate-arn", "ARN", "^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/[0-9a-f-]+$",
                    "an ACM certificate ARN in us-east-1", "ACM certificate in us-east-1 for " + String.join(", ", domains) + ", served by " + c.id());
            config.put("Aliases", dict("Quantity", domains.size(), "Items", domains));
            config.put("ViewerCertificate", dict("ACMCertificateArn", expr("args." + cert.dest()), "SSLSupportMethod", "sni-only",
                    "MinimumProtocolVersion", "TLSv1.2_2021"));
        }
        statement("distributions[" + string(c.id()) + "]", "ensure_distribution", c.id(), config);
    }

    private void records() {
        boolean any = false;
        for (Component c : t.componentsOf(ComponentKind.DNS_RECORD)) {
            Properties.DnsRecord p = c.props(Properties.DnsRecord.class);
            DnsTargets targets = DnsTargets.of(t, c);
            if (targets.routable().isEmpty()) {
                notes.add("Record " + p.domain() + " (" + c.id() + ") routes to nothing that can be made, so no record is.");
                continue;
            }
            if (!any) {
                sections.add("dns");
                section("Route 53: alias records with the design's routing policy, upserted in one change batch per name, each "
                        + "load balancer target with a health check when the design asks for them.");
                line("health = {}");
                any = true;
            }
            List<Component> chosen = targets.chosen();
            notes.addAll(targets.notes(c));
            List<Object> records = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                Component target = chosen.get(i);
                Map<String, Object> record = dict("Name", p.domain() + ".", "Type", "A");
                if (!"simple".equals(p.policy())) {
                    record.put("SetIdentifier", target.id());
                }
                switch (p.policy()) {
                    case "failover" -> record.put("Failover", i == 0 ? "PRIMARY" : "SECONDARY");
                    case "latency" -> record.put("Region", target.region());
                    case "weighted" -> record.put("Weight", 1);
                    case "geoproximity" -> record.put("GeoProximityLocation", dict("AWSRegion", target.region(), "Bias", 0));
                    default -> {
                    }
                }
                if (target.kind() == ComponentKind.CDN) {
                    record.put("AliasTarget", dict("HostedZoneId", CfnGlobal.CLOUDFRONT_HOSTED_ZONE_ID,
                            "DNSName", expr("distributions[" + string(target.id()) + "][\"domain\"]"), "EvaluateTargetHealth", false));
                } else {
                    String lb = "balancers[" + string(target.id()) + "]";
                    record.put("AliasTarget", dict("HostedZoneId", expr(lb + "[\"zone\"]"), "DNSName", expr(lb + "[\"dns\"]"),
                            "EvaluateTargetHealth", true));
                    if (p.healthChecks()) {
                        Properties.LoadBalancer lbp = target.props(Properties.LoadBalancer.class);
                        String key = "health[" + string(c.id() + "/" + target.id()) + "]";
                        statement(key, "ensure_health_check", c.id(), target.id(), expr(lb + "[\"dns\"]"), lbp.port(), lbp.healthCheckPath());
                        record.put("HealthCheckId", expr(key));
                    }
                }
                records.add(record);
            }
            statement(null, "upsert_records", expr(call("hosted_zone", p.domain()).code()), t.name() + ": " + c.id() + " (" + p.policy() + " routing)",
                    records);
            notes.add("Record " + p.domain() + " (" + c.id() + "): alias records take the TTL of their target, so the design's TTL of "
                    + p.ttl() + " s does not apply.");
        }
    }

    // --- IAM statements ---------------------------------------------------------------------------

    /**
     * The IAM statements of a principal's grants ({@link Access}), one per kind of use, each listing
     * exactly the resources of the components it links to, in link order.
     */
    private List<Object> grantStatements(Component principal) {
        return Access.<Object, Object>statements(t, principal, (g, sameRegion) -> {
            Component target = g.target();
            return switch (g.use()) {
                case INVOKE_ENDPOINT -> expr("arn(\"sagemaker\", " + string(target.region()) + ", \"endpoint/\" + name(" + string(target.id()) + "))");
                case READ_OBJECTS, READ_WRITE_OBJECTS -> expr("bucket_arn(" + string(target.id()) + ", " + string(target.region()) + ") + \"/*\"");
                case READ_WRITE_ITEMS -> expr("arn(\"dynamodb\", " + string(target.region()) + ", \"table/\" + name("
                        + string(DataReplication.globalTableRoot(t, target).id()) + ", 255))");
                case READ_DATABASE_SECRET -> sameRegion ? databaseSecret(principal, target) : null;
                case CONNECT -> null;
            };
        }, g -> notes.add(principal.id() + " reads and writes " + g.target().id() + " in " + g.target().region() + ": the Regions' VPCs are not "
                + "connected, so no network path or secret access is made. Keep database and cache links within a Region, or peer the VPCs."),
                (sid, actions, resources) -> call("allow", sid, actions, resources));
    }

    /** The secret with a database's master password: a read replica's is its source's, which may be in another Region. */
    private Object databaseSecret(Component principal, Component database) {
        Component source = DataReplication.replicaSource(t, database).orElse(database);
        if (!Objects.equals(source.region(), database.region())) {
            notes.add(principal.id() + " reads the master password of " + database.id() + " from the secret of its source " + source.id()
                    + ", in " + source.region() + ": a read replica has its source's credentials, and RDS keeps them there.");
        }
        return expr("secrets[" + string(source.id()) + "]");
    }

    // --- small pieces -----------------------------------------------------------------------------

    private static String group(Component c) {
        return "groups[" + string(c.id()) + "]";
    }

    private static String network(String region) {
        return "networks[" + string(region) + "]";
    }

    private static String vpc(String region) {
        return network(region) + "[\"vpc\"]";
    }

    private static Object privateSubnets(String region, List<String> zones) {
        return call("subnets", expr(network(region)), "private", zones);
    }

    private List<String> regionZones(String region) {
        return t.region(region).orElseThrow().zones();
    }

    private Input input(Component c, String what, String metavar, String pattern, String expected, String help) {
        Input in = new Input("--" + c.id() + "-" + what, metavar, pattern, expected, help);
        inputs.add(in);
        return in;
    }

    private void line(String code) {
        body.append("    ").append(code).append("\n");
    }

    private void statement(String target, String function, Object... args) {
        body.append(Boto3Py.statement(4, target, function, args));
    }

    /** A blank line and a comment that opens a step of deploy(). */
    private void section(String comment) {
        body.append("\n");
        for (String l : wrap(comment, COMMENT_WIDTH - 6)) {
            body.append("    # ").append(l).append("\n");
        }
    }

    // --- the command line and the docstring -------------------------------------------------------

    private String cli() {
        StringBuilder b = new StringBuilder("\n\n# What the design cannot say, given on the command line (required, except with --dry-run).\n");
        b.append("INPUTS = ").append(Boto3Py.render(inputs.stream().map(i -> (Object) i.flag()).toList(), 0)).append("\n");
        b.append(Boto3Library.CLI);
        for (Input i : inputs) {
            b.append(Boto3Py.statement(4, null, "parser.add_argument", i.flag(), kw("metavar", i.metavar()),
                    kw("type", call("matching", i.pattern(), i.expected())), kw("help", i.help())));
        }
        b.append(Boto3Library.CLI_END);
        return b.toString();
    }

    private String docstring() {
        StringBuilder d = new StringBuilder();
        d.append("Deploys the RegionLab design \"").append(t.name()).append("\" with boto3, the AWS SDK for Python.\n\n");
        if (t.description() != null && !t.description().isBlank()) {
            wrap(t.description(), COMMENT_WIDTH).forEach(l -> d.append(l).append("\n"));
            d.append("\n");
        }
        d.append("Regions: ").append(String.join(", ", t.regions().stream().map(r -> r.code() + " (" + r.role().code() + ")").toList()))
                .append(".\n\n");
        d.append("Run it:\n");
        d.append("    python3 deploy.py --dry-run\n");
        d.append("        prints every call with its parameters and sends none: needs no credentials, no network\n");
        StringBuilder run = new StringBuilder("    python3 deploy.py [--name-prefix PREFIX]");
        for (Input i : inputs) {
            run.append(" ").append(i.flag()).append(" ").append(i.metavar());
        }
        wrapCommand(run.toString()).forEach(l -> d.append(l).append("\n"));
        d.append("\nIt needs Python 3.8 or later and boto3 1.34 or later.\n\n");
        String about = "It runs as whoever boto3's default credential chain finds (environment, profile, SSO, instance role) and "
                + "reads the account id and partition from sts.get_caller_identity(): no account id is written here. Every name "
                + "starts with the prefix (default \"" + defaultPrefix() + "\"); bucket names end in the account id and the Region. Each step "
                + "looks for what it makes before making it, or handles AWS's 'already exists', so the script can run again after "
                + "a failure or a change; it prints what it did.";
        wrap(about, COMMENT_WIDTH).forEach(l -> d.append(l).append("\n"));
        if (!networked.isEmpty()) {
            d.append("\n");
            wrap("Networking: the script makes each Region's network itself, as the CloudFormation export does: a VPC, per zone "
                    + "of the design a public and a private subnet, a NAT gateway per zone (so losing a zone cuts no other zone "
                    + "off), and gateway endpoints for S3 and DynamoDB. Load balancers and NAT gateways sit in the public subnets, "
                    + "everything else in the private ones. Networks are found again by their Name tags.", COMMENT_WIDTH)
                    .forEach(l -> d.append(l).append("\n"));
        }
        if (!notes.isEmpty()) {
            d.append("\nNotes:\n");
            for (String note : notes) {
                List<String> lines = wrap(note, COMMENT_WIDTH - 2);
                for (int i = 0; i < lines.size(); i++) {
                    d.append(i == 0 ? "- " : "  ").append(lines.get(i)).append("\n");
                }
            }
        }
        d.append("\nWritten by RegionLab's boto3 writer: change the design and write it again rather than editing this file.\n");
        // A raw docstring: the design's description and the command's line breaks keep their backslashes.
        return "r\"\"\"" + d.toString().replace("\"\"\"", "\"\"'") + "\"\"\"\n";
    }

    private static List<String> wrapCommand(String command) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : command.split(" (?=--)")) {
            if (line.length() > 0 && line.length() + word.length() + 3 > COMMENT_WIDTH) {
                lines.add(line.append(" \\").toString());
                line = new StringBuilder("        ");
            } else if (line.length() > 0 && !line.toString().isBlank()) {
                line.append(" ");
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Words wrapped to lines of at most {@code width} characters. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder();
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}

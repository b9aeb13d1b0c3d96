package io.regionlab.generate.core;

import static io.regionlab.generate.core.TerraformHcl.expr;
import static io.regionlab.generate.core.TerraformHcl.list;
import static io.regionlab.generate.core.TerraformHcl.tmpl;
import static io.regionlab.generate.core.TerraformModule.ACCOUNT_ID;
import static io.regionlab.generate.core.TerraformModule.address;
import static io.regionlab.generate.core.TerraformModule.allow;
import static io.regionlab.generate.core.TerraformModule.arn;
import static io.regionlab.generate.core.TerraformModule.nameTag;
import static io.regionlab.generate.core.TerraformModule.refExpr;
import static io.regionlab.generate.core.TerraformModule.tf;

import io.regionlab.generate.core.TerraformHcl.Block;
import io.regionlab.generate.core.TerraformHcl.Expr;
import io.regionlab.generate.core.TerraformHcl.Obj;
import io.regionlab.generate.core.TerraformHcl.Value;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Link;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Properties;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Load balancers, Auto Scaling groups, SageMaker endpoints and notebooks, with IAM roles scoped to their links. */
final class TerraformCompute {

    /** Graviton instance families carry a "g" after the generation digit: m7g, c6gn, r8g, t4g, x2gd. */
    private static final Pattern GRAVITON = Pattern.compile("[a-z]+[0-9]+[a-z-]*g[a-z-]*\\..+");

    private TerraformCompute() {
    }

    static void loadBalancer(TerraformModule m, Component c) {
        Properties.LoadBalancer p = c.props(Properties.LoadBalancer.class);
        String name = tf(c);
        String region = c.region();
        boolean internet = "internet-facing".equals(p.scheme());
        boolean https = p.port() == 443;
        TerraformNetwork.securityGroup(m, c);

        Block lb = m.resource("aws_lb", name, region);
        lb.set("load_balancer_type", "application").set("internal", !internet);
        lb.set("subnets", list(m.subnets(region, c.zones(), internet)));
        lb.set("security_groups", list(TerraformModule.securityGroup(c)));
        lb.set("drop_invalid_header_fields", true);
        lb.set("tags", nameTag(TerraformModule.name(c.id(), 255)));
        for (Link l : m.topology.linksFrom(c.id())) {
            Component target = m.topology.component(l.to()).orElseThrow();
            if (l.kind() == LinkKind.ROUTES_TO && !Objects.equals(target.region(), region)) {
                lb.comment(c.id() + " routes to " + target.id() + " in " + target.region() + ": a load balancer's targets must be in its own "
                        + "Region, so that link is not generated. Route between Regions with a DNS record instead.");
            }
        }

        Block tg = m.resource("aws_lb_target_group", name, region);
        tg.set("vpc_id", m.vpc(region)).set("target_type", "instance").set("protocol", "HTTP").set("port", Access.INSTANCE_PORT);
        tg.block("health_check").set("protocol", "HTTP").set("path", p.healthCheckPath());
        tg.set("tags", nameTag(TerraformModule.name(c.id(), 255)));
        tg.block("lifecycle").set("create_before_destroy", true);

        Block listener = m.resource("aws_lb_listener", name, region);
        listener.set("load_balancer_arn", refExpr(lb, "arn")).set("port", p.port()).set("protocol", https ? "HTTPS" : "HTTP");
        if (https) {
            Expr cert = m.variable(name + "_certificate_arn", "ARN of the ACM certificate in " + region + " for the HTTPS listener of " + c.id(), null,
                    "can(regex(\"^arn:aws[a-z-]*:acm:" + region + ":[0-9]{12}:certificate/[0-9a-f-]+$\", var." + name + "_certificate_arn))",
                    "Give the ARN of an ACM certificate in " + region + ".");
            listener.set("ssl_policy", CfnCompute.TLS_POLICY).set("certificate_arn", cert);
        } else if (internet) {
            listener.comment(c.id() + " listens with plain HTTP on port " + p.port() + " from the internet: use port 443, which gets an HTTPS "
                    + "listener with an ACM certificate.");
        }
        listener.block("default_action").set("type", "forward").set("target_group_arn", refExpr(tg, "arn"));
        m.output(name + "_dns_name", "DNS name of load balancer " + c.id(), refExpr(lb, "dns_name"));
    }

    static void autoScalingGroup(TerraformModule m, Component c) {
        Properties.AutoScalingGroup p = c.props(Properties.AutoScalingGroup.class);
        String name = tf(c);
        String region = c.region();
        TerraformNetwork.securityGroup(m, c);
        boolean arm = GRAVITON.matcher(p.instanceType()).matches();
        // Read when Terraform plans, as CloudFormation resolves its SSM parameter types when a stack deploys.
        Expr parameter = m.variable(name + "_ami_parameter", "SSM parameter that holds the AMI of " + c.id() + "'s instances (default: the "
                + "latest Amazon Linux 2023 for " + (arm ? "arm64" : "x86_64") + ")", arm ? CfnCompute.AL2023_ARM : CfnCompute.AL2023_X86, null, null);
        Block ami = m.dataSource("aws_ssm_parameter", name + "_ami", region);
        ami.set("name", parameter);

        Block role = m.role(c, "instance", "ec2.amazonaws.com", "Instances of " + c.id() + ": only what its links in the design need");
        Block ssm = m.resource("aws_iam_role_policy_attachment", name + "_ssm", region);
        ssm.set("role", refExpr(role, "name")).set("policy_arn", arn("iam::aws:policy/AmazonSSMManagedInstanceCore"));
        List<Obj> statements = grantStatements(m, c, role);
        if (!statements.isEmpty()) {
            m.rolePolicy(c, role, "links", statements);
        }
        Block profile = m.resource("aws_iam_instance_profile", name, region);
        profile.set("name", TerraformModule.name(c.id() + "-instance", 128)).set("role", refExpr(role, "name"));

        Block template = m.resource("aws_launch_template", name, region);
        if ("configuration".equals(p.launch())) {
            template.comment(c.id() + " asks for a launch configuration; a launch template is generated instead: launch configurations cannot "
                    + "be created in new accounts and get no new instance types or features.");
        }
        template.set("name", TerraformModule.name(c.id(), 128));
        template.set("image_id", refExpr(ami, "insecure_value")).set("instance_type", p.instanceType());
        template.set("vpc_security_group_ids", list(TerraformModule.securityGroup(c)));
        template.set("update_default_version", true);
        template.block("iam_instance_profile").set("arn", refExpr(profile, "arn"));
        template.block("metadata_options").set("http_endpoint", "enabled").set("http_tokens", "required");
        template.block("tag_specifications").set("resource_type", "instance").set("tags", nameTag(TerraformModule.name(c.id(), 255)));

        Block asg = m.resource("aws_autoscaling_group", name, region);
        asg.set("name", TerraformModule.name(c.id(), 255));
        asg.set("min_size", p.minSize()).set("max_size", p.maxSize()).set("desired_capacity", p.desiredCapacity());
        asg.set("vpc_zone_identifier", list(m.subnets(region, c.zones(), false)));
        asg.set("health_check_type", p.healthCheckType());
        if ("ELB".equals(p.healthCheckType())) {
            asg.set("health_check_grace_period", 300);
        }
        List<Expr> targetGroups = new ArrayList<>();
        for (Link l : m.topology.linksTo(c.id())) {
            Component lb = m.topology.component(l.from()).orElseThrow();
            if (l.kind() == LinkKind.ROUTES_TO && lb.kind() == ComponentKind.LOAD_BALANCER && Objects.equals(lb.region(), region)) {
                targetGroups.add(expr("aws_lb_target_group." + tf(lb) + ".arn"));
            }
        }
        if (!targetGroups.isEmpty()) {
            asg.set("target_group_arns", list(targetGroups));
        }
        asg.block("launch_template").set("id", refExpr(template, "id")).set("version", refExpr(template, "latest_version"));
    }

    static void endpoint(TerraformModule m, Component c) {
        Properties.SageMakerEndpoint p = c.props(Properties.SageMakerEndpoint.class);
        String name = tf(c);
        String region = c.region();
        Expr image = m.variable(name + "_image_uri", "Inference container image of " + c.id() + ": an ECR image URI in " + region, null,
                "can(regex(\"^[0-9]{12}\\\\.dkr\\\\.ecr\\\\." + region + "\\\\.amazonaws\\\\.com(\\\\.cn)?/.+$\", var." + name + "_image_uri))",
                "Give the URI of an image in an ECR repository in " + region + ".");

        Block role = m.role(c, "execution", "sagemaker.amazonaws.com", "SageMaker execution role of " + c.id()
                + ": pulls its image, reads its model, writes its logs");
        List<Obj> statements = new ArrayList<>(grantStatements(m, c, role));
        Value modelData;
        String comment = null;
        if (p.modelArtifacts() != null) {
            Component bucket = m.topology.component(p.modelArtifacts()).orElseThrow();
            Expr key = m.variable(name + "_model_data_key", "Key of " + c.id() + "'s model archive (a model.tar.gz) in bucket " + bucket.id(), null,
                    "length(var." + name + "_model_data_key) > 0", "Give the key of the model archive in bucket " + bucket.id() + ".");
            modelData = tmpl("s3://", expr("aws_s3_bucket." + tf(bucket) + ".bucket"), "/", key);
            if (!Objects.equals(bucket.region(), region)) {
                comment = c.id() + " loads its model from " + bucket.id() + " in " + bucket.region() + ": SageMaker reads model artifacts from its "
                        + "own Region, so replicate the bucket to " + region + " and point the endpoint at the replica.";
            }
        } else {
            Expr url = m.variable(name + "_model_data_url", "S3 URL of " + c.id() + "'s model archive (s3://bucket/key/model.tar.gz), in " + region,
                    null, "can(regex(\"^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+$\", var." + name + "_model_data_url))",
                    "Give an S3 URL such as s3://bucket/key/model.tar.gz.");
            modelData = url;
            statements.add(0, allow("ReadModelArtifacts", Access.Use.READ_OBJECTS.actions(),
                    List.of(arn("s3:::", expr("split(\"/\", var." + name + "_model_data_url)[2]"), "/*"))));
        }
        statements.addAll(sageMakerRuntimeStatements(region, true));
        Block policy = m.rolePolicy(c, role, "execution", statements);

        Block model = m.resource("aws_sagemaker_model", name, region);
        if (comment != null) {
            model.comment(comment);
        }
        model.set("execution_role_arn", refExpr(role, "arn"));
        model.block("primary_container").set("image", image).set("model_data_url", modelData);
        model.set("depends_on", list(address(policy)));

        Block config = m.resource("aws_sagemaker_endpoint_configuration", name, region);
        config.block("production_variants").set("variant_name", "AllTraffic").set("model_name", refExpr(model, "name"))
                .set("instance_type", p.instanceType()).set("initial_instance_count", p.instanceCount()).set("initial_variant_weight", 1);
        config.block("lifecycle").set("create_before_destroy", true);

        Block endpoint = m.resource("aws_sagemaker_endpoint", name, region);
        endpoint.set("name", TerraformModule.name(c.id(), 63)).set("endpoint_config_name", refExpr(config, "name"));
        m.output(name + "_endpoint_name", "Name of SageMaker endpoint " + c.id(), refExpr(endpoint, "name"));
    }

    static void notebook(TerraformModule m, Component c) {
        Properties.SageMakerNotebook p = c.props(Properties.SageMakerNotebook.class);
        String name = tf(c);
        String region = c.region();
        TerraformNetwork.securityGroup(m, c);
        Block role = m.role(c, "notebook", "sagemaker.amazonaws.com", "Notebook " + c.id() + ": only what its links in the design need");
        List<Obj> statements = new ArrayList<>(grantStatements(m, c, role));
        statements.addAll(sageMakerRuntimeStatements(region, false));
        m.rolePolicy(c, role, "links", statements);

        String zone = c.zones().isEmpty() ? m.networks.get(region).zones().get(0).zone() : c.zones().get(0);
        Block nb = m.resource("aws_sagemaker_notebook_instance", name, region);
        nb.set("name", TerraformModule.name(c.id(), 63)).set("instance_type", p.instanceType()).set("role_arn", refExpr(role, "arn"));
        nb.set("subnet_id", m.subnet(region, zone, false)).set("security_groups", list(TerraformModule.securityGroup(c)));
        nb.set("direct_internet_access", "Disabled").set("root_access", "Disabled");
        nb.block("instance_metadata_service_configuration").set("minimum_instance_metadata_service_version", "2");
    }

    /**
     * The IAM statements of a principal's grants, one per kind of use, each listing exactly the
     * resources of the components it links to, in link order.
     */
    static List<Obj> grantStatements(TerraformModule m, Component principal, Block role) {
        return Access.<Value, Obj>statements(m.topology, principal, (g, sameRegion) -> switch (g.use()) {
            case INVOKE_ENDPOINT -> expr("aws_sagemaker_endpoint." + tf(g.target()) + ".arn");
            case READ_OBJECTS, READ_WRITE_OBJECTS -> tmpl(expr("aws_s3_bucket." + tf(g.target()) + ".arn"), "/*");
            case READ_WRITE_ITEMS -> tableArn(m, g.target());
            case READ_DATABASE_SECRET -> sameRegion ? databaseSecretArn(m, g.target()) : null;
            case CONNECT -> null;
        }, g -> role.comment(principal.id() + " reads and writes " + g.target().id() + " in " + g.target().region() + ": the Regions' VPCs are not "
                + "connected, so no network path is generated. Keep database and cache links within a Region, or peer the VPCs."),
                TerraformModule::allow);
    }

    /**
     * A DynamoDB table's ARN. A replica of a global table has the global table's name in its own
     * Region, so its ARN is built from the name (which also makes the grant wait for the table).
     */
    static Value tableArn(TerraformModule m, Component table) {
        Component root = DataReplication.globalTableRoot(m.topology, table);
        if (root == table) {
            return expr("aws_dynamodb_table." + tf(root) + ".arn");
        }
        return arn("dynamodb:" + table.region() + ":", ACCOUNT_ID, ":table/", expr("aws_dynamodb_table." + tf(root) + ".name"));
    }

    /** The Secrets Manager secret that RDS keeps a database's master password in (a read replica uses its source's). */
    static Expr databaseSecretArn(TerraformModule m, Component database) {
        Component source = DataReplication.replicaSource(m.topology, database).orElse(database);
        return expr("aws_db_instance." + tf(source) + ".master_user_secret[0].secret_arn");
    }

    /**
     * What SageMaker needs to run a container for the role's owner: pull images from ECR in the
     * Region (from any account, so AWS's own framework images work too), write logs under
     * /aws/sagemaker/ and publish metrics.
     */
    private static List<Obj> sageMakerRuntimeStatements(String region, boolean pullsImages) {
        List<Obj> out = new ArrayList<>();
        if (pullsImages) {
            out.add(allow("PullImageToken", List.of("ecr:GetAuthorizationToken"), List.of(TerraformHcl.str("*"))));
            out.add(allow("PullImage", List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"),
                    List.of(arn("ecr:" + region + ":*:repository/*"))));
        }
        out.add(allow("WriteLogs", List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"),
                List.of(arn("logs:" + region + ":", ACCOUNT_ID, ":log-group:/aws/sagemaker/*"))));
        out.add(allow("PublishMetrics", List.of("cloudwatch:PutMetricData"), List.of(TerraformHcl.str("*"))));
        return out;
    }
}

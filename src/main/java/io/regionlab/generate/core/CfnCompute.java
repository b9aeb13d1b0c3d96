package io.regionlab.generate.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
final class CfnCompute {

    /** Amazon Linux 2023's public SSM parameters: the latest AMI, resolved when the stack deploys. */
    static final String AL2023_X86 = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
    static final String AL2023_ARM = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64";
    static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    /** Graviton instance families carry a "g" after the generation digit: m7g, c6gn, r8g, t4g, x2gd. */
    private static final Pattern GRAVITON = Pattern.compile("[a-z]+[0-9]+[a-z-]*g[a-z-]*\\..+");

    private CfnCompute() {
    }

    static void loadBalancer(CfnBuild b, Component c) {
        CfnStack s = b.stackOf(c);
        CfnTemplate t = s.template;
        Properties.LoadBalancer p = c.props(Properties.LoadBalancer.class);
        String id = Naming.pascal(c.id());
        boolean internet = "internet-facing".equals(p.scheme());
        boolean https = p.port() == 443;

        ObjectNode lb = t.add(id, "AWS::ElasticLoadBalancingV2::LoadBalancer").props();
        lb.put("Type", "application").put("Scheme", p.scheme());
        lb.set("Subnets", Json.list(c.zones().stream().map(z -> b.subnet(s, c.region(), z, internet)).toList()));
        lb.set("SecurityGroups", Json.arr(b.securityGroup(s, c)));
        lb.set("LoadBalancerAttributes", Json.arr(Json.obj().put("Key", "routing.http.drop_invalid_header_fields.enabled").put("Value", "true")));

        ObjectNode tg = t.add(id + "TargetGroup", "AWS::ElasticLoadBalancingV2::TargetGroup").props();
        tg.set("VpcId", b.vpc(s, c.region()));
        tg.put("TargetType", "instance").put("Protocol", "HTTP").put("Port", Access.INSTANCE_PORT);
        tg.put("HealthCheckProtocol", "HTTP").put("HealthCheckPath", p.healthCheckPath());

        ObjectNode listener = t.add(id + "Listener", "AWS::ElasticLoadBalancingV2::Listener").props();
        listener.set("LoadBalancerArn", Cfn.ref(id));
        listener.put("Port", p.port()).put("Protocol", https ? "HTTPS" : "HTTP");
        if (https) {
            String cert = id + "CertificateArn";
            t.parameter(cert, "String", "ARN of the ACM certificate (in " + c.region() + ") for the HTTPS listener of " + c.id())
                    .put("AllowedPattern", "^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/[0-9a-f-]+$");
            listener.set("Certificates", Json.arr(Json.obj().set("CertificateArn", Cfn.ref(cert))));
            listener.put("SslPolicy", TLS_POLICY);
        } else if (internet) {
            t.note(c.id() + " listens with plain HTTP on port " + p.port() + " from the internet: use port 443, which gets an HTTPS listener with an ACM certificate.");
        }
        ObjectNode forward = Json.obj().put("Type", "forward");
        forward.set("TargetGroupArn", Cfn.ref(id + "TargetGroup"));
        listener.set("DefaultActions", Json.arr(forward));
        t.output(id + "DnsName", Cfn.getAtt(id, "DNSName"), "DNS name of load balancer " + c.id());
        for (Link l : b.topology.linksFrom(c.id())) {
            Component target = b.topology.component(l.to()).orElseThrow();
            if (l.kind() == LinkKind.ROUTES_TO && !Objects.equals(target.region(), c.region())) {
                t.note(c.id() + " routes to " + target.id() + " in " + target.region() + ": a load balancer's targets must be in its own Region, "
                        + "so that link is not generated. Route between Regions with a DNS record instead.");
            }
        }
    }

    static void autoScalingGroup(CfnBuild b, Component c) {
        CfnStack s = b.stackOf(c);
        CfnTemplate t = s.template;
        Properties.AutoScalingGroup p = c.props(Properties.AutoScalingGroup.class);
        String id = Naming.pascal(c.id());
        if ("configuration".equals(p.launch())) {
            t.note(c.id() + " asks for a launch configuration; a launch template is generated instead: launch configurations cannot be "
                    + "created in new accounts and get no new instance types or features.");
        }
        boolean arm = GRAVITON.matcher(p.instanceType()).matches();
        String image = id + "ImageId";
        t.parameter(image, "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                "AMI of " + c.id() + "'s instances, resolved from an SSM parameter at deploy time (default: the latest Amazon Linux 2023 for "
                        + (arm ? "arm64" : "x86_64") + ")")
                .put("Default", arm ? AL2023_ARM : AL2023_X86);

        ObjectNode role = t.add(id + "InstanceRole", "AWS::IAM::Role").props();
        role.put("Description", "Instances of " + c.id() + ": only what its links in the design need");
        role.set("AssumeRolePolicyDocument", Cfn.trust("ec2.amazonaws.com"));
        role.set("ManagedPolicyArns", Json.arr(Cfn.arn("iam::aws:policy/AmazonSSMManagedInstanceCore")));
        List<ObjectNode> statements = grantStatements(b, s, c);
        if (!statements.isEmpty()) {
            role.set("Policies", Json.arr(Cfn.inlinePolicy(c.id() + "-links", statements)));
        }
        t.add(id + "InstanceProfile", "AWS::IAM::InstanceProfile").props().set("Roles", Json.arr(Cfn.ref(id + "InstanceRole")));

        ObjectNode data = Json.obj();
        data.set("ImageId", Cfn.ref(image));
        data.put("InstanceType", p.instanceType());
        data.set("IamInstanceProfile", Json.obj().set("Arn", Cfn.getAtt(id + "InstanceProfile", "Arn")));
        data.set("SecurityGroupIds", Json.arr(b.securityGroup(s, c)));
        data.set("MetadataOptions", Json.obj().put("HttpTokens", "required").put("HttpEndpoint", "enabled"));
        ObjectNode tags = Json.obj().put("ResourceType", "instance");
        tags.set("Tags", Cfn.nameTag(c.id()));
        data.set("TagSpecifications", Json.arr(tags));
        t.add(id + "LaunchTemplate", "AWS::EC2::LaunchTemplate").props().set("LaunchTemplateData", data);

        ObjectNode asg = t.add(id, "AWS::AutoScaling::AutoScalingGroup").props();
        asg.put("MinSize", String.valueOf(p.minSize())).put("MaxSize", String.valueOf(p.maxSize()))
                .put("DesiredCapacity", String.valueOf(p.desiredCapacity()));
        ObjectNode launch = Json.obj();
        launch.set("LaunchTemplateId", Cfn.ref(id + "LaunchTemplate"));
        launch.set("Version", Cfn.getAtt(id + "LaunchTemplate", "LatestVersionNumber"));
        asg.set("LaunchTemplate", launch);
        asg.set("VPCZoneIdentifier", Json.list(b.privateSubnets(s, c.region(), c.zones())));
        asg.put("HealthCheckType", p.healthCheckType());
        if ("ELB".equals(p.healthCheckType())) {
            asg.put("HealthCheckGracePeriod", 300);
        }
        List<JsonNode> targetGroups = new ArrayList<>();
        for (Link l : b.topology.linksTo(c.id())) {
            Component lb = b.topology.component(l.from()).orElseThrow();
            if (l.kind() == LinkKind.ROUTES_TO && lb.kind() == ComponentKind.LOAD_BALANCER && Objects.equals(lb.region(), c.region())) {
                String lbId = Naming.pascal(lb.id());
                targetGroups.add(b.ref(s, lb, lbId + "TargetGroup", null, lbId + "TargetGroupArn", "String", "Target group of load balancer " + lb.id()));
            }
        }
        if (!targetGroups.isEmpty()) {
            asg.set("TargetGroupARNs", Json.list(targetGroups));
        }
    }

    static void endpoint(CfnBuild b, Component c) {
        CfnStack s = b.stackOf(c);
        CfnTemplate t = s.template;
        Properties.SageMakerEndpoint p = c.props(Properties.SageMakerEndpoint.class);
        String id = Naming.pascal(c.id());
        String image = id + "ImageUri";
        t.parameter(image, "String", "Inference container image of " + c.id() + ": an ECR image URI in " + c.region())
                .put("AllowedPattern", "^[0-9]{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/.+$");

        List<ObjectNode> statements = new ArrayList<>(grantStatements(b, s, c));
        JsonNode modelData;
        if (p.modelArtifacts() != null) {
            Component bucket = b.topology.component(p.modelArtifacts()).orElseThrow();
            String key = id + "ModelDataKey";
            t.parameter(key, "String", "Key of " + c.id() + "'s model archive (a model.tar.gz) in bucket " + bucket.id()).put("MinLength", 1);
            modelData = Cfn.sub("s3://" + Cfn.var(b.bucketName(s, bucket)) + "/${" + key + "}");
            if (!Objects.equals(bucket.region(), c.region())) {
                t.note(c.id() + " loads its model from " + bucket.id() + " in " + bucket.region() + ": SageMaker reads model artifacts from its own Region, "
                        + "so replicate the bucket to " + c.region() + " and point the endpoint at the replica.");
            }
        } else {
            String url = id + "ModelDataUrl";
            t.parameter(url, "String", "S3 URL of " + c.id() + "'s model archive (s3://bucket/key/model.tar.gz), in " + c.region())
                    .put("AllowedPattern", "^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+$");
            modelData = Cfn.ref(url);
            ObjectNode vars = Json.obj();
            vars.set("ModelBucket", Cfn.select(2, Cfn.split("/", Cfn.ref(url))));
            statements.add(0, Cfn.allow("ReadModelArtifacts", Access.Use.READ_OBJECTS.actions(),
                    Json.arr(Cfn.sub("arn:${AWS::Partition}:s3:::${ModelBucket}/*", vars))));
        }
        statements.addAll(sageMakerRuntimeStatements(true));

        ObjectNode role = t.add(id + "ExecutionRole", "AWS::IAM::Role").props();
        role.put("Description", "SageMaker execution role of " + c.id() + ": pulls its image, reads its model, writes its logs");
        role.set("AssumeRolePolicyDocument", Cfn.trust("sagemaker.amazonaws.com"));
        role.set("Policies", Json.arr(Cfn.inlinePolicy(c.id() + "-execution", statements)));

        ObjectNode container = Json.obj();
        container.set("Image", Cfn.ref(image));
        container.set("ModelDataUrl", modelData);
        ObjectNode model = t.add(id + "Model", "AWS::SageMaker::Model").props();
        model.set("ExecutionRoleArn", Cfn.getAtt(id + "ExecutionRole", "Arn"));
        model.set("PrimaryContainer", container);

        ObjectNode variant = Json.obj().put("VariantName", "AllTraffic");
        variant.set("ModelName", Cfn.getAtt(id + "Model", "ModelName"));
        variant.put("InstanceType", p.instanceType()).put("InitialInstanceCount", p.instanceCount()).put("InitialVariantWeight", 1.0);
        t.add(id + "EndpointConfig", "AWS::SageMaker::EndpointConfig").props().set("ProductionVariants", Json.arr(variant));
        t.add(id + "Endpoint", "AWS::SageMaker::Endpoint").props().set("EndpointConfigName", Cfn.getAtt(id + "EndpointConfig", "EndpointConfigName"));
    }

    static void notebook(CfnBuild b, Component c) {
        CfnStack s = b.stackOf(c);
        CfnTemplate t = s.template;
        Properties.SageMakerNotebook p = c.props(Properties.SageMakerNotebook.class);
        String id = Naming.pascal(c.id());
        List<ObjectNode> statements = new ArrayList<>(grantStatements(b, s, c));
        statements.addAll(sageMakerRuntimeStatements(false));
        ObjectNode role = t.add(id + "Role", "AWS::IAM::Role").props();
        role.put("Description", "Notebook " + c.id() + ": only what its links in the design need");
        role.set("AssumeRolePolicyDocument", Cfn.trust("sagemaker.amazonaws.com"));
        role.set("Policies", Json.arr(Cfn.inlinePolicy(c.id() + "-links", statements)));

        String zone = c.zones().isEmpty() ? b.networks.get(c.region()).zones().get(0).zone() : c.zones().get(0);
        ObjectNode nb = t.add(id, "AWS::SageMaker::NotebookInstance").props();
        nb.put("InstanceType", p.instanceType());
        nb.set("RoleArn", Cfn.getAtt(id + "Role", "Arn"));
        nb.set("SubnetId", b.subnet(s, c.region(), zone, false));
        nb.set("SecurityGroupIds", Json.arr(b.securityGroup(s, c)));
        nb.put("DirectInternetAccess", "Disabled").put("RootAccess", "Disabled");
        nb.set("InstanceMetadataServiceConfiguration", Json.obj().put("MinimumInstanceMetadataServiceVersion", "2"));
    }

    /**
     * The IAM statements of a principal's grants, one per kind of use, each listing exactly the
     * resources of the components it links to, in link order.
     */
    static List<ObjectNode> grantStatements(CfnBuild b, CfnStack s, Component principal) {
        return Access.<JsonNode, ObjectNode>statements(b.topology, principal, (g, sameRegion) -> switch (g.use()) {
            case INVOKE_ENDPOINT -> b.endpointArn(s, g.target());
            case READ_OBJECTS, READ_WRITE_OBJECTS -> Cfn.append(b.bucketArn(s, g.target()), "/*");
            case READ_WRITE_ITEMS -> b.tableArn(s, g.target());
            case READ_DATABASE_SECRET -> sameRegion ? b.databaseSecretArn(s, g.target()) : null;
            case CONNECT -> null;
        }, g -> s.template.note(principal.id() + " reads and writes " + g.target().id() + " in " + g.target().region() + ": the Regions' VPCs are "
                + "not connected, so no network path is generated. Keep database and cache links within a Region, or peer the VPCs."),
                (sid, actions, resources) -> Cfn.allow(sid, actions, Json.list(resources)));
    }

    /**
     * What SageMaker needs to run a container for the role's owner: pull images from ECR in the
     * Region (from any account, so AWS's own framework images work too), write logs under
     * /aws/sagemaker/ and publish metrics.
     */
    private static List<ObjectNode> sageMakerRuntimeStatements(boolean pullsImages) {
        List<ObjectNode> out = new ArrayList<>();
        if (pullsImages) {
            out.add(Cfn.allow("PullImageToken", List.of("ecr:GetAuthorizationToken"), Json.arr("*")));
            out.add(Cfn.allow("PullImage", List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"),
                    Json.arr(Cfn.arn("ecr:${AWS::Region}:*:repository/*"))));
        }
        out.add(Cfn.allow("WriteLogs", List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"),
                Json.arr(Cfn.arn("logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/sagemaker/*"))));
        out.add(Cfn.allow("PublishMetrics", List.of("cloudwatch:PutMetricData"), Json.arr("*")));
        return out;
    }
}

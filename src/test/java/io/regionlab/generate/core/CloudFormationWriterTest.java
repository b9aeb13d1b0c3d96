package io.regionlab.generate.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionlab.topology.core.Topology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the CloudFormation writer produces: golden files for the reference designs (read by eye
 * once, then compared exactly; {@code -Dgolden.update=true} rewrites them), and the behaviour a
 * deployment relies on.
 */
class CloudFormationWriterTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/cloudformation");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CloudFormationWriter writer = new CloudFormationWriter();

    static Stream<String> referenceDesigns() {
        return ReferenceDesigns.all().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceDesigns")
    void writesTheGoldenFilesOfEachReferenceDesign(String design) throws IOException {
        Path dir = GOLDEN.resolve(design);
        List<GeneratedFile> files = writer.write(ReferenceDesigns.all().get(design));
        if (Boolean.getBoolean("golden.update")) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> old = Files.list(dir)) {
                    for (Path p : old.toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir);
            for (GeneratedFile f : files) {
                Files.writeString(dir.resolve(name(f)), f.content());
            }
        }
        List<String> golden;
        try (Stream<Path> list = Files.list(dir)) {
            golden = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).extracting(CloudFormationWriterTest::name).containsExactlyInAnyOrderElementsOf(golden);
        for (GeneratedFile f : files) {
            assertThat(f.path()).startsWith("cloudformation/");
            assertThat(f.content()).as(f.path() + " (rewrite with -Dgolden.update=true, then read the diff)")
                    .isEqualTo(Files.readString(dir.resolve(name(f))));
        }
    }

    @Test
    void writingTheSameDesignTwiceGivesTheSameFiles() {
        Topology sink = ReferenceDesigns.kitchenSink();
        assertThat(writer.write(sink)).isEqualTo(writer.write(ReferenceDesigns.kitchenSink()));
        assertThat(writer.format()).isEqualTo("cloudformation");
    }

    @Test
    void anAutoScalingGroupGetsALaunchTemplateEvenWhenTheDesignAsksForALaunchConfiguration() {
        Map<String, JsonNode> t = templates(ReferenceDesigns.kitchenSink());
        JsonNode asg = resource(t, "Workers");
        assertThat(asg.path("Properties").path("LaunchTemplate").path("LaunchTemplateId")).isEqualTo(json("{\"Ref\": \"WorkersLaunchTemplate\"}"));
        assertThat(asg.path("Properties").path("LaunchTemplate").path("Version"))
                .isEqualTo(json("{\"Fn::GetAtt\": [\"WorkersLaunchTemplate\", \"LatestVersionNumber\"]}"));
        assertThat(asg.path("Properties").has("LaunchConfigurationName")).isFalse();
        assertThat(resource(t, "WorkersLaunchTemplate").path("Type").asText()).isEqualTo("AWS::EC2::LaunchTemplate");
        JsonNode image = template(t, "Workers").path("Parameters").path("WorkersImageId");
        assertThat(image.path("Type").asText()).isEqualTo("AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>");
        assertThat(image.path("Default").asText()).as("m7g is Graviton").isEqualTo("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64");
        for (Topology design : allDesigns()) {
            writer.write(design).forEach(f -> assertThat(f.content()).doesNotContain("LaunchConfiguration"));
        }
    }

    @Test
    void aReplicaBucketsStackDeploysBeforeTheStackOfTheBucketThatReplicatesToIt() {
        Topology example = ReferenceDesigns.example();
        DeploymentPlan plan = writer.plan(example);
        assertThat(plan.stacks()).extracting(StackPlan::name)
                .containsExactly("ml-inference-global-eu-west-1", "ml-inference-global-us-west-2", "ml-inference-global-global");
        StackPlan source = plan.stack("ml-inference-global-us-west-2").orElseThrow();
        assertThat(source.dependsOn()).containsExactly("ml-inference-global-eu-west-1");
        assertThat(source.parameters()).containsExactly(new ParameterWiring("DataEuArn", "ml-inference-global-eu-west-1", "DataEuArn"));
        Map<String, JsonNode> t = templates(example);
        assertThat(t.get("eu-west-1.template.json").path("Outputs").path("DataEuArn").path("Value"))
                .isEqualTo(json("{\"Fn::GetAtt\": [\"DataEu\", \"Arn\"]}"));
        JsonNode rule = resource(t, "Data").path("Properties").path("ReplicationConfiguration").path("Rules").get(0);
        assertThat(rule.path("Destination").path("Bucket")).isEqualTo(json("{\"Ref\": \"DataEuArn\"}"));
        assertThat(resource(t, "DataEu").path("Properties").path("VersioningConfiguration").path("Status").asText()).isEqualTo("Enabled");
        assertThat(resource(t, "Data").path("Properties").path("VersioningConfiguration").path("Status").asText()).isEqualTo("Enabled");
    }

    @Test
    void anAutoScalingGroupRunsInThePrivateSubnetsOfItsOwnZones() {
        Map<String, JsonNode> t = templates(ReferenceDesigns.kitchenSink());
        assertThat(resource(t, "Workers").path("Properties").path("VPCZoneIdentifier"))
                .isEqualTo(json("[{\"Ref\": \"PrivateSubnetA\"}, {\"Ref\": \"PrivateSubnetB\"}]"));
        JsonNode us = t.get("us-east-1.template.json").path("Resources");
        assertThat(us.has("PrivateSubnetC")).as("the Region uses three zones").isTrue();
        assertThat(us.path("PrivateSubnetA").path("Properties").path("AvailabilityZone").asText()).isEqualTo("us-east-1a");
        assertThat(us.path("PrivateSubnetB").path("Properties").path("AvailabilityZone").asText()).isEqualTo("us-east-1b");
        assertThat(us.path("PrivateSubnetARouteTableAssociation").path("Properties").path("RouteTableId")).isEqualTo(json("{\"Ref\": \"PrivateRouteTableA\"}"));
        assertThat(us.path("PrivateDefaultRouteA").path("Properties").path("NatGatewayId")).isEqualTo(json("{\"Ref\": \"NatGatewayA\"}"));
        assertThat(us.path("PrivateDefaultRouteA").path("Properties").has("GatewayId")).as("private: no route to the internet gateway").isFalse();
        assertThat(us.path("NatGatewayA").path("Properties").path("SubnetId")).isEqualTo(json("{\"Ref\": \"PublicSubnetA\"}"));
        assertThat(us.path("PubLb").path("Properties").path("Subnets")).isEqualTo(json("[{\"Ref\": \"PublicSubnetA\"}, {\"Ref\": \"PublicSubnetB\"}]"));
    }

    @Test
    void theInstanceRoleListsExactlyTheLinkedEndpointsBucketsAndTables() {
        Map<String, JsonNode> t = templates(ReferenceDesigns.kitchenSink());
        Map<String, JsonNode> statements = statements(resource(t, "WorkersInstanceRole"));
        assertThat(statements.keySet()).containsExactly("InvokeEndpoints", "ReadWriteItems", "ReadWriteObjects", "ReadDatabaseSecrets");
        assertThat(statements.get("InvokeEndpoints").path("Action")).isEqualTo(json("[\"sagemaker:InvokeEndpoint\"]"));
        assertThat(statements.get("InvokeEndpoints").path("Resource")).isEqualTo(json("[{\"Ref\": \"EpEndpoint\"}]"));
        assertThat(statements.get("ReadWriteObjects").path("Action")).isEqualTo(json("[\"s3:GetObject\", \"s3:PutObject\"]"));
        assertThat(statements.get("ReadWriteObjects").path("Resource")).isEqualTo(json("[{\"Fn::Sub\": \"${Raw.Arn}/*\"}]"));
        assertThat(statements.get("ReadWriteItems").path("Resource"))
                .isEqualTo(json("[{\"Fn::GetAtt\": [\"Orders\", \"Arn\"]}, {\"Fn::GetAtt\": [\"Plain\", \"Arn\"]}]"));
        assertThat(statements.get("ReadDatabaseSecrets").path("Resource")).isEqualTo(json("[{\"Fn::GetAtt\": [\"DbMain\", \"MasterUserSecret.SecretArn\"]}]"));

        Map<String, JsonNode> eu = statements(resource(t, "EuAsgInstanceRole"));
        assertThat(eu.get("ReadWriteObjects").path("Resource")).as("a bucket in another Region, through its stack's output")
                .isEqualTo(json("[{\"Fn::Sub\": \"${RawArn}/*\"}]"));
        assertThat(eu.get("ReadWriteItems").path("Resource")).as("the global table's replica in the group's own Region")
                .isEqualTo(json("[{\"Fn::Sub\": \"arn:${AWS::Partition}:dynamodb:eu-west-1:${AWS::AccountId}:table/kitchen-sink-2-orders\"}]"));
        assertThat(eu.get("InvokeEndpoints").path("Resource")).isEqualTo(json("[{\"Ref\": \"EpEndpointArn\"}]"));
    }

    @Test
    void aSageMakerExecutionRoleReadsItsModelArtifactsBucketOnly() {
        Map<String, JsonNode> t = templates(ReferenceDesigns.all().get("seed-multi-az-ml"));
        Map<String, JsonNode> statements = statements(resource(t, "Usw2ModelEndpointExecutionRole"));
        assertThat(statements.get("ReadObjects").path("Action")).isEqualTo(json("[\"s3:GetObject\"]"));
        assertThat(statements.get("ReadObjects").path("Resource")).isEqualTo(json("[{\"Fn::Sub\": \"${Usw2MlDatasets.Arn}/*\"}]"));
        JsonNode container = resource(t, "Usw2ModelEndpointModel").path("Properties").path("PrimaryContainer");
        assertThat(container.path("ModelDataUrl")).isEqualTo(json("{\"Fn::Sub\": \"s3://${Usw2MlDatasets}/${Usw2ModelEndpointModelDataKey}\"}"));
        assertThat(container.path("Image")).isEqualTo(json("{\"Ref\": \"Usw2ModelEndpointImageUri\"}"));
        JsonNode variant = resource(t, "Usw2ModelEndpointEndpointConfig").path("Properties").path("ProductionVariants").get(0);
        assertThat(variant.path("InitialInstanceCount").asInt()).isEqualTo(2);
    }

    @Test
    void theS3ReplicationRoleMayReadTheSourceAndReplicateIntoTheDestinationsOnly() {
        Map<String, JsonNode> t = templates(ReferenceDesigns.example());
        Map<String, JsonNode> s = statements(resource(t, "DataReplicationRole"));
        String source = "arn:${AWS::Partition}:s3:::ml-inference-global-data-${AWS::AccountId}-${AWS::Region}";
        assertThat(s.get("ReadReplicationConfiguration").path("Resource")).isEqualTo(json("[{\"Fn::Sub\": \"" + source + "\"}]"));
        assertThat(s.get("ReadSourceVersions").path("Resource")).isEqualTo(json("[{\"Fn::Sub\": \"" + source + "/*\"}]"));
        assertThat(s.get("WriteReplicas").path("Action")).isEqualTo(json("[\"s3:ReplicateObject\", \"s3:ReplicateDelete\", \"s3:ReplicateTags\"]"));
        assertThat(s.get("WriteReplicas").path("Resource")).isEqualTo(json("[{\"Fn::Sub\": \"${DataEuArn}/*\"}]"));
        assertThat(resource(t, "DataReplicationRole").path("Properties").path("AssumeRolePolicyDocument").path("Statement").get(0)
                .path("Principal").path("Service").asText()).isEqualTo("s3.amazonaws.com");
    }

    @Test
    void noDatabasePasswordAppearsAnywhere() {
        for (Topology design : allDesigns()) {
            for (GeneratedFile f : writer.write(design)) {
                assertThat(f.content()).doesNotContain("\"MasterUserPassword\"").doesNotContainIgnoringCase("\"NoEcho\"");
            }
            templates(design).values().forEach(t -> t.path("Resources").forEach(r -> {
                JsonNode p = r.path("Properties");
                if (r.path("Type").asText().equals("AWS::RDS::DBInstance") && !p.has("SourceDBInstanceIdentifier")) {
                    assertThat(p.path("ManageMasterUserPassword").asBoolean()).isTrue();
                }
            }));
        }
    }

    @Test
    void statefulResourcesSurviveTheDeletionOfTheirStack() {
        int checked = 0;
        for (Topology design : allDesigns()) {
            for (JsonNode t : templates(design).values()) {
                for (JsonNode r : t.path("Resources")) {
                    String type = r.path("Type").asText();
                    String expected = switch (type) {
                        case "AWS::S3::Bucket", "AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable" -> "Retain";
                        case "AWS::ElastiCache::ReplicationGroup" -> "Snapshot";
                        case "AWS::RDS::DBInstance" -> r.path("Properties").has("SourceDBInstanceIdentifier") ? "Retain" : "Snapshot";
                        default -> null;
                    };
                    if (expected != null) {
                        assertThat(r.path("DeletionPolicy").asText()).as(type).isEqualTo(expected);
                        assertThat(r.path("UpdateReplacePolicy").asText()).as(type).isEqualTo(expected);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void aReplicatedTableIsOneGlobalTableInThePrimaryRegionsStackAndNothingElsewhere() {
        Map<String, JsonNode> t = templates(ReferenceDesigns.all().get("active-active-three-regions"));
        List<String> where = new ArrayList<>();
        t.forEach((file, template) -> template.path("Resources").fields().forEachRemaining(e -> {
            if (e.getValue().path("Type").asText().startsWith("AWS::DynamoDB::")) {
                where.add(file + ":" + e.getKey() + ":" + e.getValue().path("Type").asText());
            }
        }));
        assertThat(where).containsExactly("us-east-1.template.json:Use1Profiles:AWS::DynamoDB::GlobalTable");
        JsonNode replicas = resource(t, "Use1Profiles").path("Properties").path("Replicas");
        assertThat(replicas.findValuesAsText("Region")).containsExactly("us-east-1", "eu-west-1", "ap-southeast-2");
        replicas.forEach(r -> assertThat(r.path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asBoolean()).isTrue());
        assertThat(resource(t, "Use1Profiles").path("Properties").path("StreamSpecification").path("StreamViewType").asText()).isEqualTo("NEW_AND_OLD_IMAGES");
        assertThat(statements(resource(t, "Euw1ApiAsgInstanceRole")).get("ReadWriteItems").path("Resource")).isEqualTo(
                json("[{\"Fn::Sub\": \"arn:${AWS::Partition}:dynamodb:eu-west-1:${AWS::AccountId}:table/active-active-three-regions-use1-profiles\"}]"));
    }

    @Test
    void aCrossRegionReadReplicaTakesItsSourcesArnFromTheSourcesStack() {
        Topology seed = ReferenceDesigns.all().get("seed-multi-az-ml");
        Map<String, JsonNode> t = templates(seed);
        JsonNode replica = resource(t, "Use1FeaturesReplica").path("Properties");
        assertThat(replica.path("SourceDBInstanceIdentifier")).isEqualTo(json("{\"Ref\": \"Usw2FeaturesDbArn\"}"));
        assertThat(replica.path("SourceRegion").asText()).isEqualTo("us-west-2");
        assertThat(replica.path("KmsKeyId").asText()).isEqualTo("alias/aws/rds");
        assertThat(replica.has("MasterUsername")).isFalse();
        DeploymentPlan plan = writer.plan(seed);
        StackPlan consumer = plan.stacks().stream().filter(s -> s.parameters().stream().anyMatch(w -> w.name().equals("Usw2FeaturesDbArn"))).findFirst().orElseThrow();
        ParameterWiring wiring = consumer.parameters().stream().filter(w -> w.name().equals("Usw2FeaturesDbArn")).findFirst().orElseThrow();
        StackPlan producer = plan.stack(wiring.fromStack()).orElseThrow();
        assertThat(producer.region()).isEqualTo("us-west-2");
        assertThat(consumer.region()).isEqualTo("us-east-1");
        assertThat(t.get(producer.template()).path("Outputs").path("Usw2FeaturesDbArn").path("Value"))
                .isEqualTo(json("{\"Fn::GetAtt\": [\"Usw2FeaturesDb\", \"DBInstanceArn\"]}"));
        assertThat(plan.stacks().indexOf(producer)).isLessThan(plan.stacks().indexOf(consumer));
    }

    @Test
    void replicationBothWaysBetweenTwoRegionsSplitsThemIntoStacksThatDeployInTurn() {
        Topology seed = ReferenceDesigns.all().get("seed-multi-az-ml");
        DeploymentPlan plan = writer.plan(seed);
        assertThat(plan.stacks()).extracting(StackPlan::template).containsExactly("us-west-2-1.template.json", "us-east-1-1.template.json",
                "us-west-2-2.template.json", "us-east-1-2.template.json", "global.template.json");
        Map<String, JsonNode> t = templates(seed);
        assertThat(t.get("us-west-2-1.template.json").path("Resources").has("Usw2FeaturesDb")).as("the database the replica is made from").isTrue();
        assertThat(t.get("us-east-1-1.template.json").path("Resources").has("Use1MlDatasets")).as("the bucket replicated into").isTrue();
        assertThat(t.get("us-west-2-2.template.json").path("Resources").has("Usw2MlDatasets")).isTrue();
        assertThat(t.get("us-east-1-2.template.json").path("Resources").has("Use1FeaturesReplica")).isTrue();
        assertThat(plan.stack("seed-multi-az-ml-us-west-2-2").orElseThrow().parameters()).extracting(ParameterWiring::name)
                .contains("VpcId", "PrivateSubnetA", "Usw2InferenceAsgSecurityGroupId", "Use1MlDatasetsArn");
    }

    @Test
    void theGlobalStackDeploysLastInUsEast1AndAliasesTheLoadBalancersOfTheRegionalStacks() {
        Topology warm = ReferenceDesigns.all().get("warm-standby");
        DeploymentPlan plan = writer.plan(warm);
        StackPlan global = plan.stacks().get(plan.stacks().size() - 1);
        assertThat(global.template()).isEqualTo("global.template.json");
        assertThat(global.region()).isEqualTo("us-east-1");
        assertThat(global.parameters()).extracting(ParameterWiring::name)
                .containsExactlyInAnyOrder("Euw1AlbDnsName", "Euw1AlbCanonicalHostedZoneId", "Euc1AlbDnsName", "Euc1AlbCanonicalHostedZoneId");
        assertThat(global.inputs()).containsExactly("RecsDnsHostedZoneId");
        JsonNode records = resource(templates(warm), "RecsDnsRecords").path("Properties").path("RecordSets");
        assertThat(records.findValuesAsText("Failover")).containsExactly("PRIMARY", "SECONDARY");
        assertThat(records.findValuesAsText("SetIdentifier")).containsExactly("euw1-alb", "euc1-alb");
        assertThat(records.get(0).path("AliasTarget")).isEqualTo(json(
                "{\"DNSName\": {\"Ref\": \"Euw1AlbDnsName\"}, \"HostedZoneId\": {\"Ref\": \"Euw1AlbCanonicalHostedZoneId\"}, \"EvaluateTargetHealth\": true}"));
        assertThat(records.get(0).path("HealthCheckId")).isEqualTo(json("{\"Ref\": \"RecsDnsEuw1AlbHealthCheck\"}"));
        assertThat(records.get(0).path("Name").asText()).isEqualTo("recommendations.example.com.");
    }

    @Test
    void eachRoutingPolicyBecomesTheRecordPropertiesRoute53RoutesBy() {
        Map<String, JsonNode> sink = templates(ReferenceDesigns.kitchenSink());
        JsonNode geo = resource(sink, "GeoRecords").path("Properties").path("RecordSets");
        assertThat(geo.findValuesAsText("AWSRegion")).containsExactly("us-east-1", "eu-west-1");
        assertThat(resource(sink, "WeightedRecords").path("Properties").path("RecordSets").findValuesAsText("Weight")).containsExactly("1", "1");
        JsonNode simple = resource(sink, "CdnNameRecords").path("Properties").path("RecordSets");
        assertThat(simple).hasSize(1);
        assertThat(simple.get(0).has("SetIdentifier")).isFalse();
        assertThat(simple.get(0).path("AliasTarget").path("HostedZoneId").asText()).as("CloudFront's alias zone").isEqualTo("Z2FDTNDATAQYW2");
        JsonNode latency = resource(templates(ReferenceDesigns.all().get("active-active-three-regions")), "ApiDnsRecords").path("Properties").path("RecordSets");
        assertThat(latency.findValuesAsText("Region")).containsExactly("us-east-1", "eu-west-1", "ap-southeast-2");
        assertThat(latency.findValues("HealthCheckId")).hasSize(3);
    }

    @Test
    void cloudFrontFailsOverBetweenReplicatedBucketsItMayReadThroughOriginAccessControl() {
        Map<String, JsonNode> t = templates(ReferenceDesigns.all().get("active-active-three-regions"));
        JsonNode config = resource(t, "WebCdn").path("Properties").path("DistributionConfig");
        JsonNode group = config.path("OriginGroups").path("Items").get(0);
        assertThat(group.path("Members").path("Items").findValuesAsText("OriginId")).containsExactly("use1-web-assets", "euw1-web-assets");
        assertThat(config.path("DefaultCacheBehavior").path("TargetOriginId").asText()).isEqualTo(group.path("Id").asText());
        assertThat(config.path("DefaultCacheBehavior").path("AllowedMethods")).isEqualTo(json("[\"GET\", \"HEAD\", \"OPTIONS\"]"));
        assertThat(config.path("Aliases")).isEqualTo(json("[\"www.example.com\"]"));
        config.path("Origins").forEach(o -> assertThat(o.path("OriginAccessControlId")).isEqualTo(json("{\"Fn::GetAtt\": [\"WebCdnOriginAccessControl\", \"Id\"]}")));
        for (String bucket : List.of("Use1WebAssetsPolicy", "Euw1WebAssetsPolicy")) {
            assertThat(statements(resource(t, bucket)).get("AllowCloudFrontRead").path("Principal").path("Service").asText()).isEqualTo("cloudfront.amazonaws.com");
        }
    }

    @Test
    void aRegionWithoutComponentsGetsNoStack() {
        assertThat(writer.write(ReferenceDesigns.kitchenSink())).extracting(GeneratedFile::path).noneMatch(p -> p.contains("ap-southeast-2"));
    }

    @Test
    void thePlanReadsBackAsTheRecordsApplyUses() {
        for (Topology design : allDesigns()) {
            DeploymentPlan plan = writer.plan(design);
            assertThat(DeploymentPlan.fromJson(plan.toJson())).isEqualTo(plan);
            assertThat(plan.design()).isEqualTo(design.name());
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    private static List<Topology> allDesigns() {
        List<Topology> all = new ArrayList<>(ReferenceDesigns.all().values());
        all.add(ReferenceDesigns.kitchenSink());
        return all;
    }

    private static String name(GeneratedFile f) {
        return f.path().substring(f.path().lastIndexOf('/') + 1);
    }

    private Map<String, JsonNode> templates(Topology design) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (GeneratedFile f : writer.write(design)) {
            if (f.path().endsWith(".template.json")) {
                out.put(name(f), json(f.content()));
            }
        }
        return out;
    }

    private static JsonNode template(Map<String, JsonNode> templates, String logicalId) {
        return templates.values().stream().filter(t -> t.path("Resources").has(logicalId)).findFirst()
                .orElseThrow(() -> new AssertionError("no template has " + logicalId));
    }

    private static JsonNode resource(Map<String, JsonNode> templates, String logicalId) {
        return template(templates, logicalId).path("Resources").path(logicalId);
    }

    /** The statements of a role's inline policies (or a bucket policy), by Sid. */
    private static Map<String, JsonNode> statements(JsonNode resource) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode props = resource.path("Properties");
        List<JsonNode> documents = new ArrayList<>();
        props.path("Policies").forEach(p -> documents.add(p.path("PolicyDocument")));
        if (props.has("PolicyDocument")) {
            documents.add(props.path("PolicyDocument"));
        }
        documents.forEach(d -> d.path("Statement").forEach(s -> out.put(s.path("Sid").asText(), s)));
        return out;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

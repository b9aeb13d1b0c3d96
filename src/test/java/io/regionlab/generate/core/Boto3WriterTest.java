package io.regionlab.generate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.regionlab.topology.core.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The boto3 script of every reference design, the DESIGN.md example and the kitchen sink is proven
 * valid, not just present: Python compiles it, {@code tools/boto3-check} finds every call it makes
 * in botocore's service models with only real parameters, and its {@code --dry-run} runs to the end
 * with no credentials, printing each call after botocore has checked it in full. The golden files
 * under {@code src/test/resources/golden/boto3/} show what is generated; {@code -Dgolden.update=true}
 * rewrites them.
 */
class Boto3WriterTest {

    private static final Boto3Writer WRITER = new Boto3Writer();
    private static final Path GOLDEN = Path.of("src/test/resources/golden/boto3");
    /** Dry runs by design name: each is a pure function of the design, so it is run once. */
    private static final Map<String, String> DRY_RUNS = new ConcurrentHashMap<>();

    static Stream<String> designs() {
        return Stream.concat(ReferenceDesigns.all().keySet().stream(), Stream.of(ReferenceDesigns.kitchenSink().name()));
    }

    static Stream<String> goldenDesigns() {
        return ReferenceDesigns.all().keySet().stream();
    }

    private static Topology design(String name) {
        Topology kitchen = ReferenceDesigns.kitchenSink();
        return name.equals(kitchen.name()) ? kitchen : ReferenceDesigns.all().get(name);
    }

    private static String script(String design) {
        List<GeneratedFile> files = WRITER.write(design(design));
        assertThat(files).extracting(GeneratedFile::path).containsExactly("boto3/deploy.py");
        return files.get(0).content();
    }

    private static String dryRun(String design) {
        return DRY_RUNS.computeIfAbsent(design, d -> {
            Path file = Boto3Python.write("deploy.py", script(d));
            Boto3Python.Run run = Boto3Python.run(file.getParent(), file.toString(), "--dry-run");
            assertThat(run.exitCode()).as("--dry-run of " + d + " exits 0; it printed:\n" + run.output()).isZero();
            return run.output();
        });
    }

    // --- valid for every design ------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("designs")
    void scriptCompilesAndEveryCallIsARealOperationWithRealParameters(String design) {
        Path file = Boto3Python.write("deploy.py", script(design));
        Boto3Python.Run compile = Boto3Python.run(file.getParent(), "-m", "py_compile", file.toString());
        assertThat(compile.exitCode()).as(compile.output()).isZero();

        Boto3Python.Run check = Boto3Python.run(file.getParent(), Boto3Python.CHECKER.toAbsolutePath().toString(), file.toString());
        assertThat(check.exitCode()).as(check.output()).isZero();
        Matcher checked = Pattern.compile("(\\d+) boto3 calls checked").matcher(check.output());
        assertThat(checked.find()).as(check.output()).isTrue();
        assertThat(Integer.parseInt(checked.group(1))).as("calls the checker followed to their clients").isGreaterThan(40);
    }

    @ParameterizedTest
    @MethodSource("designs")
    void dryRunSendsNothingNeedsNoCredentialsAndEndsDone(String design) {
        String out = dryRun(design);
        assertThat(out).contains("[dry-run] ").contains("sts.get_caller_identity()").endsWith("[dry-run] would: done\n");
        assertThat(out).doesNotContain("Traceback");
        assertThat(out).as("code of the script that was written as text").doesNotContain("networks[").doesNotContain("groups[")
                .doesNotContain("balancers[").doesNotContain("secrets[").doesNotContain("distributions[").doesNotContain("health[")
                .doesNotContain("args.").doesNotContain("bucket_name(");
        assertThat(out.lines().filter(l -> l.contains("ec2.create_security_group(")))
                .isNotEmpty().allMatch(l -> l.contains("VpcId='<CreateVpc.Vpc.VpcId>'"));
    }

    @ParameterizedTest
    @MethodSource("designs")
    void noAccountIdPlaceholderOrHardCodedPartitionIsWritten(String design) {
        String script = script(design);
        assertThat(script).doesNotContain("123456789012").doesNotContain("arn:aws:").doesNotContainIgnoringCase("replace-me")
                .doesNotContainIgnoringCase("your-").doesNotContain("TODO").doesNotContain("destination-bucket");
        assertThat(Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])").matcher(script).find()).as("a 12-digit account id").isFalse();
        assertThat(script.lines().filter(l -> l.contains("<account>")).toList())
                .as("the dry-run stand-in account is only defined, never used in a name")
                .containsExactly("DRY_RUN_ACCOUNT = \"<account>\"");
        assertThat(script).contains("sts\", HOME_REGION).get_caller_identity()").contains("f\"arn:{PARTITION}:");
    }

    @ParameterizedTest
    @MethodSource("designs")
    void neverALaunchConfiguration(String design) {
        String script = script(design);
        assertThat(script).doesNotContain("create_launch_configuration").doesNotContain("LaunchConfigurationName");
        if (!design(design).componentsOf(io.regionlab.topology.core.ComponentKind.AUTOSCALING_GROUP).isEmpty()) {
            assertThat(dryRun(design)).contains("ec2.create_launch_template(").contains("autoscaling.create_auto_scaling_group(")
                    .contains("ssm.get_parameter(Name='/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-");
        }
    }

    @ParameterizedTest
    @MethodSource("designs")
    void bothBucketsAreVersionedBeforeAnyReplicationIsConfigured(String design) {
        String script = script(design);
        if (script.contains("replicate_bucket(\"")) {
            assertThat(script.indexOf("s3.put_bucket_versioning(")).isPositive().isLessThan(script.indexOf(".put_bucket_replication("));
        }
        List<String> calls = dryRun(design).lines().toList();
        Pattern replication = Pattern.compile("s3\\.put_bucket_replication\\(Bucket='([^']+)'");
        Pattern destination = Pattern.compile("'Destination': \\{'Bucket': 'arn:aws:s3:::([^']+)'");
        for (int i = 0; i < calls.size(); i++) {
            Matcher source = replication.matcher(calls.get(i));
            if (!source.find()) {
                continue;
            }
            List<String> buckets = new ArrayList<>(List.of(source.group(1)));
            Matcher d = destination.matcher(calls.get(i));
            while (d.find()) {
                buckets.add(d.group(1));
            }
            assertThat(buckets).hasSizeGreaterThan(1);
            List<String> before = calls.subList(0, i);
            for (String bucket : buckets) {
                assertThat(before).as(bucket + " is versioned before " + calls.get(i))
                        .anyMatch(l -> l.contains("s3.put_bucket_versioning(Bucket='" + bucket + "'") && l.contains("'Status': 'Enabled'"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("designs")
    void writingIsDeterministic(String design) {
        assertThat(WRITER.write(design(design))).isEqualTo(WRITER.write(design(design)));
    }

    @ParameterizedTest
    @MethodSource("goldenDesigns")
    void matchesItsGoldenFile(String design) throws IOException {
        Path golden = GOLDEN.resolve(Naming.slug(design)).resolve("deploy.py");
        String script = script(design);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, script);
        } else if (!Files.exists(golden)) {
            fail("No golden file " + golden + ": run the tests with -Dgolden.update=true, then read it");
        }
        assertThat(script).as(golden.toString()).isEqualTo(Files.readString(golden));
    }

    // --- what the seed's calls become ---------------------------------------------------------------

    @Test
    void autoScalingGroupTakesItsLaunchTemplateSizesAndHealthCheckFromTheDesign() {
        String out = dryRun("seed-multi-az-ml");
        assertThat(out).contains("us-west-2 autoscaling.create_auto_scaling_group(AutoScalingGroupName='seed-multi-az-ml-usw2-inference-asg', "
                + "LaunchTemplate={'LaunchTemplateId': '<CreateLaunchTemplate.LaunchTemplate.LaunchTemplateId>', 'Version': '$Latest'}, "
                + "MinSize=3, MaxSize=10, DesiredCapacity=5, VPCZoneIdentifier='<CreateSubnet.Subnet.SubnetId>,<CreateSubnet.Subnet.SubnetId>,"
                + "<CreateSubnet.Subnet.SubnetId>', HealthCheckType='ELB', HealthCheckGracePeriod=300, "
                + "TargetGroupARNs=['<CreateTargetGroup.TargetGroups.TargetGroupArn>']");
        assertThat(out).contains("us-east-1 autoscaling.create_auto_scaling_group(AutoScalingGroupName='seed-multi-az-ml-use1-inference-asg'")
                .contains("MinSize=3, MaxSize=10, DesiredCapacity=3,");
        assertThat(out).contains("us-west-2 ec2.create_launch_template(LaunchTemplateName='seed-multi-az-ml-usw2-inference-asg', "
                + "LaunchTemplateData={'ImageId': '<GetParameter.Parameter.Value>', 'InstanceType': 'm5.large'")
                .contains("'MetadataOptions': {'HttpTokens': 'required', 'HttpEndpoint': 'enabled'}");
    }

    @Test
    void bucketsAreMadeInTheirRegionWithALocationConstraintExceptInUsEast1() {
        String out = dryRun("seed-multi-az-ml");
        assertThat(out).contains("us-west-2 s3.create_bucket(Bucket='seed-multi-az-ml-usw2-ml-datasets-<account>-us-west-2', "
                + "ObjectOwnership='BucketOwnerEnforced', CreateBucketConfiguration={'LocationConstraint': 'us-west-2'})");
        assertThat(out).contains("us-east-1 s3.create_bucket(Bucket='seed-multi-az-ml-use1-ml-datasets-<account>-us-east-1', "
                + "ObjectOwnership='BucketOwnerEnforced')\n");
        assertThat(out).contains("s3.put_public_access_block(Bucket='seed-multi-az-ml-use1-ml-datasets-<account>-us-east-1'")
                .contains("s3.put_bucket_encryption(Bucket='seed-multi-az-ml-use1-ml-datasets-<account>-us-east-1'");
    }

    @Test
    void replicationRoleMayTouchExactlyTheReplicatedBuckets() {
        String out = dryRun("seed-multi-az-ml");
        String policy = out.lines().filter(l -> l.contains("iam.put_role_policy(RoleName='seed-multi-az-ml-usw2-ml-datasets-replication'"))
                .findFirst().orElseThrow();
        assertThat(policy).contains("\"Resource\": [\"arn:aws:s3:::seed-multi-az-ml-usw2-ml-datasets-<account>-us-west-2\"]")
                .contains("\"Resource\": [\"arn:aws:s3:::seed-multi-az-ml-usw2-ml-datasets-<account>-us-west-2/*\"]")
                .contains("\"Resource\": [\"arn:aws:s3:::seed-multi-az-ml-use1-ml-datasets-<account>-us-east-1/*\"]")
                .doesNotContain("\"*\"");
        assertThat(out).contains("s3.put_bucket_replication(Bucket='seed-multi-az-ml-usw2-ml-datasets-<account>-us-west-2', "
                + "ExpectedBucketOwner='<account>', ReplicationConfiguration={'Role': 'arn:aws:iam::<account>:role/seed-multi-az-ml-usw2-ml-datasets-replication'");
    }

    @Test
    void databaseIsMultiAzWithManagedPasswordAndItsCrossRegionReplicaWaitsForIt() {
        List<String> calls = dryRun("seed-multi-az-ml").lines().toList();
        int create = indexOf(calls, "us-west-2 rds.create_db_instance(DBInstanceIdentifier='seed-multi-az-ml-usw2-features-db'");
        int available = indexOf(calls, "us-west-2 rds.get_waiter('db_instance_available').wait(DBInstanceIdentifier='seed-multi-az-ml-usw2-features-db')");
        int replica = indexOf(calls, "us-east-1 rds.create_db_instance_read_replica(DBInstanceIdentifier='seed-multi-az-ml-use1-features-replica', "
                + "SourceDBInstanceIdentifier='arn:aws:rds:us-west-2:<account>:db:seed-multi-az-ml-usw2-features-db', SourceRegion='us-west-2'");
        assertThat(create).isLessThan(available);
        assertThat(available).isLessThan(replica);
        assertThat(calls.get(create)).contains("MultiAZ=True, BackupRetentionPeriod=7, DeletionProtection=True, MasterUsername='dbadmin', "
                + "ManageMasterUserPassword=True").contains("StorageEncrypted=True").contains("PubliclyAccessible=False");
        assertThat(indexOf(calls, "us-east-1 rds.create_db_subnet_group(")).isPositive();
        assertThat(indexOf(calls, "us-east-1 rds.get_waiter('db_instance_available').wait(DBInstanceIdentifier='seed-multi-az-ml-use1-features-replica')"))
                .isGreaterThan(replica);
    }

    @Test
    void endpointIsWaitedForUntilInServiceWithTheDesignsInstanceCount() {
        String out = dryRun("seed-multi-az-ml");
        assertThat(out).contains("us-west-2 sagemaker.create_model(ModelName='seed-multi-az-ml-usw2-model-endpoint-")
                .contains("ExecutionRoleArn='arn:aws:iam::<account>:role/seed-multi-az-ml-usw2-model-endpoint-sagemaker'")
                .contains("PrimaryContainer={'Image': '<usw2-model-endpoint-image>', "
                        + "'ModelDataUrl': 's3://seed-multi-az-ml-usw2-ml-datasets-<account>-us-west-2/<usw2-model-endpoint-model-key>'}")
                .contains("'InstanceType': 'ml.m5.large', 'InitialInstanceCount': 2")
                .contains("us-west-2 sagemaker.create_endpoint(EndpointName='seed-multi-az-ml-usw2-model-endpoint'")
                .contains("us-west-2 sagemaker.get_waiter('endpoint_in_service').wait(EndpointName='seed-multi-az-ml-usw2-model-endpoint')");
    }

    @Test
    void latencyRecordsAreUpsertedWithAHealthCheckPerRegion() {
        String out = dryRun("seed-multi-az-ml");
        assertThat(out).contains("route53.create_health_check(CallerReference='seed-multi-az-ml-predict-dns-usw2-alb-")
                .contains("'Type': 'HTTPS', 'FullyQualifiedDomainName': '<CreateLoadBalancer.LoadBalancers.DNSName>', 'Port': 443, "
                        + "'ResourcePath': '/healthz'");
        String change = out.lines().filter(l -> l.contains("route53.change_resource_record_sets(")).findFirst().orElseThrow();
        assertThat(change).contains("HostedZoneId='<hosted zone of predict.example.com>'")
                .contains("{'Action': 'UPSERT', 'ResourceRecordSet': {'Name': 'predict.example.com.', 'Type': 'A', 'SetIdentifier': 'usw2-alb', "
                        + "'Region': 'us-west-2'")
                .contains("'SetIdentifier': 'use1-alb', 'Region': 'us-east-1'")
                .contains("'HealthCheckId': '<CreateHealthCheck.HealthCheck.Id>'");
        assertThat(out).doesNotContain("'Action': 'CREATE'");
    }

    @Test
    void globalTableGetsPointInTimeRecoveryThenOneReplicaPerRegion() {
        List<String> calls = dryRun("active-active-three-regions").lines().toList();
        int create = indexOf(calls, "us-east-1 dynamodb.create_table(TableName='active-active-three-regions-use1-profiles'");
        int exists = indexOf(calls, "us-east-1 dynamodb.get_waiter('table_exists').wait(TableName='active-active-three-regions-use1-profiles')");
        int pitr = indexOf(calls, "us-east-1 dynamodb.update_continuous_backups(TableName='active-active-three-regions-use1-profiles', "
                + "PointInTimeRecoverySpecification={'PointInTimeRecoveryEnabled': True})");
        int eu = indexOf(calls, "us-east-1 dynamodb.update_table(TableName='active-active-three-regions-use1-profiles', "
                + "ReplicaUpdates=[{'Create': {'RegionName': 'eu-west-1'}}])");
        int ap = indexOf(calls, "us-east-1 dynamodb.update_table(TableName='active-active-three-regions-use1-profiles', "
                + "ReplicaUpdates=[{'Create': {'RegionName': 'ap-southeast-2'}}])");
        assertThat(List.of(create, exists, pitr, eu, ap)).isSorted().doesNotContain(-1);
        assertThat(calls.get(create)).contains("'StreamViewType': 'NEW_AND_OLD_IMAGES'");
        assertThat(indexOf(calls, "eu-west-1 dynamodb.update_continuous_backups(TableName='active-active-three-regions-use1-profiles'")).isGreaterThan(eu);
        assertThat(calls).noneMatch(l -> l.contains("create_table(TableName='active-active-three-regions-euw1-profiles'"));
    }

    @Test
    void cacheAndDistributionAreMadeWhenTheDesignHasThem() {
        String out = dryRun("active-active-three-regions");
        assertThat(out).contains("eu-west-1 elasticache.create_replication_group(ReplicationGroupId='active-active-three-regions-euw1-")
                .contains("Engine='valkey', CacheNodeType='cache.r7g.large', NumCacheClusters=3, AutomaticFailoverEnabled=True, MultiAZEnabled=True")
                .contains("AtRestEncryptionEnabled=True, TransitEncryptionEnabled=True");
        assertThat(out).contains("us-east-1 cloudfront.create_distribution(DistributionConfig=")
                .contains("'Aliases': {'Quantity': 1, 'Items': ['www.example.com']}")
                .contains("'ACMCertificateArn': '<web-cdn-certificate-arn>'");
        String policy = out.lines().filter(l -> l.contains("s3.put_bucket_policy(") && l.contains("AllowCloudFrontRead")).findFirst().orElseThrow();
        assertThat(policy).startsWith("[dry-run] us-east-1 s3.put_bucket_policy(Bucket='active-active-three-regions-")
                .contains("\"AWS:SourceArn\": [\"arn:aws:cloudfront::<account>:distribution/<CreateDistribution.Distribution.Id>\"]");
    }

    @Test
    void namePrefixNamesEverything() {
        Path file = Boto3Python.write("deploy.py", script("regionlab-itself"));
        Boto3Python.Run run = Boto3Python.run(file.getParent(), file.toString(), "--dry-run", "--name-prefix", "staging-rl");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("autoscaling.create_auto_scaling_group(AutoScalingGroupName='staging-rl-regionlab-app'")
                .contains("rds.create_db_instance(DBInstanceIdentifier='staging-rl-regionlab-db'")
                .doesNotContain("'regionlab-itself-");
        Boto3Python.Run bad = Boto3Python.run(file.getParent(), file.toString(), "--dry-run", "--name-prefix", "Bad_Prefix");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.output()).contains("--name-prefix").contains("expected 2 to 40 lower-case letters, digits or hyphens");
    }

    @Test
    void aRealRunRefusesToStartWithoutTheInputsTheDesignCannotGive() {
        Path file = Boto3Python.write("deploy.py", script("seed-multi-az-ml"));
        Boto3Python.Run run = Boto3Python.run(file.getParent(), file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("required (except with --dry-run)").contains("--usw2-alb-certificate-arn")
                .contains("--usw2-model-endpoint-image").contains("--usw2-model-endpoint-model-key").doesNotContain("Traceback");
        Boto3Python.Run help = Boto3Python.run(file.getParent(), file.toString(), "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.output()).contains("--dry-run").contains("--name-prefix").contains("Networking:");
    }

    @Test
    void aDesignAskingForALaunchConfigurationGetsALaunchTemplateAndANote() {
        String script = script("Kitchen Sink_2");
        assertThat(script).contains("workers asks for a launch configuration; a launch template is made instead");
        assertThat(dryRun("Kitchen Sink_2")).contains("us-east-1 ec2.create_launch_template(LaunchTemplateName='kitchen-sink-2-workers'")
                .contains("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64");
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("[dry-run] " + start)) {
                return i;
            }
        }
        return -1;
    }
}

package io.regionlab.generate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code tools/boto3-check/check.py}, which the boto3 writer's tests trust, catches what it promises to catch. */
class Boto3CheckTest {

    private static Boto3Python.Run check(String source) {
        Path file = Boto3Python.write("script.py", source);
        return Boto3Python.run(file.getParent(), Boto3Python.CHECKER.toAbsolutePath().toString(), file.toString());
    }

    @Test
    void theSeedsOldCallsFail() {
        Boto3Python.Run run = check("""
                import boto3

                autoscaling_client = boto3.client('autoscaling')
                autoscaling_client.create_auto_scaling_group(AutoScalingGroupName='ml-asg', LaunchConfigurationName='ml-launch-configuration',
                                                             MinSize=1, MaxSize=10, DesiredCapacity=2, AvailabilityZone=['us-west-2a'])
                s3_client = boto3.client('s3')
                s3_client.put_bucket_replicaton(Bucket='source-bucket', ReplicationConfiguration={})
                """);
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output())
                .contains(":4: autoscaling.create_auto_scaling_group (CreateAutoScalingGroup) has no parameter 'AvailabilityZone'")
                .contains(":7: s3 has no operation 'put_bucket_replicaton'")
                .contains("2 boto3 calls checked").contains("2 problems");
    }

    @Test
    void clientsAreFollowedThroughFactoriesDictsLambdasAndWaiters() {
        Boto3Python.Run run = check("""
                import boto3


                def client(service, region):
                    return boto3.client(service, region_name=region)


                clients = {region: boto3.client("ec2", region_name=region) for region in ["us-east-1", "eu-west-1"]}


                def deploy():
                    rds = client("rds", "us-east-1")
                    look = lambda: rds.describe_db_instances(DBInstanceIdentifier="db", Identifier="x")
                    rds.get_waiter("db_instance_availabel").wait(DBInstanceIdentifier="db")
                    waiter = client("s3", "us-east-1").get_waiter("bucket_exists")
                    waiter.wait(Bucket="b", WaiterConfig={"Delay": 5}, Key="k")
                    clients["eu-west-1"].describe_vpcs(VpcId="vpc-1")
                    client("dynamodb", "us-east-1").create_table("t")
                    client("nosuchservice", "us-east-1")
                """);
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output())
                .contains(":13: rds.describe_db_instances (DescribeDBInstances) has no parameter 'Identifier'")
                .contains(":14: rds has no waiter 'db_instance_availabel'")
                .contains(":16: s3 waiter bucket_exists (HeadBucket) has no parameter 'Key'")
                .contains(":17: ec2.describe_vpcs (DescribeVpcs) has no parameter 'VpcId'")
                .contains(":18: dynamodb.create_table takes keyword arguments only, got 1 positional")
                .contains(":19: no AWS service 'nosuchservice'")
                .doesNotContain("WaiterConfig");
    }

    @Test
    void aScriptOfRealCallsPasses() {
        Boto3Python.Run run = check("""
                import boto3

                s3 = boto3.client("s3", region_name="eu-west-1")
                s3.put_bucket_versioning(Bucket="b", VersioningConfiguration={"Status": "Enabled"})
                s3.put_bucket_replication(Bucket="b", ReplicationConfiguration={"Role": "r", "Rules": []})
                s3.get_waiter("bucket_exists").wait(Bucket="b", WaiterConfig={"Delay": 5})
                for page in s3.get_paginator("list_objects_v2").paginate(Bucket="b", PaginationConfig={"MaxItems": 10}):
                    pass
                """);
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("6 boto3 calls checked").contains("0 problems");
    }
}

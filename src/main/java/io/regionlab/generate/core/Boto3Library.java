package io.regionlab.generate.core;

/**
 * The Python functions that {@link Boto3Writer}'s scripts are made of, one section per kind of
 * resource; a script holds the sections its design needs. Each function looks before it creates,
 * so a script can run again; every client comes from {@code client(service, region)}, which in
 * {@code --dry-run} prints each call (after botocore has checked it) instead of sending it.
 */
final class Boto3Library {

    private Boto3Library() {
    }

    /** The modules every script imports. */
    static final String IMPORTS = """
            import argparse
            import datetime
            import functools
            import json
            import re
            import time
            import zlib

            import boto3
            import botocore.handlers
            from botocore import UNSIGNED, xform_name
            from botocore.awsrequest import AWSResponse
            from botocore.config import Config
            from botocore.exceptions import BotoCoreError, ClientError
            from botocore.validate import validate_parameters
            """;

    /** Run settings, the client factory with its --dry-run stand-in, names, ARNs, tags, IAM roles. */
    static final String CORE = """

            # Set once by main(): what this run was asked to do and whom it runs as.
            DRY_RUN = False
            PREFIX = DEFAULT_PREFIX
            ACCOUNT = None
            PARTITION = None

            # The account id printed in --dry-run, which asks AWS nothing, not even who is calling.
            DRY_RUN_ACCOUNT = "<account>"


            @functools.lru_cache(maxsize=None)
            def client(service, region):
                \"""The boto3 client of a service in a Region, made once.

                With --dry-run the client sends nothing and needs no credentials: botocore still checks each
                call against the service's API, then the call is printed and answered with a stand-in response.
                \"""
                if DRY_RUN:
                    return dry_run(boto3.client(service, region_name=region, config=Config(signature_version=UNSIGNED)), service, region)
                return boto3.client(service, region_name=region)


            def dry_run(aws, service, region):
                \"""Makes a client print its calls and answer them itself instead of calling AWS.\"""
                def show(params, model, **_):
                    print(f"[dry-run] {region} {service}.{xform_name(model.name)}({arguments(params)})")

                def answer(model, **_):
                    return AWSResponse(f"dry-run://{service}", 200, {}, None), stand_in(model.output_shape, model.name, listed=not model.name.startswith(LOOK_UPS))

                aws.meta.events.register_first("before-parameter-build", show)
                aws.meta.events.register_first("before-call", answer)
                if service == "s3":
                    # Stand-in bucket names hold DRY_RUN_ACCOUNT, whose '<' and '>' S3's own name check refuses.
                    aws.meta.events.unregister("before-parameter-build.s3", botocore.handlers.validate_bucket_name)
                waiter = aws.get_waiter
                aws.get_waiter = lambda name: DryRunWaiter(aws, waiter(name), name, service, region)
                return aws


            # Operations that look things up: in --dry-run they find nothing, so every creation shows.
            LOOK_UPS = ("Describe", "Get", "Head", "List")
            EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


            def stand_in(shape, path, listed, depth=0):
                \"""A response shaped like AWS's for --dry-run: strings '<Operation.Field>', numbers 0; a created
                resource's lists hold one stand-in item, a look-up's lists are empty; no paging tokens.\"""
                if shape is None:
                    return {}
                if shape.type_name == "structure":
                    if depth > 6:
                        return {}
                    return {name: stand_in(member, f"{path}.{name}", listed, depth + 1) for name, member in shape.members.items()
                            if not name.endswith(("Token", "Marker"))}
                if shape.type_name == "list":
                    return [stand_in(shape.member, path, listed, depth + 1)] if listed and depth <= 6 else []
                if shape.type_name == "string":
                    return f"<{path}>"
                return {"map": {}, "integer": 0, "long": 0, "float": 0.0, "double": 0.0, "boolean": False, "blob": b"",
                        "timestamp": EPOCH}.get(shape.type_name)


            class DryRunWaiter:
                \"""In --dry-run, a waiter checks its parameters and prints the wait instead of polling AWS.\"""

                def __init__(self, aws, waiter, name, service, region):
                    self.aws, self.waiter, self.name, self.service, self.region = aws, waiter, name, service, region

                def wait(self, WaiterConfig=None, **params):
                    validate_parameters(params, self.aws.meta.service_model.operation_model(self.waiter.config.operation).input_shape)
                    print(f"[dry-run] {self.region} {self.service}.get_waiter({self.name!r}).wait({arguments(params)})")


            def arguments(params):
                return ", ".join(f"{key}={value!r}" for key, value in params.items())


            def found(look_up, *missing):
                \"""What `look_up` finds, or None when it finds nothing or AWS answers with one of the error codes
                `missing`. In --dry-run nothing is found, so every creation shows.\"""
                try:
                    result = look_up()
                except ClientError as error:
                    if code(error) in missing:
                        return None
                    raise
                return None if DRY_RUN or not result else result


            def code(error):
                return error.response.get("Error", {}).get("Code", "")


            def report(message):
                \"""Says what the script did (in --dry-run: what it would do).\"""
                print(("[dry-run] would: " if DRY_RUN else "") + message, flush=True)


            def name(component, limit=63):
                \"""The name of a component's resource, '<prefix>-<component>', cut to `limit` characters with a
                short hash of the whole at the end, so names stay unique (as RegionLab's other writers cut them).\"""
                full = re.sub("-+", "-", f"{PREFIX}-{component}")
                if len(full) <= limit:
                    return full
                digest = format(zlib.crc32(full.encode()), "08x")[:6]
                return full[:limit - len(digest) - 1].rstrip("-") + "-" + digest


            def digest(value):
                \"""A short hash of a JSON value: names that change when what they name changes.\"""
                return format(zlib.crc32(json.dumps(value, sort_keys=True).encode()), "08x")[:6]


            def bucket_name(component, region):
                \"""Bucket names are global, so they carry the account id and Region: '<prefix>-<component>-<account id>-<Region>'.\"""
                return f"{name(component, BUCKET_PREFIX_MAX)}-{ACCOUNT}-{region}"


            def bucket_arn(component, region):
                return f"arn:{PARTITION}:s3:::{bucket_name(component, region)}"


            def arn(service, region, resource):
                \"""An ARN in this run's partition and account.\"""
                return f"arn:{PARTITION}:{service}:{region}:{ACCOUNT}:{resource}"


            def tags(component):
                return [{"Key": "Name", "Value": name(component, 255)}, {"Key": "regionlab:design", "Value": DESIGN},
                        {"Key": "regionlab:component", "Value": component}]


            def tagged(resource_type, component):
                return [{"ResourceType": resource_type, "Tags": tags(component)}]


            def named(component):
                \"""An EC2 filter for resources tagged with a component's name.\"""
                return [{"Name": "tag:Name", "Values": [name(component, 255)]}]


            def allow(sid, actions, resources):
                return {"Sid": sid, "Effect": "Allow", "Action": actions, "Resource": resources}


            def ensure_role(component, service_principal, description, statements, managed_policies=()):
                \"""An IAM role that `service_principal` may assume, with one inline policy of exactly `statements`.\"""
                iam = client("iam", HOME_REGION)
                role = name(component, 64)
                trust = {"Version": "2012-10-17", "Statement": [
                    {"Effect": "Allow", "Principal": {"Service": service_principal}, "Action": "sts:AssumeRole"}]}
                if found(lambda: iam.get_role(RoleName=role), "NoSuchEntity"):
                    iam.update_assume_role_policy(RoleName=role, PolicyDocument=json.dumps(trust))
                    report(f"IAM role {role}: exists, trust policy updated")
                else:
                    iam.create_role(RoleName=role, AssumeRolePolicyDocument=json.dumps(trust), Description=description[:1000], Tags=tags(component))
                    iam.get_waiter("role_exists").wait(RoleName=role)
                    report(f"IAM role {role}: created")
                for policy in managed_policies:
                    iam.attach_role_policy(RoleName=role, PolicyArn=policy)
                if statements:
                    iam.put_role_policy(RoleName=role, PolicyName=name(component, 128),
                                        PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": statements}))
                return f"arn:{PARTITION}:iam::{ACCOUNT}:role/{role}"


            def partition_of(region):
                \"""The partition of a Region, for --dry-run (a real run reads it from the caller's ARN).\"""
                if region.startswith("cn-"):
                    return "aws-cn"
                if region.startswith("us-gov-"):
                    return "aws-us-gov"
                return "aws"


            def identify():
                \"""Who runs this: the account id and partition from sts.get_caller_identity.\"""
                global ACCOUNT, PARTITION
                who = client("sts", HOME_REGION).get_caller_identity()
                if DRY_RUN:
                    ACCOUNT, PARTITION = DRY_RUN_ACCOUNT, partition_of(HOME_REGION)
                else:
                    ACCOUNT, PARTITION = who["Account"], who["Arn"].split(":")[1]
                report(f"deploying {DESIGN} as '{PREFIX}' into account {ACCOUNT} ({PARTITION})")
            """;

    /** VPCs, subnets, NAT and gateway endpoints, security groups. */
    static final String NETWORK = """


            def ensure_network(region, cidr, zones):
                \"""A Region's VPC: per zone (zone, public CIDR, private CIDR) a public subnet, which holds load
                balancers and the zone's NAT gateway, and a private subnet for everything else, routing out
                through the NAT gateway of its own zone so that losing a zone cuts no other zone off; S3 and
                DynamoDB traffic stays off NAT through gateway endpoints. Found by Name tags when it exists.\"""
                ec2 = client("ec2", region)
                vpcs = found(lambda: ec2.describe_vpcs(Filters=named("vpc"))["Vpcs"])
                if vpcs:
                    vpc = vpcs[0]["VpcId"]
                    report(f"VPC {vpc} in {region}: exists")
                else:
                    vpc = ec2.create_vpc(CidrBlock=cidr, TagSpecifications=tagged("vpc", "vpc"))["Vpc"]["VpcId"]
                    ec2.get_waiter("vpc_available").wait(VpcIds=[vpc])
                    ec2.modify_vpc_attribute(VpcId=vpc, EnableDnsHostnames={"Value": True})
                    report(f"VPC {vpc} ({cidr}) in {region}: created")
                gateways = found(lambda: ec2.describe_internet_gateways(Filters=named("igw"))["InternetGateways"])
                if gateways:
                    gateway = gateways[0]["InternetGatewayId"]
                else:
                    gateway = ec2.create_internet_gateway(TagSpecifications=tagged("internet-gateway", "igw"))["InternetGateway"]["InternetGatewayId"]
                    ec2.attach_internet_gateway(InternetGatewayId=gateway, VpcId=vpc)
                    report(f"internet gateway {gateway} in {region}: created and attached")
                public_table = ensure_route_table(region, vpc, "public", gateway=gateway)
                network = {"vpc": vpc, "cidr": cidr, "public": {}, "private": {}}
                nat_gateways = {}
                for zone, public_cidr, _ in zones:
                    network["public"][zone] = ensure_subnet(region, vpc, f"public-{zone}", zone, public_cidr, public_table)
                    nat_gateways[zone] = ensure_nat_gateway(region, f"nat-{zone}", network["public"][zone])
                ec2.get_waiter("nat_gateway_available").wait(NatGatewayIds=list(nat_gateways.values()))
                private_tables = []
                for zone, _, private_cidr in zones:
                    table = ensure_route_table(region, vpc, f"private-{zone}", nat_gateway=nat_gateways[zone])
                    network["private"][zone] = ensure_subnet(region, vpc, f"private-{zone}", zone, private_cidr, table)
                    private_tables.append(table)
                for service in ("s3", "dynamodb"):
                    endpoint = f"com.amazonaws.{region}.{service}"
                    if not found(lambda: ec2.describe_vpc_endpoints(Filters=[{"Name": "vpc-id", "Values": [vpc]},
                                                                            {"Name": "service-name", "Values": [endpoint]}])["VpcEndpoints"]):
                        ec2.create_vpc_endpoint(VpcEndpointType="Gateway", VpcId=vpc, ServiceName=endpoint, RouteTableIds=private_tables,
                                                TagSpecifications=tagged("vpc-endpoint", f"{service}-endpoint"))
                        report(f"{service} gateway endpoint in {region}: created")
                return network


            def subnets(network, kind, zones):
                \"""The ids of a network's "public" or "private" subnets in `zones`.\"""
                return [network[kind][zone] for zone in zones]


            def ensure_route_table(region, vpc, component, gateway=None, nat_gateway=None):
                \"""A route table whose default route leaves through an internet gateway or a NAT gateway.\"""
                ec2 = client("ec2", region)
                tables = found(lambda: ec2.describe_route_tables(Filters=named(component))["RouteTables"])
                if tables:
                    return tables[0]["RouteTableId"]
                table = ec2.create_route_table(VpcId=vpc, TagSpecifications=tagged("route-table", component))["RouteTable"]["RouteTableId"]
                if gateway:
                    ec2.create_route(RouteTableId=table, DestinationCidrBlock="0.0.0.0/0", GatewayId=gateway)
                else:
                    ec2.create_route(RouteTableId=table, DestinationCidrBlock="0.0.0.0/0", NatGatewayId=nat_gateway)
                report(f"route table {component} in {region}: created")
                return table


            def ensure_subnet(region, vpc, component, zone, cidr, table):
                ec2 = client("ec2", region)
                subnets = found(lambda: ec2.describe_subnets(Filters=named(component))["Subnets"])
                if subnets:
                    return subnets[0]["SubnetId"]
                subnet = ec2.create_subnet(VpcId=vpc, CidrBlock=cidr, AvailabilityZone=zone, TagSpecifications=tagged("subnet", component))["Subnet"]["SubnetId"]
                ec2.associate_route_table(RouteTableId=table, SubnetId=subnet)
                report(f"subnet {component} ({cidr}): created")
                return subnet


            def ensure_nat_gateway(region, component, subnet):
                ec2 = client("ec2", region)
                gateways = found(lambda: ec2.describe_nat_gateways(Filter=named(component) + [{"Name": "state", "Values": ["pending", "available"]}])["NatGateways"])
                if gateways:
                    return gateways[0]["NatGatewayId"]
                address = ec2.allocate_address(Domain="vpc", TagSpecifications=tagged("elastic-ip", component))["AllocationId"]
                gateway = ec2.create_nat_gateway(SubnetId=subnet, AllocationId=address, ConnectivityType="public",
                                                 TagSpecifications=tagged("natgateway", component))["NatGateway"]["NatGatewayId"]
                report(f"NAT gateway {component} in {region}: created")
                return gateway


            def ensure_security_group(region, vpc, component, description):
                \"""A component's security group; its inbound rules come from allow_ingress, along the design's links.\"""
                ec2 = client("ec2", region)
                group_name = name(component, 255)
                groups = found(lambda: ec2.describe_security_groups(Filters=[{"Name": "vpc-id", "Values": [vpc]},
                                                                            {"Name": "group-name", "Values": [group_name]}])["SecurityGroups"])
                if groups:
                    return groups[0]["GroupId"]
                group = ec2.create_security_group(GroupName=group_name, Description=description, VpcId=vpc,
                                                  TagSpecifications=tagged("security-group", component))["GroupId"]
                report(f"security group {group_name} in {region}: created")
                return group


            def allow_ingress(region, group, port, description, cidr=None, source_group=None):
                \"""Opens `port` of `group` to a CIDR range or to another security group; an existing rule is kept.\"""
                permission = {"IpProtocol": "tcp", "FromPort": port, "ToPort": port}
                if cidr:
                    permission["IpRanges"] = [{"CidrIp": cidr, "Description": description}]
                else:
                    permission["UserIdGroupPairs"] = [{"GroupId": source_group, "Description": description}]
                try:
                    client("ec2", region).authorize_security_group_ingress(GroupId=group, IpPermissions=[permission])
                except ClientError as error:
                    if code(error) != "InvalidPermission.Duplicate":
                        raise
            """;

    /** S3 buckets, their policies and replication. */
    static final String BUCKETS = """


            def ensure_bucket(region, component, versioning):
                \"""A private, encrypted S3 bucket that refuses plain HTTP; versioned when asked, which replication
                needs on both sides (so versioning is switched on before any replication is configured).\"""
                s3 = client("s3", region)
                bucket = bucket_name(component, region)
                if found(lambda: s3.head_bucket(Bucket=bucket, ExpectedBucketOwner=ACCOUNT), "404", "NoSuchBucket", "NotFound"):
                    report(f"bucket {bucket}: exists")
                else:
                    try:
                        if region == "us-east-1":
                            # us-east-1 is S3's default location and refuses to be named as a LocationConstraint.
                            s3.create_bucket(Bucket=bucket, ObjectOwnership="BucketOwnerEnforced")
                        else:
                            s3.create_bucket(Bucket=bucket, ObjectOwnership="BucketOwnerEnforced",
                                             CreateBucketConfiguration={"LocationConstraint": region})
                    except ClientError as error:
                        if code(error) != "BucketAlreadyOwnedByYou":
                            raise
                    s3.get_waiter("bucket_exists").wait(Bucket=bucket, ExpectedBucketOwner=ACCOUNT)
                    report(f"bucket {bucket}: created")
                s3.put_public_access_block(Bucket=bucket, ExpectedBucketOwner=ACCOUNT, PublicAccessBlockConfiguration={
                    "BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
                s3.put_bucket_encryption(Bucket=bucket, ExpectedBucketOwner=ACCOUNT, ServerSideEncryptionConfiguration={
                    "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]})
                if versioning:
                    s3.put_bucket_versioning(Bucket=bucket, ExpectedBucketOwner=ACCOUNT, VersioningConfiguration={"Status": "Enabled"})
                put_bucket_policy(region, component, [])
                return bucket


            def put_bucket_policy(region, component, distributions):
                \"""The bucket's policy: no request without TLS; reads by the named CloudFront distributions, if any.\"""
                bucket = bucket_arn(component, region)
                statements = [{"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
                               "Resource": [bucket, f"{bucket}/*"], "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]
                if distributions:
                    statements.append({"Sid": "AllowCloudFrontRead", "Effect": "Allow", "Principal": {"Service": "cloudfront.amazonaws.com"},
                                       "Action": "s3:GetObject", "Resource": f"{bucket}/*",
                                       "Condition": {"StringEquals": {"AWS:SourceArn": distributions}}})
                client("s3", region).put_bucket_policy(Bucket=bucket_name(component, region), ExpectedBucketOwner=ACCOUNT,
                                                       Policy=json.dumps({"Version": "2012-10-17", "Statement": statements}))


            def replicate_bucket(region, component, destinations):
                \"""Replicates a bucket to (component, Region) destinations, deletes included, through a role that
                may read exactly this bucket and write exactly those. Both sides must be versioned already.\"""
                source = bucket_arn(component, region)
                targets = [bucket_arn(target, target_region) for target, target_region in destinations]
                role = ensure_role(f"{component}-replication", "s3.amazonaws.com", f"S3 replication from {component}", [
                    allow("ReadReplicationConfiguration", ["s3:GetReplicationConfiguration", "s3:ListBucket"], [source]),
                    allow("ReadSourceVersions", ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"],
                          [f"{source}/*"]),
                    allow("WriteReplicas", ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"], [f"{t}/*" for t in targets]),
                ])
                rules = [{"ID": f"to-{target}", "Priority": i + 1, "Status": "Enabled", "Filter": {"Prefix": ""},
                          "DeleteMarkerReplication": {"Status": "Enabled"}, "Destination": {"Bucket": arn_}}
                         for i, ((target, _), arn_) in enumerate(zip(destinations, targets))]
                client("s3", region).put_bucket_replication(Bucket=bucket_name(component, region), ExpectedBucketOwner=ACCOUNT,
                                                            ReplicationConfiguration={"Role": role, "Rules": rules})
                report(f"bucket {bucket_name(component, region)}: replicates to {', '.join(t for t, _ in destinations)}")
            """;

    /** DynamoDB tables and global tables. */
    static final String TABLES = """


            def ensure_table(region, component, partition_key, sort_key, billing_mode, point_in_time_recovery, global_table):
                \"""A DynamoDB table with string keys; a global table's first replica, with streams on, when it is replicated.\"""
                dynamodb = client("dynamodb", region)
                table = name(component, 255)
                if found(lambda: dynamodb.describe_table(TableName=table), "ResourceNotFoundException"):
                    report(f"table {table} in {region}: exists")
                else:
                    keys = [{"AttributeName": partition_key, "KeyType": "HASH"}]
                    if sort_key:
                        keys.append({"AttributeName": sort_key, "KeyType": "RANGE"})
                    attributes = [{"AttributeName": key["AttributeName"], "AttributeType": "S"} for key in keys]
                    optional = {}
                    if billing_mode == "PROVISIONED":
                        optional["ProvisionedThroughput"] = {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}
                    if global_table:
                        # A global table's replicas are fed from its stream of new and old item images.
                        optional["StreamSpecification"] = {"StreamEnabled": True, "StreamViewType": "NEW_AND_OLD_IMAGES"}
                    dynamodb.create_table(TableName=table, KeySchema=keys, AttributeDefinitions=attributes, BillingMode=billing_mode,
                                          Tags=tags(component), **optional)
                    report(f"table {table} in {region}: created")
                dynamodb.get_waiter("table_exists").wait(TableName=table)
                dynamodb.update_continuous_backups(TableName=table, PointInTimeRecoverySpecification={
                    "PointInTimeRecoveryEnabled": point_in_time_recovery})


            def add_table_replicas(region, component, replicas):
                \"""Makes a table global (version 2019.11.21): one UpdateTable per (Region, point-in-time recovery)
                replica, since a table takes no new update while it is UPDATING; then recovery in each replica.\"""
                dynamodb = client("dynamodb", region)
                table = name(component, 255)
                present = {replica["RegionName"] for replica in dynamodb.describe_table(TableName=table)["Table"].get("Replicas", [])}
                for replica_region, point_in_time_recovery in replicas:
                    if replica_region in present:
                        report(f"table {table}: replica in {replica_region} exists")
                    else:
                        dynamodb.update_table(TableName=table, ReplicaUpdates=[{"Create": {"RegionName": replica_region}}])
                        dynamodb.get_waiter("table_exists").wait(TableName=table)
                        wait_for_replicas(region, table)
                        report(f"table {table}: replica in {replica_region} created")
                    replica = client("dynamodb", replica_region)
                    replica.get_waiter("table_exists").wait(TableName=table)
                    replica.update_continuous_backups(TableName=table, PointInTimeRecoverySpecification={
                        "PointInTimeRecoveryEnabled": point_in_time_recovery})


            def wait_for_replicas(region, table, attempts=90):
                \"""Until the table and every replica of it are ACTIVE (boto3 has no waiter for replicas).\"""
                dynamodb = client("dynamodb", region)
                for _ in range(attempts):
                    described = dynamodb.describe_table(TableName=table)["Table"]
                    if DRY_RUN or (described.get("TableStatus") == "ACTIVE"
                                   and all(r.get("ReplicaStatus") == "ACTIVE" for r in described.get("Replicas", []))):
                        return
                    time.sleep(20)
                raise SystemExit(f"table {table}: replicas not ACTIVE after {attempts * 20} s")
            """;

    /** RDS instances and read replicas. */
    static final String DATABASES = """


            def ensure_db_subnet_group(region, component, subnets):
                rds = client("rds", region)
                group = name(component, 255)
                try:
                    rds.create_db_subnet_group(DBSubnetGroupName=group, DBSubnetGroupDescription=f"{component}: private subnets of {region}",
                                               SubnetIds=subnets, Tags=tags(component))
                    report(f"DB subnet group {group} in {region}: created")
                except ClientError as error:
                    if code(error) != "DBSubnetGroupAlreadyExists":
                        raise
                return group


            def create_database(region, component, engine, instance_class, allocated_storage, multi_az, backup_retention_days,
                                deletion_protection, subnets, security_group):
                \"""Starts an RDS instance whose master password RDS generates and keeps in Secrets Manager.
                Returns the ARN of that secret.\"""
                rds = client("rds", region)
                database = name(component)
                group = ensure_db_subnet_group(region, component, subnets)
                existing = found(lambda: rds.describe_db_instances(DBInstanceIdentifier=database)["DBInstances"], "DBInstanceNotFound")
                if existing:
                    report(f"database {database} in {region}: exists")
                    return secret_of(existing[0])
                created = rds.create_db_instance(
                    DBInstanceIdentifier=database, Engine=engine, DBInstanceClass=instance_class, AllocatedStorage=allocated_storage,
                    StorageType="gp3", StorageEncrypted=True, MultiAZ=multi_az, BackupRetentionPeriod=backup_retention_days,
                    DeletionProtection=deletion_protection, MasterUsername="dbadmin", ManageMasterUserPassword=True,
                    DBSubnetGroupName=group, VpcSecurityGroupIds=[security_group], PubliclyAccessible=False, CopyTagsToSnapshot=True,
                    Tags=tags(component))["DBInstance"]
                report(f"database {database} in {region}: creating")
                return secret_of(created)


            def secret_of(instance):
                secret = instance.get("MasterUserSecret", {}).get("SecretArn")
                if not secret:
                    raise SystemExit(f"database {instance['DBInstanceIdentifier']} keeps no master user secret in Secrets Manager: "
                                     "turn on ManageMasterUserPassword for it, or deploy under another --name-prefix.")
                return secret


            def create_read_replica(region, component, source, source_region, instance_class, multi_az, deletion_protection,
                                    subnets, security_group):
                \"""Starts a read replica of database `source`. Across Regions boto3 signs the source's request
                itself from SourceRegion, and the replica is encrypted with this Region's AWS managed key.\"""
                rds = client("rds", region)
                database = name(component)
                group = ensure_db_subnet_group(region, component, subnets)
                if found(lambda: rds.describe_db_instances(DBInstanceIdentifier=database)["DBInstances"], "DBInstanceNotFound"):
                    report(f"read replica {database} in {region}: exists")
                    return
                if source_region == region:
                    rds.create_db_instance_read_replica(
                        DBInstanceIdentifier=database, SourceDBInstanceIdentifier=name(source), DBInstanceClass=instance_class,
                        MultiAZ=multi_az, DeletionProtection=deletion_protection, DBSubnetGroupName=group,
                        VpcSecurityGroupIds=[security_group], PubliclyAccessible=False, CopyTagsToSnapshot=True, Tags=tags(component))
                else:
                    rds.create_db_instance_read_replica(
                        DBInstanceIdentifier=database, SourceDBInstanceIdentifier=arn("rds", source_region, f"db:{name(source)}"),
                        SourceRegion=source_region, KmsKeyId="alias/aws/rds", DBInstanceClass=instance_class,
                        MultiAZ=multi_az, DeletionProtection=deletion_protection, DBSubnetGroupName=group,
                        VpcSecurityGroupIds=[security_group], PubliclyAccessible=False, CopyTagsToSnapshot=True, Tags=tags(component))
                report(f"read replica {database} of {name(source)} in {region}: creating")


            def wait_for_database(region, component):
                client("rds", region).get_waiter("db_instance_available").wait(
                    DBInstanceIdentifier=name(component), WaiterConfig={"Delay": 30, "MaxAttempts": 120})
                report(f"database {name(component)} in {region}: available")
            """;

    /** ElastiCache replication groups. */
    static final String CACHES = """


            def create_cache(region, component, engine, node_type, nodes, failover, zones, subnets, security_group, port):
                \"""Starts an ElastiCache replication group: a primary and replicas spread over `zones`, encrypted
                at rest and in transit, failing over automatically when it has a replica to promote.\"""
                elasticache = client("elasticache", region)
                group = name(component, 255)
                try:
                    elasticache.create_cache_subnet_group(CacheSubnetGroupName=group, CacheSubnetGroupDescription=f"{component}: private subnets of its zones",
                                                          SubnetIds=subnets, Tags=tags(component))
                except ClientError as error:
                    if code(error) != "CacheSubnetGroupAlreadyExists":
                        raise
                replication_group = name(component, 40)
                if found(lambda: elasticache.describe_replication_groups(ReplicationGroupId=replication_group)["ReplicationGroups"],
                         "ReplicationGroupNotFoundFault"):
                    report(f"cache {replication_group} in {region}: exists")
                    return
                elasticache.create_replication_group(
                    ReplicationGroupId=replication_group, ReplicationGroupDescription=f"{component} ({DESIGN})", Engine=engine,
                    CacheNodeType=node_type, NumCacheClusters=nodes, AutomaticFailoverEnabled=failover, MultiAZEnabled=failover,
                    PreferredCacheClusterAZs=[zones[i % len(zones)] for i in range(nodes)], CacheSubnetGroupName=group,
                    SecurityGroupIds=[security_group], Port=port, AtRestEncryptionEnabled=True, TransitEncryptionEnabled=True,
                    Tags=tags(component))
                report(f"cache {replication_group} in {region}: creating")


            def wait_for_cache(region, component):
                client("elasticache", region).get_waiter("replication_group_available").wait(
                    ReplicationGroupId=name(component, 40), WaiterConfig={"Delay": 30, "MaxAttempts": 80})
                report(f"cache {name(component, 40)} in {region}: available")
            """;

    /** SageMaker endpoints and notebooks. */
    static final String SAGEMAKER = """


            def model_bucket_arn(model_data):
                \"""The ARN of the objects of the bucket an s3:// model URL points into.\"""
                return f"arn:{PARTITION}:s3:::{model_data[len('s3://'):].split('/')[0]}/*"


            def sagemaker_statements(region, pulls_images=True):
                \"""What SageMaker needs to run a container: pull its image from ECR (any account's, so AWS's own
                framework images work too), write its logs and publish its metrics.\"""
                pulls = [
                    allow("PullImageToken", ["ecr:GetAuthorizationToken"], ["*"]),
                    allow("PullImage", ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
                          [f"arn:{PARTITION}:ecr:{region}:*:repository/*"]),
                ]
                return (pulls if pulls_images else []) + [
                    allow("WriteLogs", ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"],
                          [arn("logs", region, "log-group:/aws/sagemaker/*")]),
                    allow("PublishMetrics", ["cloudwatch:PutMetricData"], ["*"]),
                ]


            def create_endpoint(region, component, instance_type, instance_count, image, model_data, statements):
                \"""Starts a SageMaker real-time endpoint: an execution role scoped to this model, the model, an
                endpoint configuration, the endpoint. Models and configurations cannot change, so their names end
                in a hash of what they hold: a changed image, model or capacity makes new ones, and the endpoint
                is updated to them.\"""
                role = ensure_role(f"{component}-sagemaker", "sagemaker.amazonaws.com", f"SageMaker execution role of {component}", statements)
                sagemaker = client("sagemaker", region)
                container = {"Image": image, "ModelDataUrl": model_data}
                version = name(f"{component}-{digest([role, container, instance_type, instance_count])}")
                if not found(lambda: sagemaker.describe_model(ModelName=version), "ValidationException"):
                    until_role_is_usable(lambda: sagemaker.create_model(ModelName=version, ExecutionRoleArn=role, PrimaryContainer=container,
                                                                        Tags=tags(component)))
                    report(f"model {version} in {region}: created")
                if not found(lambda: sagemaker.describe_endpoint_config(EndpointConfigName=version), "ValidationException"):
                    sagemaker.create_endpoint_config(EndpointConfigName=version, ProductionVariants=[{
                        "VariantName": "AllTraffic", "ModelName": version, "InstanceType": instance_type,
                        "InitialInstanceCount": instance_count, "InitialVariantWeight": 1.0}], Tags=tags(component))
                    report(f"endpoint configuration {version} in {region}: created")
                endpoint = name(component)
                current = found(lambda: sagemaker.describe_endpoint(EndpointName=endpoint), "ValidationException")
                if not current:
                    sagemaker.create_endpoint(EndpointName=endpoint, EndpointConfigName=version, Tags=tags(component))
                    report(f"endpoint {endpoint} in {region}: creating")
                elif current["EndpointConfigName"] != version:
                    sagemaker.update_endpoint(EndpointName=endpoint, EndpointConfigName=version)
                    report(f"endpoint {endpoint} in {region}: updating to {version}")
                else:
                    report(f"endpoint {endpoint} in {region}: exists")


            def until_role_is_usable(call, attempts=12):
                \"""Runs `call`, retrying for two minutes while a new IAM role is not yet visible to the service.\"""
                for attempt in range(attempts):
                    try:
                        return call()
                    except ClientError as error:
                        if attempt + 1 == attempts or code(error) != "ValidationException" or "assume" not in str(error).lower():
                            raise
                        time.sleep(10)


            def wait_for_endpoint(region, component):
                client("sagemaker", region).get_waiter("endpoint_in_service").wait(EndpointName=name(component))
                report(f"endpoint {name(component)} in {region}: in service")


            def create_notebook(region, component, instance_type, subnet, security_group, statements):
                \"""A SageMaker notebook instance in a private subnet: no direct internet access, no root, IMDSv2 only.\"""
                role = ensure_role(f"{component}-notebook", "sagemaker.amazonaws.com", f"Notebook {component}: only what its links need", statements)
                sagemaker = client("sagemaker", region)
                notebook = name(component)
                if found(lambda: sagemaker.describe_notebook_instance(NotebookInstanceName=notebook), "ValidationException"):
                    report(f"notebook {notebook} in {region}: exists")
                    return
                until_role_is_usable(lambda: sagemaker.create_notebook_instance(
                    NotebookInstanceName=notebook, InstanceType=instance_type, RoleArn=role, SubnetId=subnet, SecurityGroupIds=[security_group],
                    DirectInternetAccess="Disabled", RootAccess="Disabled",
                    InstanceMetadataServiceConfiguration={"MinimumInstanceMetadataServiceVersion": "2"}, Tags=tags(component)))
                report(f"notebook {notebook} in {region}: creating")
            """;

    /** Application Load Balancers. */
    static final String LOAD_BALANCERS = """


            def ensure_load_balancer(region, component, scheme, subnets, security_group, vpc, port, health_check_path, certificate):
                \"""An Application Load Balancer forwarding to a target group of instances on port 80; HTTPS with
                the given ACM certificate when it listens on 443. Returns its ARNs, DNS name and hosted zone.\"""
                elbv2 = client("elbv2", region)
                balancer = name(component, 32)
                existing = found(lambda: elbv2.describe_load_balancers(Names=[balancer])["LoadBalancers"], "LoadBalancerNotFound")
                if existing:
                    lb = existing[0]
                    report(f"load balancer {balancer} in {region}: exists")
                else:
                    lb = elbv2.create_load_balancer(Name=balancer, Subnets=subnets, SecurityGroups=[security_group], Scheme=scheme,
                                                    Type="application", IpAddressType="ipv4", Tags=tags(component))["LoadBalancers"][0]
                    report(f"load balancer {balancer} in {region}: created")
                elbv2.modify_load_balancer_attributes(LoadBalancerArn=lb["LoadBalancerArn"], Attributes=[
                    {"Key": "routing.http.drop_invalid_header_fields.enabled", "Value": "true"}])
                targets = name(f"{component}-targets", 32)
                groups = found(lambda: elbv2.describe_target_groups(Names=[targets])["TargetGroups"], "TargetGroupNotFound")
                if not groups:
                    groups = elbv2.create_target_group(Name=targets, Protocol="HTTP", Port=80, VpcId=vpc, TargetType="instance",
                                                       HealthCheckProtocol="HTTP", HealthCheckPath=health_check_path,
                                                       Tags=tags(component))["TargetGroups"]
                target_group = groups[0]["TargetGroupArn"]
                listeners = elbv2.describe_listeners(LoadBalancerArn=lb["LoadBalancerArn"])["Listeners"]
                if not any(listener["Port"] == port for listener in listeners):
                    forward = [{"Type": "forward", "TargetGroupArn": target_group}]
                    if port == 443:
                        elbv2.create_listener(LoadBalancerArn=lb["LoadBalancerArn"], Protocol="HTTPS", Port=port, DefaultActions=forward,
                                              Certificates=[{"CertificateArn": certificate}], SslPolicy="ELBSecurityPolicy-TLS13-1-2-2021-06")
                    else:
                        elbv2.create_listener(LoadBalancerArn=lb["LoadBalancerArn"], Protocol="HTTP", Port=port, DefaultActions=forward)
                    report(f"load balancer {balancer}: listener on {port} created")
                return {"arn": lb["LoadBalancerArn"], "dns": lb["DNSName"], "zone": lb["CanonicalHostedZoneId"], "target_group": target_group}
            """;

    /** Instance profiles, launch templates, Auto Scaling groups. */
    static final String INSTANCES = """


            def ensure_instance_profile(component, statements):
                \"""The instance profile of a group's instances: Systems Manager access (no SSH), plus exactly
                what the design's links from the group need.\"""
                role = ensure_role(f"{component}-instances", "ec2.amazonaws.com", f"Instances of {component}: only what its links need",
                                   statements, [f"arn:{PARTITION}:iam::aws:policy/AmazonSSMManagedInstanceCore"])
                iam = client("iam", HOME_REGION)
                profile = name(f"{component}-instances", 64)
                if not found(lambda: iam.get_instance_profile(InstanceProfileName=profile), "NoSuchEntity"):
                    iam.create_instance_profile(InstanceProfileName=profile, Tags=tags(component))
                    iam.add_role_to_instance_profile(InstanceProfileName=profile, RoleName=role.rsplit("/", 1)[1])
                    iam.get_waiter("instance_profile_exists").wait(InstanceProfileName=profile)
                    report(f"instance profile {profile}: created")
                return f"arn:{PARTITION}:iam::{ACCOUNT}:instance-profile/{profile}"


            def ensure_launch_template(region, component, instance_type, image_parameter, profile, security_group):
                \"""A launch template (never a launch configuration, which new accounts cannot create) with the
                latest AMI named by a public SSM parameter and IMDSv2 required. A new AMI or instance type adds a
                version, which the group's next instances use.\"""
                image = client("ssm", region).get_parameter(Name=image_parameter)["Parameter"]["Value"]
                ec2 = client("ec2", region)
                template_name = name(component, 128)
                data = {"ImageId": image, "InstanceType": instance_type, "IamInstanceProfile": {"Arn": profile},
                        "SecurityGroupIds": [security_group], "MetadataOptions": {"HttpTokens": "required", "HttpEndpoint": "enabled"},
                        "TagSpecifications": tagged("instance", component)}
                templates = found(lambda: ec2.describe_launch_templates(Filters=[{"Name": "launch-template-name", "Values": [template_name]}])["LaunchTemplates"])
                if not templates:
                    template = ec2.create_launch_template(LaunchTemplateName=template_name, LaunchTemplateData=data,
                                                          TagSpecifications=tagged("launch-template", component))["LaunchTemplate"]["LaunchTemplateId"]
                    report(f"launch template {template_name} in {region}: created with {image}")
                    return template
                template = templates[0]["LaunchTemplateId"]
                latest = ec2.describe_launch_template_versions(LaunchTemplateId=template, Versions=["$Latest"])["LaunchTemplateVersions"][0]
                if (latest["LaunchTemplateData"].get("ImageId"), latest["LaunchTemplateData"].get("InstanceType")) != (image, instance_type):
                    ec2.create_launch_template_version(LaunchTemplateId=template, LaunchTemplateData=data)
                    report(f"launch template {template_name} in {region}: new version with {image}")
                return template


            def ensure_auto_scaling_group(region, component, template, subnets, min_size, max_size, desired_capacity,
                                          health_check_type, target_groups):
                \"""An Auto Scaling group over the subnets of its zones, launching the template's latest version.\"""
                autoscaling = client("autoscaling", region)
                group = name(component, 255)
                launch = {"LaunchTemplateId": template, "Version": "$Latest"}
                if found(lambda: autoscaling.describe_auto_scaling_groups(AutoScalingGroupNames=[group])["AutoScalingGroups"]):
                    # The desired capacity is left to scaling; the bounds, health check and template follow the design.
                    autoscaling.update_auto_scaling_group(AutoScalingGroupName=group, LaunchTemplate=launch, MinSize=min_size, MaxSize=max_size,
                                                          VPCZoneIdentifier=",".join(subnets), HealthCheckType=health_check_type,
                                                          HealthCheckGracePeriod=300)
                    report(f"Auto Scaling group {group} in {region}: exists, updated")
                    return
                autoscaling.create_auto_scaling_group(
                    AutoScalingGroupName=group, LaunchTemplate=launch, MinSize=min_size, MaxSize=max_size,
                    DesiredCapacity=desired_capacity, VPCZoneIdentifier=",".join(subnets), HealthCheckType=health_check_type,
                    HealthCheckGracePeriod=300, TargetGroupARNs=target_groups,
                    Tags=[{"Key": tag["Key"], "Value": tag["Value"], "PropagateAtLaunch": False} for tag in tags(component)])
                report(f"Auto Scaling group {group} in {region}: created ({min_size}-{max_size}, {desired_capacity} wanted)")
            """;

    /** CloudFront distributions. */
    static final String CDN = """


            def ensure_origin_access_control(component):
                \"""Signs CloudFront's requests to its S3 origins, so the buckets stay private.\"""
                cloudfront = client("cloudfront", GLOBAL_REGION)
                control = name(component, 64)
                listed = cloudfront.list_origin_access_controls()["OriginAccessControlList"].get("Items", [])
                for item in listed:
                    if item["Name"] == control:
                        return item["Id"]
                created = cloudfront.create_origin_access_control(OriginAccessControlConfig={
                    "Name": control, "Description": f"Signed requests from {component} to its S3 origins",
                    "OriginAccessControlOriginType": "s3", "SigningBehavior": "always", "SigningProtocol": "sigv4"})
                report(f"origin access control {control}: created")
                return created["OriginAccessControl"]["Id"]


            def ensure_distribution(component, config):
                \"""A CloudFront distribution, found by its comment when it exists. Its caller reference is fixed,
                so a retried creation cannot make a second one.\"""
                cloudfront = client("cloudfront", GLOBAL_REGION)
                comment = f"{PREFIX}: {component}"
                config = dict(config, Comment=comment, CallerReference=name(component, 128))
                distribution = find_distribution(comment)
                if distribution:
                    report(f"CloudFront distribution {distribution['Id']} ({component}): exists")
                else:
                    distribution = cloudfront.create_distribution(DistributionConfig=config)["Distribution"]
                    report(f"CloudFront distribution {distribution['Id']} ({component}): created")
                return {"id": distribution["Id"], "domain": distribution["DomainName"],
                        "arn": f"arn:{PARTITION}:cloudfront::{ACCOUNT}:distribution/{distribution['Id']}"}


            def find_distribution(comment):
                cloudfront = client("cloudfront", GLOBAL_REGION)
                marker = ""
                while True:
                    page = (cloudfront.list_distributions(Marker=marker) if marker else cloudfront.list_distributions())["DistributionList"]
                    for item in page.get("Items", []):
                        if item["Comment"] == comment:
                            return item
                    if not page.get("IsTruncated"):
                        return None
                    marker = page["NextMarker"]
            """;

    /** Route 53 health checks and records. */
    static final String DNS = """


            def hosted_zone(domain):
                \"""The public hosted zone that holds `domain`: the zone of the longest name that ends it.\"""
                route53 = client("route53", GLOBAL_REGION)
                labels = domain.split(".")
                for i in range(len(labels) - 1):
                    candidate = ".".join(labels[i:]) + "."
                    zones = route53.list_hosted_zones_by_name(DNSName=candidate, MaxItems="10")["HostedZones"]
                    for zone in zones:
                        if zone["Name"] == candidate and not zone.get("Config", {}).get("PrivateZone"):
                            return zone["Id"].split("/")[-1]
                if DRY_RUN:
                    return f"<hosted zone of {domain}>"
                raise SystemExit(f"No public Route 53 hosted zone holds {domain}: create one (or delegate the domain) first.")


            def ensure_health_check(component, target, domain_name, port, path):
                \"""A Route 53 health check of a load balancer. The caller reference holds a hash of the settings:
                Route 53 returns the existing check for the same reference and settings, so nothing is made twice.\"""
                route53 = client("route53", GLOBAL_REGION)
                config = {"Type": "HTTPS" if port == 443 else "HTTP", "FullyQualifiedDomainName": domain_name, "Port": port,
                          "ResourcePath": path, "RequestInterval": 30, "FailureThreshold": 3}
                check = route53.create_health_check(CallerReference=name(f"{component}-{target}-{digest(config)}", 64),
                                                    HealthCheckConfig=config)["HealthCheck"]["Id"]
                route53.change_tags_for_resource(ResourceType="healthcheck", ResourceId=check,
                                                 AddTags=[{"Key": "Name", "Value": f"{name(component)} to {target}"}])
                report(f"health check {check}: {component} to {target}")
                return check


            def upsert_records(zone, comment, records):
                \"""Creates or updates a set of records in one change batch, so routed records change together.\"""
                route53 = client("route53", GLOBAL_REGION)
                change = route53.change_resource_record_sets(HostedZoneId=zone, ChangeBatch={
                    "Comment": comment, "Changes": [{"Action": "UPSERT", "ResourceRecordSet": record} for record in records]})["ChangeInfo"]["Id"]
                route53.get_waiter("resource_record_sets_changed").wait(Id=change)
                report(f"records {', '.join(sorted({r['Name'] for r in records}))}: upserted ({comment})")
            """;

    /** The command line, up to the design's own inputs. */
    static final String CLI = """


            def matching(pattern, expected):
                \"""An argparse type that takes the values `pattern` matches in full.\"""
                def check(value):
                    if not re.fullmatch(pattern, value):
                        raise argparse.ArgumentTypeError(f"expected {expected}, got {value!r}")
                    return value
                return check


            def parse_args(argv):
                parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
                parser.add_argument("--dry-run", action="store_true",
                                    help="print every call with its parameters and make none; needs no credentials")
                parser.add_argument("--name-prefix", default=DEFAULT_PREFIX, metavar="PREFIX",
                                    type=matching("[a-z][a-z0-9-]{0,38}[a-z0-9]", "2 to 40 lower-case letters, digits or hyphens"),
                                    help="start of every name the script gives (default: %(default)s)")
            """;

    /** The command line, after the design's own inputs. */
    static final String CLI_END = """
                args = parser.parse_args(argv)
                missing = [flag for flag in INPUTS if getattr(args, flag[2:].replace("-", "_")) is None]
                if missing and not args.dry_run:
                    parser.error("these arguments are required (except with --dry-run): " + " ".join(missing))
                for flag in missing:
                    # Seen only in --dry-run's output: nothing is sent.
                    setattr(args, flag[2:].replace("-", "_"), f"<{flag[2:]}>")
                return args
            """;

    /** The entry point. */
    static final String MAIN = """


            def main(argv=None):
                global DRY_RUN, PREFIX
                args = parse_args(argv)
                DRY_RUN, PREFIX = args.dry_run, args.name_prefix
                try:
                    deploy(args)
                except (BotoCoreError, ClientError) as error:
                    raise SystemExit(f"Stopped: {error}") from error
                report("done")


            if __name__ == "__main__":
                main()
            """;
}

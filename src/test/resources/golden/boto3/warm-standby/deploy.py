#!/usr/bin/env python3
r"""Deploys the RegionLab design "warm-standby" with boto3, the AWS SDK for Python.

Warm standby inside the EU, so no data leaves the jurisdiction: eu-west-1 serves, and eu-central-1
runs the whole stack scaled down, with two instances in its Auto Scaling group, a SageMaker endpoint
of two instances instead of four, a MySQL cross-Region read replica and a replica of the versioned
model bucket. A failover record with health checks moves traffic to eu-central-1 as soon as
eu-west-1 fails, where the standby answers at once, takes writes as soon as the read replica is
promoted and scales out under the load, so recovery takes minutes rather than the tens of minutes of
a pilot light. The price is a second stack that runs all the time, and a standby that must be kept
on the same model and schema version as the primary.

Regions: eu-west-1 (primary), eu-central-1 (secondary).

Run it:
    python3 deploy.py --dry-run
        prints every call with its parameters and sends none: needs no credentials, no network
    python3 deploy.py [--name-prefix PREFIX] --euw1-recommender-image URI \
        --euw1-recommender-model-key KEY --euc1-recommender-image URI \
        --euc1-recommender-model-key KEY --euw1-alb-certificate-arn ARN \
        --euc1-alb-certificate-arn ARN

It needs Python 3.8 or later and boto3 1.34 or later.

It runs as whoever boto3's default credential chain finds (environment, profile, SSO, instance role)
and reads the account id and partition from sts.get_caller_identity(): no account id is written
here. Every name starts with the prefix (default "warm-standby"); bucket names end in the account id
and the Region. Each step looks for what it makes before making it, or handles AWS's 'already
exists', so the script can run again after a failure or a change; it prints what it did.

Networking: the script makes each Region's network itself, as the CloudFormation export does: a VPC,
per zone of the design a public and a private subnet, a NAT gateway per zone (so losing a zone cuts
no other zone off), and gateway endpoints for S3 and DynamoDB. Load balancers and NAT gateways sit
in the public subnets, everything else in the private ones. Networks are found again by their Name
tags.

Notes:
- Databases: RDS generates each master password and keeps it in Secrets Manager
  (ManageMasterUserPassword); no password appears here. Read replicas take engine, storage and
  credentials from their source.
- euc1-api-asg reads the master password of euc1-catalog-replica from the secret of its source
  euw1-catalog-db, in eu-west-1: a read replica has its source's credentials, and RDS keeps them
  there.
- Record recommendations.example.com (recs-dns): alias records take the TTL of their target, so the
  design's TTL of 60 s does not apply.

Written by RegionLab's boto3 writer: change the design and write it again rather than editing this file.
"""
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

DESIGN = "warm-standby"
DEFAULT_PREFIX = "warm-standby"
# STS and IAM are called in the design's primary Region; IAM is global within its partition.
HOME_REGION = "eu-west-1"
GLOBAL_REGION = "us-east-1"
# Bucket names are '<prefix>-<component>' cut to this length, then '-<account id>-<Region>' (63 in all).
BUCKET_PREFIX_MAX = 34

# Set once by main(): what this run was asked to do and whom it runs as.
DRY_RUN = False
PREFIX = DEFAULT_PREFIX
ACCOUNT = None
PARTITION = None

# The account id printed in --dry-run, which asks AWS nothing, not even who is calling.
DRY_RUN_ACCOUNT = "<account>"


@functools.lru_cache(maxsize=None)
def client(service, region):
    """The boto3 client of a service in a Region, made once.

    With --dry-run the client sends nothing and needs no credentials: botocore still checks each
    call against the service's API, then the call is printed and answered with a stand-in response.
    """
    if DRY_RUN:
        return dry_run(boto3.client(service, region_name=region, config=Config(signature_version=UNSIGNED)), service, region)
    return boto3.client(service, region_name=region)


def dry_run(aws, service, region):
    """Makes a client print its calls and answer them itself instead of calling AWS."""
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
    """A response shaped like AWS's for --dry-run: strings '<Operation.Field>', numbers 0; a created
    resource's lists hold one stand-in item, a look-up's lists are empty; no paging tokens."""
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
    """In --dry-run, a waiter checks its parameters and prints the wait instead of polling AWS."""

    def __init__(self, aws, waiter, name, service, region):
        self.aws, self.waiter, self.name, self.service, self.region = aws, waiter, name, service, region

    def wait(self, WaiterConfig=None, **params):
        validate_parameters(params, self.aws.meta.service_model.operation_model(self.waiter.config.operation).input_shape)
        print(f"[dry-run] {self.region} {self.service}.get_waiter({self.name!r}).wait({arguments(params)})")


def arguments(params):
    return ", ".join(f"{key}={value!r}" for key, value in params.items())


def found(look_up, *missing):
    """What `look_up` finds, or None when it finds nothing or AWS answers with one of the error codes
    `missing`. In --dry-run nothing is found, so every creation shows."""
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
    """Says what the script did (in --dry-run: what it would do)."""
    print(("[dry-run] would: " if DRY_RUN else "") + message, flush=True)


def name(component, limit=63):
    """The name of a component's resource, '<prefix>-<component>', cut to `limit` characters with a
    short hash of the whole at the end, so names stay unique (as RegionLab's other writers cut them)."""
    full = re.sub("-+", "-", f"{PREFIX}-{component}")
    if len(full) <= limit:
        return full
    digest = format(zlib.crc32(full.encode()), "08x")[:6]
    return full[:limit - len(digest) - 1].rstrip("-") + "-" + digest


def digest(value):
    """A short hash of a JSON value: names that change when what they name changes."""
    return format(zlib.crc32(json.dumps(value, sort_keys=True).encode()), "08x")[:6]


def bucket_name(component, region):
    """Bucket names are global, so they carry the account id and Region: '<prefix>-<component>-<account id>-<Region>'."""
    return f"{name(component, BUCKET_PREFIX_MAX)}-{ACCOUNT}-{region}"


def bucket_arn(component, region):
    return f"arn:{PARTITION}:s3:::{bucket_name(component, region)}"


def arn(service, region, resource):
    """An ARN in this run's partition and account."""
    return f"arn:{PARTITION}:{service}:{region}:{ACCOUNT}:{resource}"


def tags(component):
    return [{"Key": "Name", "Value": name(component, 255)}, {"Key": "regionlab:design", "Value": DESIGN},
            {"Key": "regionlab:component", "Value": component}]


def tagged(resource_type, component):
    return [{"ResourceType": resource_type, "Tags": tags(component)}]


def named(component):
    """An EC2 filter for resources tagged with a component's name."""
    return [{"Name": "tag:Name", "Values": [name(component, 255)]}]


def allow(sid, actions, resources):
    return {"Sid": sid, "Effect": "Allow", "Action": actions, "Resource": resources}


def ensure_role(component, service_principal, description, statements, managed_policies=()):
    """An IAM role that `service_principal` may assume, with one inline policy of exactly `statements`."""
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
    """The partition of a Region, for --dry-run (a real run reads it from the caller's ARN)."""
    if region.startswith("cn-"):
        return "aws-cn"
    if region.startswith("us-gov-"):
        return "aws-us-gov"
    return "aws"


def identify():
    """Who runs this: the account id and partition from sts.get_caller_identity."""
    global ACCOUNT, PARTITION
    who = client("sts", HOME_REGION).get_caller_identity()
    if DRY_RUN:
        ACCOUNT, PARTITION = DRY_RUN_ACCOUNT, partition_of(HOME_REGION)
    else:
        ACCOUNT, PARTITION = who["Account"], who["Arn"].split(":")[1]
    report(f"deploying {DESIGN} as '{PREFIX}' into account {ACCOUNT} ({PARTITION})")


def ensure_network(region, cidr, zones):
    """A Region's VPC: per zone (zone, public CIDR, private CIDR) a public subnet, which holds load
    balancers and the zone's NAT gateway, and a private subnet for everything else, routing out
    through the NAT gateway of its own zone so that losing a zone cuts no other zone off; S3 and
    DynamoDB traffic stays off NAT through gateway endpoints. Found by Name tags when it exists."""
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
    """The ids of a network's "public" or "private" subnets in `zones`."""
    return [network[kind][zone] for zone in zones]


def ensure_route_table(region, vpc, component, gateway=None, nat_gateway=None):
    """A route table whose default route leaves through an internet gateway or a NAT gateway."""
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
    """A component's security group; its inbound rules come from allow_ingress, along the design's links."""
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
    """Opens `port` of `group` to a CIDR range or to another security group; an existing rule is kept."""
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


def ensure_bucket(region, component, versioning):
    """A private, encrypted S3 bucket that refuses plain HTTP; versioned when asked, which replication
    needs on both sides (so versioning is switched on before any replication is configured)."""
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
    """The bucket's policy: no request without TLS; reads by the named CloudFront distributions, if any."""
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
    """Replicates a bucket to (component, Region) destinations, deletes included, through a role that
    may read exactly this bucket and write exactly those. Both sides must be versioned already."""
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
    """Starts an RDS instance whose master password RDS generates and keeps in Secrets Manager.
    Returns the ARN of that secret."""
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
    """Starts a read replica of database `source`. Across Regions boto3 signs the source's request
    itself from SourceRegion, and the replica is encrypted with this Region's AWS managed key."""
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


def model_bucket_arn(model_data):
    """The ARN of the objects of the bucket an s3:// model URL points into."""
    return f"arn:{PARTITION}:s3:::{model_data[len('s3://'):].split('/')[0]}/*"


def sagemaker_statements(region, pulls_images=True):
    """What SageMaker needs to run a container: pull its image from ECR (any account's, so AWS's own
    framework images work too), write its logs and publish its metrics."""
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
    """Starts a SageMaker real-time endpoint: an execution role scoped to this model, the model, an
    endpoint configuration, the endpoint. Models and configurations cannot change, so their names end
    in a hash of what they hold: a changed image, model or capacity makes new ones, and the endpoint
    is updated to them."""
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
    """Runs `call`, retrying for two minutes while a new IAM role is not yet visible to the service."""
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
    """A SageMaker notebook instance in a private subnet: no direct internet access, no root, IMDSv2 only."""
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


def ensure_load_balancer(region, component, scheme, subnets, security_group, vpc, port, health_check_path, certificate):
    """An Application Load Balancer forwarding to a target group of instances on port 80; HTTPS with
    the given ACM certificate when it listens on 443. Returns its ARNs, DNS name and hosted zone."""
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


def ensure_instance_profile(component, statements):
    """The instance profile of a group's instances: Systems Manager access (no SSH), plus exactly
    what the design's links from the group need."""
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
    """A launch template (never a launch configuration, which new accounts cannot create) with the
    latest AMI named by a public SSM parameter and IMDSv2 required. A new AMI or instance type adds a
    version, which the group's next instances use."""
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
    """An Auto Scaling group over the subnets of its zones, launching the template's latest version."""
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


def hosted_zone(domain):
    """The public hosted zone that holds `domain`: the zone of the longest name that ends it."""
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
    """A Route 53 health check of a load balancer. The caller reference holds a hash of the settings:
    Route 53 returns the existing check for the same reference and settings, so nothing is made twice."""
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
    """Creates or updates a set of records in one change batch, so routed records change together."""
    route53 = client("route53", GLOBAL_REGION)
    change = route53.change_resource_record_sets(HostedZoneId=zone, ChangeBatch={
        "Comment": comment, "Changes": [{"Action": "UPSERT", "ResourceRecordSet": record} for record in records]})["ChangeInfo"]["Id"]
    route53.get_waiter("resource_record_sets_changed").wait(Id=change)
    report(f"records {', '.join(sorted({r['Name'] for r in records}))}: upserted ({comment})")


# What the design cannot say, given on the command line (required, except with --dry-run).
INPUTS = [
    "--euw1-recommender-image",
    "--euw1-recommender-model-key",
    "--euc1-recommender-image",
    "--euc1-recommender-model-key",
    "--euw1-alb-certificate-arn",
    "--euc1-alb-certificate-arn",
]


def matching(pattern, expected):
    """An argparse type that takes the values `pattern` matches in full."""
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
    parser.add_argument(
        "--euw1-recommender-image",
        metavar="URI",
        type=matching("^[0-9]{12}[.]dkr[.]ecr[.][a-z0-9-]+[.]amazonaws[.]com([.]cn)?/.+$", "an ECR image URI"),
        help="inference container image of euw1-recommender: an ECR image URI in eu-west-1",
    )
    parser.add_argument(
        "--euw1-recommender-model-key",
        metavar="KEY",
        type=matching("^[^/].*$", "an S3 key"),
        help="key of euw1-recommender's model archive (a model.tar.gz) in bucket euw1-models",
    )
    parser.add_argument(
        "--euc1-recommender-image",
        metavar="URI",
        type=matching("^[0-9]{12}[.]dkr[.]ecr[.][a-z0-9-]+[.]amazonaws[.]com([.]cn)?/.+$", "an ECR image URI"),
        help="inference container image of euc1-recommender: an ECR image URI in eu-central-1",
    )
    parser.add_argument(
        "--euc1-recommender-model-key",
        metavar="KEY",
        type=matching("^[^/].*$", "an S3 key"),
        help="key of euc1-recommender's model archive (a model.tar.gz) in bucket euc1-models",
    )
    parser.add_argument(
        "--euw1-alb-certificate-arn",
        metavar="ARN",
        type=matching("^arn:aws[a-z-]*:acm:eu-west-1:[0-9]{12}:certificate/[0-9a-f-]+$", "an ACM certificate ARN in eu-west-1"),
        help="ACM certificate in eu-west-1 for the HTTPS listener of euw1-alb",
    )
    parser.add_argument(
        "--euc1-alb-certificate-arn",
        metavar="ARN",
        type=matching("^arn:aws[a-z-]*:acm:eu-central-1:[0-9]{12}:certificate/[0-9a-f-]+$", "an ACM certificate ARN in eu-central-1"),
        help="ACM certificate in eu-central-1 for the HTTPS listener of euc1-alb",
    )
    args = parser.parse_args(argv)
    missing = [flag for flag in INPUTS if getattr(args, flag[2:].replace("-", "_")) is None]
    if missing and not args.dry_run:
        parser.error("these arguments are required (except with --dry-run): " + " ".join(missing))
    for flag in missing:
        # Seen only in --dry-run's output: nothing is sent.
        setattr(args, flag[2:].replace("-", "_"), f"<{flag[2:]}>")
    return args


def deploy(args):
    """Creates or updates everything the design holds, in an order that works."""
    identify()

    # Networks: one VPC per Region that runs instances, databases or caches; the VPCs' ranges do not
    # overlap, so they can be peered later.
    networks = {}
    networks["eu-west-1"] = ensure_network(
        "eu-west-1",
        "10.0.0.0/16",
        [
            ("eu-west-1a", "10.0.0.0/20", "10.0.128.0/20"),
            ("eu-west-1b", "10.0.16.0/20", "10.0.144.0/20"),
            ("eu-west-1c", "10.0.32.0/20", "10.0.160.0/20"),
        ],
    )
    networks["eu-central-1"] = ensure_network(
        "eu-central-1",
        "10.1.0.0/16",
        [("eu-central-1a", "10.1.0.0/20", "10.1.128.0/20"), ("eu-central-1b", "10.1.16.0/20", "10.1.144.0/20")],
    )

    # Security groups, one per component in a VPC, open only along the design's links.
    groups = {}
    groups["euw1-alb"] = ensure_security_group(
        "eu-west-1",
        networks["eu-west-1"]["vpc"],
        "euw1-alb",
        "load-balancer euw1-alb: inbound only from what the design links to it",
    )
    groups["euw1-api-asg"] = ensure_security_group(
        "eu-west-1",
        networks["eu-west-1"]["vpc"],
        "euw1-api-asg",
        "autoscaling-group euw1-api-asg: inbound only from what the design links to it",
    )
    groups["euw1-catalog-db"] = ensure_security_group(
        "eu-west-1",
        networks["eu-west-1"]["vpc"],
        "euw1-catalog-db",
        "rds-database euw1-catalog-db: inbound only from what the design links to it",
    )
    groups["euc1-alb"] = ensure_security_group(
        "eu-central-1",
        networks["eu-central-1"]["vpc"],
        "euc1-alb",
        "load-balancer euc1-alb: inbound only from what the design links to it",
    )
    groups["euc1-api-asg"] = ensure_security_group(
        "eu-central-1",
        networks["eu-central-1"]["vpc"],
        "euc1-api-asg",
        "autoscaling-group euc1-api-asg: inbound only from what the design links to it",
    )
    groups["euc1-catalog-replica"] = ensure_security_group(
        "eu-central-1",
        networks["eu-central-1"]["vpc"],
        "euc1-catalog-replica",
        "rds-database euc1-catalog-replica: inbound only from what the design links to it",
    )
    allow_ingress("eu-west-1", groups["euw1-alb"], 443, "Clients on the internet", cidr="0.0.0.0/0")
    allow_ingress("eu-west-1", groups["euw1-api-asg"], 80, "From euw1-alb", source_group=groups["euw1-alb"])
    allow_ingress(
        "eu-west-1",
        groups["euw1-catalog-db"],
        3306,
        "From euw1-api-asg",
        source_group=groups["euw1-api-asg"],
    )
    allow_ingress("eu-central-1", groups["euc1-alb"], 443, "Clients on the internet", cidr="0.0.0.0/0")
    allow_ingress("eu-central-1", groups["euc1-api-asg"], 80, "From euc1-alb", source_group=groups["euc1-alb"])
    allow_ingress(
        "eu-central-1",
        groups["euc1-catalog-replica"],
        3306,
        "From euc1-api-asg",
        source_group=groups["euc1-api-asg"],
    )

    # S3 buckets: private, encrypted, TLS only. Versioning is switched on for both sides of every
    # replication before the replication is configured: S3 refuses replication without it.
    ensure_bucket("eu-west-1", "euw1-models", versioning=True)
    ensure_bucket("eu-central-1", "euc1-models", versioning=True)
    replicate_bucket("eu-west-1", "euw1-models", [("euc1-models", "eu-central-1")])

    # Databases, caches and SageMaker endpoints take many minutes each: all start here and are
    # waited for further down.
    secrets = {}
    secrets["euw1-catalog-db"] = create_database(
        "eu-west-1",
        "euw1-catalog-db",
        "mysql",
        "db.r6g.large",
        allocated_storage=200,
        multi_az=True,
        backup_retention_days=14,
        deletion_protection=True,
        subnets=subnets(networks["eu-west-1"], "private", ["eu-west-1a", "eu-west-1b", "eu-west-1c"]),
        security_group=groups["euw1-catalog-db"],
    )
    create_endpoint(
        "eu-west-1",
        "euw1-recommender",
        "ml.m5.xlarge",
        instance_count=4,
        image=args.euw1_recommender_image,
        model_data="s3://" + bucket_name("euw1-models", "eu-west-1") + "/" + args.euw1_recommender_model_key,
        statements=[
            allow("ReadObjects", ["s3:GetObject"], [bucket_arn("euw1-models", "eu-west-1") + "/*"]),
            *sagemaker_statements("eu-west-1"),
        ],
    )
    create_endpoint(
        "eu-central-1",
        "euc1-recommender",
        "ml.m5.xlarge",
        instance_count=2,
        image=args.euc1_recommender_image,
        model_data="s3://" + bucket_name("euc1-models", "eu-central-1") + "/" + args.euc1_recommender_model_key,
        statements=[
            allow("ReadObjects", ["s3:GetObject"], [bucket_arn("euc1-models", "eu-central-1") + "/*"]),
            *sagemaker_statements("eu-central-1"),
        ],
    )

    # Application Load Balancers: TLS ends here (port 443 takes an ACM certificate); instances serve
    # on port 80 behind them.
    balancers = {}
    balancers["euw1-alb"] = ensure_load_balancer(
        "eu-west-1",
        "euw1-alb",
        "internet-facing",
        subnets=subnets(networks["eu-west-1"], "public", ["eu-west-1a", "eu-west-1b", "eu-west-1c"]),
        security_group=groups["euw1-alb"],
        vpc=networks["eu-west-1"]["vpc"],
        port=443,
        health_check_path="/healthz",
        certificate=args.euw1_alb_certificate_arn,
    )
    balancers["euc1-alb"] = ensure_load_balancer(
        "eu-central-1",
        "euc1-alb",
        "internet-facing",
        subnets=subnets(networks["eu-central-1"], "public", ["eu-central-1a", "eu-central-1b"]),
        security_group=groups["euc1-alb"],
        vpc=networks["eu-central-1"]["vpc"],
        port=443,
        health_check_path="/healthz",
        certificate=args.euc1_alb_certificate_arn,
    )

    # Auto Scaling groups: an instance profile with exactly what the group's links need, a launch
    # template with the latest Amazon Linux 2023 AMI (from its public SSM parameter), then the group
    # over its zones' private subnets.
    profile = ensure_instance_profile(
        "euw1-api-asg",
        [
            allow("InvokeEndpoints", ["sagemaker:InvokeEndpoint"], [arn("sagemaker", "eu-west-1", "endpoint/" + name("euw1-recommender"))]),
            allow("ReadDatabaseSecrets", ["secretsmanager:GetSecretValue"], [secrets["euw1-catalog-db"]]),
        ],
    )
    template = ensure_launch_template(
        "eu-west-1",
        "euw1-api-asg",
        "m6i.large",
        "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64",
        profile,
        groups["euw1-api-asg"],
    )
    ensure_auto_scaling_group(
        "eu-west-1",
        "euw1-api-asg",
        template,
        subnets(networks["eu-west-1"], "private", ["eu-west-1a", "eu-west-1b", "eu-west-1c"]),
        min_size=3,
        max_size=12,
        desired_capacity=6,
        health_check_type="ELB",
        target_groups=[balancers["euw1-alb"]["target_group"]],
    )
    profile = ensure_instance_profile(
        "euc1-api-asg",
        [
            allow("InvokeEndpoints", ["sagemaker:InvokeEndpoint"], [arn("sagemaker", "eu-central-1", "endpoint/" + name("euc1-recommender"))]),
            allow("ReadDatabaseSecrets", ["secretsmanager:GetSecretValue"], [secrets["euw1-catalog-db"]]),
        ],
    )
    template = ensure_launch_template(
        "eu-central-1",
        "euc1-api-asg",
        "m6i.large",
        "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64",
        profile,
        groups["euc1-api-asg"],
    )
    ensure_auto_scaling_group(
        "eu-central-1",
        "euc1-api-asg",
        template,
        subnets(networks["eu-central-1"], "private", ["eu-central-1a", "eu-central-1b"]),
        min_size=2,
        max_size=12,
        desired_capacity=2,
        health_check_type="ELB",
        target_groups=[balancers["euc1-alb"]["target_group"]],
    )

    # Waits. A read replica can only be made from an available source, so replicas start here.
    wait_for_database("eu-west-1", "euw1-catalog-db")
    create_read_replica(
        "eu-central-1",
        "euc1-catalog-replica",
        source="euw1-catalog-db",
        source_region="eu-west-1",
        instance_class="db.r6g.large",
        multi_az=True,
        deletion_protection=True,
        subnets=subnets(networks["eu-central-1"], "private", ["eu-central-1a", "eu-central-1b"]),
        security_group=groups["euc1-catalog-replica"],
    )
    wait_for_database("eu-central-1", "euc1-catalog-replica")
    wait_for_endpoint("eu-west-1", "euw1-recommender")
    wait_for_endpoint("eu-central-1", "euc1-recommender")

    # Route 53: alias records with the design's routing policy, upserted in one change batch per
    # name, each load balancer target with a health check when the design asks for them.
    health = {}
    health["recs-dns/euw1-alb"] = ensure_health_check(
        "recs-dns",
        "euw1-alb",
        balancers["euw1-alb"]["dns"],
        443,
        "/healthz",
    )
    health["recs-dns/euc1-alb"] = ensure_health_check(
        "recs-dns",
        "euc1-alb",
        balancers["euc1-alb"]["dns"],
        443,
        "/healthz",
    )
    upsert_records(
        hosted_zone("recommendations.example.com"),
        "warm-standby: recs-dns (failover routing)",
        [
            {
                "Name": "recommendations.example.com.",
                "Type": "A",
                "SetIdentifier": "euw1-alb",
                "Failover": "PRIMARY",
                "AliasTarget": {
                    "HostedZoneId": balancers["euw1-alb"]["zone"],
                    "DNSName": balancers["euw1-alb"]["dns"],
                    "EvaluateTargetHealth": True,
                },
                "HealthCheckId": health["recs-dns/euw1-alb"],
            },
            {
                "Name": "recommendations.example.com.",
                "Type": "A",
                "SetIdentifier": "euc1-alb",
                "Failover": "SECONDARY",
                "AliasTarget": {
                    "HostedZoneId": balancers["euc1-alb"]["zone"],
                    "DNSName": balancers["euc1-alb"]["dns"],
                    "EvaluateTargetHealth": True,
                },
                "HealthCheckId": health["recs-dns/euc1-alb"],
            },
        ],
    )


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

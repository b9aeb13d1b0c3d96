package io.regionlab.generate.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Properties;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * RDS databases and read replicas, DynamoDB tables and global tables, S3 buckets and their
 * replication, ElastiCache replication groups. Every stateful resource is kept when its stack is
 * deleted or it is replaced: databases and caches by a final snapshot, the rest by Retain.
 */
final class CfnData {

    /** The master user of new databases; its password is generated and kept in Secrets Manager by RDS. */
    static final String MASTER_USERNAME = "dbadmin";

    private CfnData() {
    }

    static void database(CfnBuild b, Component c) {
        CfnStack s = b.stackOf(c);
        CfnTemplate t = s.template;
        Properties.RdsDatabase p = c.props(Properties.RdsDatabase.class);
        String id = Naming.pascal(c.id());
        ObjectNode group = t.add(id + "SubnetGroup", "AWS::RDS::DBSubnetGroup").props();
        group.put("DBSubnetGroupDescription", c.id() + ": the private subnets of " + c.region());
        group.set("SubnetIds", Json.list(b.privateSubnets(s, c.region(), b.topology.region(c.region()).orElseThrow().zones())));

        Optional<Component> source = DataReplication.replicaSource(b.topology, c);
        if (source.isPresent()) {
            readReplica(b, s, c, p, source.get());
            return;
        }
        int retention = p.backupRetentionDays();
        if (retention == 0 && !DataReplication.readReplicas(b.topology, c).isEmpty()) {
            retention = 1;
            t.note(c.id() + " has read replicas, which need automated backups on their source: backup retention raised from 0 to 1 day.");
        }
        ObjectNode db = t.add(id, "AWS::RDS::DBInstance").snapshot().props();
        db.put("Engine", p.engine()).put("DBInstanceClass", p.instanceClass())
                .put("AllocatedStorage", String.valueOf(p.allocatedStorage())).put("StorageType", "gp3").put("StorageEncrypted", true)
                .put("MultiAZ", p.multiAz()).put("BackupRetentionPeriod", retention).put("DeletionProtection", p.deletionProtection())
                .put("MasterUsername", MASTER_USERNAME).put("ManageMasterUserPassword", true);
        db.set("DBSubnetGroupName", Cfn.ref(id + "SubnetGroup"));
        db.set("VPCSecurityGroups", Json.arr(b.securityGroup(s, c)));
        db.put("PubliclyAccessible", false).put("CopyTagsToSnapshot", true);
        t.note(c.id() + ": RDS generates the master password and keeps it in Secrets Manager (ManageMasterUserPassword); no password appears in any file.");
    }

    private static void readReplica(CfnBuild b, CfnStack s, Component c, Properties.RdsDatabase p, Component source) {
        CfnTemplate t = s.template;
        String id = Naming.pascal(c.id());
        String sourceId = Naming.pascal(source.id());
        boolean crossRegion = !Objects.equals(source.region(), c.region());
        ObjectNode db = t.add(id, "AWS::RDS::DBInstance").retain().props();
        if (crossRegion) {
            db.set("SourceDBInstanceIdentifier", b.ref(s, source, sourceId, "DBInstanceArn", sourceId + "Arn", "String", "ARN of database " + source.id()));
            db.put("SourceRegion", source.region());
            db.put("KmsKeyId", "alias/aws/rds");
        } else {
            db.set("SourceDBInstanceIdentifier", b.ref(s, source, sourceId, null, sourceId + "Identifier", "String", "Identifier of database " + source.id()));
        }
        db.put("DBInstanceClass", p.instanceClass()).put("MultiAZ", p.multiAz()).put("DeletionProtection", p.deletionProtection());
        db.set("DBSubnetGroupName", Cfn.ref(id + "SubnetGroup"));
        db.set("VPCSecurityGroups", Json.arr(b.securityGroup(s, c)));
        db.put("PubliclyAccessible", false).put("CopyTagsToSnapshot", true);
        t.note(c.id() + " is a read replica of " + source.id() + (crossRegion ? " in " + source.region() + ", encrypted in this Region with the AWS managed key aws/rds" : "")
                + ". It takes its engine, storage and credentials from the source. It is retained rather than snapshotted on deletion, because RDS takes no "
                + "final snapshot of a read replica, and a replica promoted during a failover holds the only copy of the data.");
    }

    static void table(CfnBuild b, Component c) {
        Component root = DataReplication.globalTableRoot(b.topology, c);
        if (root != c) {
            CfnStack owner = b.stackOf(root);
            b.stacksOf(c.region()).forEach(st -> st.template.note("Table " + c.id() + " is the " + c.region() + " replica of DynamoDB global table "
                    + root.id() + ", which stack " + owner.name + " creates with all its replicas; nothing is defined for it here."));
            return;
        }
        CfnStack s = b.stackOf(c);
        CfnTemplate t = s.template;
        Properties.DynamoDbTable p = c.props(Properties.DynamoDbTable.class);
        String id = Naming.pascal(c.id());
        List<Component> replicas = DataReplication.replicaPerRegion(b.topology, c);
        boolean provisioned = "PROVISIONED".equals(p.billingMode());

        ArrayNode attributes = Json.arr(Json.obj().put("AttributeName", p.partitionKey()).put("AttributeType", "S"));
        ArrayNode keys = Json.arr(Json.obj().put("AttributeName", p.partitionKey()).put("KeyType", "HASH"));
        if (p.sortKey() != null) {
            attributes.add(Json.obj().put("AttributeName", p.sortKey()).put("AttributeType", "S"));
            keys.add(Json.obj().put("AttributeName", p.sortKey()).put("KeyType", "RANGE"));
        }
        t.note("Table " + c.id() + ": key attributes are strings (S); the design does not say.");
        if (replicas.size() == 1) {
            ObjectNode table = t.add(id, "AWS::DynamoDB::Table").retain().props();
            table.put("TableName", b.tableName(c));
            table.set("AttributeDefinitions", attributes);
            table.set("KeySchema", keys);
            table.put("BillingMode", p.billingMode());
            if (provisioned) {
                table.set("ProvisionedThroughput", Json.obj().put("ReadCapacityUnits", 5).put("WriteCapacityUnits", 5));
                t.note("Table " + c.id() + " is provisioned at 5 read and 5 write capacity units; the design gives no capacity.");
            }
            table.set("PointInTimeRecoverySpecification", Json.obj().put("PointInTimeRecoveryEnabled", p.pointInTimeRecovery()));
            return;
        }
        ObjectNode table = t.add(id, "AWS::DynamoDB::GlobalTable").retain().props();
        table.put("TableName", b.tableName(c));
        table.set("AttributeDefinitions", attributes);
        table.set("KeySchema", keys);
        table.put("BillingMode", p.billingMode());
        table.set("StreamSpecification", Json.obj().put("StreamViewType", "NEW_AND_OLD_IMAGES"));
        if (provisioned) {
            ObjectNode write = Json.obj();
            write.set("WriteCapacityAutoScalingSettings", autoScaling());
            table.set("WriteProvisionedThroughputSettings", write);
            t.note("Global table " + c.id() + " is provisioned with auto scaling from 5 to 100 capacity units at 70% use; the design gives no capacity.");
        }
        ArrayNode specs = Json.arr();
        for (Component member : replicas) {
            ObjectNode spec = Json.obj().put("Region", member.region());
            spec.set("PointInTimeRecoverySpecification", Json.obj()
                    .put("PointInTimeRecoveryEnabled", member.props(Properties.DynamoDbTable.class).pointInTimeRecovery()));
            if (provisioned) {
                spec.set("ReadProvisionedThroughputSettings", Json.obj().set("ReadCapacityAutoScalingSettings", autoScaling()));
            }
            specs.add(spec);
        }
        table.set("Replicas", specs);
        List<String> regions = replicas.stream().map(Component::region).toList();
        t.note("Global table " + c.id() + " is defined once, here, with a replica in each of " + String.join(", ", regions)
                + "; the other Regions' stacks define nothing for it. Writes in any Region replicate to the others, and concurrent writes to one item resolve by last writer wins.");
        for (Component member : DataReplication.globalTable(b.topology, c)) {
            if (!replicas.contains(member)) {
                t.note("Table " + member.id() + " adds nothing to global table " + c.id() + ": it already has its replica in " + member.region() + ".");
            }
        }
    }

    private static ObjectNode autoScaling() {
        ObjectNode a = Json.obj().put("MinCapacity", 5).put("MaxCapacity", 100);
        a.set("TargetTrackingScalingPolicyConfiguration", Json.obj().put("TargetValue", 70.0));
        return a;
    }

    static void bucket(CfnBuild b, Component c) {
        CfnStack s = b.stackOf(c);
        CfnTemplate t = s.template;
        Properties.S3Bucket p = c.props(Properties.S3Bucket.class);
        String id = Naming.pascal(c.id());
        String prefix = Naming.bucketPrefix(b.topology.name(), c.id());
        List<Component> destinations = DataReplication.bucketDestinations(b.topology, c);
        boolean replicated = !destinations.isEmpty()
                || b.topology.linksTo(c.id()).stream().anyMatch(l -> l.kind() == LinkKind.REPLICATES_TO);
        boolean versioning = p.versioning() || replicated;
        if (!p.versioning() && replicated) {
            t.note("Bucket " + c.id() + " takes part in replication, which needs versioning on the source and the destination: versioning is enabled although the design leaves it off.");
        }

        ObjectNode bucket = t.add(id, "AWS::S3::Bucket").retain().props();
        bucket.set("BucketName", Cfn.sub(prefix + "-${AWS::AccountId}-${AWS::Region}"));
        bucket.set("VersioningConfiguration", Json.obj().put("Status", versioning ? "Enabled" : "Suspended"));
        ObjectNode sse = Json.obj();
        sse.set("ServerSideEncryptionByDefault", Json.obj().put("SSEAlgorithm", "AES256"));
        bucket.set("BucketEncryption", Json.obj().set("ServerSideEncryptionConfiguration", Json.arr(sse)));
        bucket.set("PublicAccessBlockConfiguration", Json.obj().put("BlockPublicAcls", true).put("BlockPublicPolicy", true)
                .put("IgnorePublicAcls", true).put("RestrictPublicBuckets", true));
        bucket.set("OwnershipControls", Json.obj().set("Rules", Json.arr(Json.obj().put("ObjectOwnership", "BucketOwnerEnforced"))));

        if (!destinations.isEmpty()) {
            // The role names the source by its computed ARN: GetAtt on the bucket would make bucket and role wait for each other.
            JsonNode sourceArn = Cfn.arn("s3:::" + prefix + "-${AWS::AccountId}-${AWS::Region}");
            List<JsonNode> destinationArns = new ArrayList<>();
            ArrayNode rules = Json.arr();
            for (int i = 0; i < destinations.size(); i++) {
                Component dest = destinations.get(i);
                JsonNode arn = b.bucketArn(s, dest);
                destinationArns.add(arn);
                ObjectNode rule = Json.obj().put("Id", "to-" + dest.id()).put("Priority", i + 1).put("Status", "Enabled");
                rule.set("Filter", Json.obj().put("Prefix", ""));
                rule.set("DeleteMarkerReplication", Json.obj().put("Status", "Enabled"));
                rule.set("Destination", Json.obj().set("Bucket", arn));
                rules.add(rule);
            }
            ObjectNode replication = Json.obj();
            replication.set("Role", Cfn.getAtt(id + "ReplicationRole", "Arn"));
            replication.set("Rules", rules);
            bucket.set("ReplicationConfiguration", replication);

            ObjectNode role = t.add(id + "ReplicationRole", "AWS::IAM::Role").props();
            role.put("Description", "S3 replication from " + c.id() + " to " + String.join(", ", destinations.stream().map(Component::id).toList()));
            role.set("AssumeRolePolicyDocument", Cfn.trust("s3.amazonaws.com"));
            role.set("Policies", Json.arr(Cfn.inlinePolicy(c.id() + "-replication", List.of(
                    Cfn.allow("ReadReplicationConfiguration", List.of("s3:GetReplicationConfiguration", "s3:ListBucket"), Json.arr(sourceArn)),
                    Cfn.allow("ReadSourceVersions", List.of("s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"),
                            Json.arr(Cfn.arn("s3:::" + prefix + "-${AWS::AccountId}-${AWS::Region}/*"))),
                    Cfn.allow("WriteReplicas", List.of("s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"),
                            Json.list(destinationArns.stream().map(a -> Cfn.append(a, "/*")).toList()))))));
        }

        ArrayNode statements = Json.arr();
        ObjectNode tls = Json.obj().put("Sid", "DenyInsecureTransport").put("Effect", "Deny").put("Principal", "*").put("Action", "s3:*");
        tls.set("Resource", Json.arr(Cfn.getAtt(id, "Arn"), Cfn.append(Cfn.getAtt(id, "Arn"), "/*")));
        tls.set("Condition", Json.obj().set("Bool", Json.obj().put("aws:SecureTransport", "false")));
        statements.add(tls);
        boolean cdnOrigin = b.topology.linksTo(c.id()).stream().anyMatch(l -> l.kind() == LinkKind.ROUTES_TO
                && b.topology.component(l.from()).map(f -> f.kind() == ComponentKind.CDN).orElse(false));
        if (cdnOrigin) {
            ObjectNode cf = Json.obj().put("Sid", "AllowCloudFrontRead").put("Effect", "Allow");
            cf.set("Principal", Json.obj().put("Service", "cloudfront.amazonaws.com"));
            cf.put("Action", "s3:GetObject");
            cf.set("Resource", Cfn.append(Cfn.getAtt(id, "Arn"), "/*"));
            cf.set("Condition", Json.obj().set("ArnLike", Json.obj().set("AWS:SourceArn", Cfn.arn("cloudfront::${AWS::AccountId}:distribution/*"))));
            statements.add(cf);
            t.note("Bucket " + c.id() + " lets CloudFront distributions of this account read its objects (origin access control). The condition names the "
                    + "account's distributions, not the one distribution, because that distribution is created later, by the global stack.");
        }
        ObjectNode policy = t.add(id + "Policy", "AWS::S3::BucketPolicy").props();
        policy.set("Bucket", Cfn.ref(id));
        policy.set("PolicyDocument", Json.obj().put("Version", "2012-10-17").set("Statement", statements));
    }

    static void cache(CfnBuild b, Component c) {
        CfnStack s = b.stackOf(c);
        CfnTemplate t = s.template;
        Properties.Cache p = c.props(Properties.Cache.class);
        String id = Naming.pascal(c.id());
        ObjectNode group = t.add(id + "SubnetGroup", "AWS::ElastiCache::SubnetGroup").props();
        group.put("Description", c.id() + ": private subnets of its zones");
        group.set("SubnetIds", Json.list(b.privateSubnets(s, c.region(), c.zones())));

        int nodes = p.replicas() + 1;
        boolean failover = p.automaticFailover() && p.replicas() >= 1;
        if (p.automaticFailover() && !failover) {
            t.note("Cache " + c.id() + " has no replica, so automatic failover (which promotes a replica) is off; add a replica to enable it.");
        }
        List<String> zones = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            zones.add(c.zones().get(i % c.zones().size()));
        }
        ObjectNode rg = t.add(id, "AWS::ElastiCache::ReplicationGroup").snapshot().props();
        rg.put("ReplicationGroupDescription", c.id() + " (" + b.topology.name() + ")");
        rg.put("Engine", p.engine()).put("CacheNodeType", p.nodeType()).put("NumCacheClusters", nodes)
                .put("AutomaticFailoverEnabled", failover).put("MultiAZEnabled", failover);
        rg.set("PreferredCacheClusterAZs", Json.list(zones));
        rg.set("CacheSubnetGroupName", Cfn.ref(id + "SubnetGroup"));
        rg.set("SecurityGroupIds", Json.arr(b.securityGroup(s, c)));
        rg.put("Port", Access.port(c)).put("AtRestEncryptionEnabled", true).put("TransitEncryptionEnabled", true);
    }
}

package io.regionlab.generate.core;

import static io.regionlab.generate.core.TerraformHcl.expr;
import static io.regionlab.generate.core.TerraformHcl.list;
import static io.regionlab.generate.core.TerraformHcl.obj;
import static io.regionlab.generate.core.TerraformHcl.tmpl;
import static io.regionlab.generate.core.TerraformModule.ACCOUNT_ID;
import static io.regionlab.generate.core.TerraformModule.address;
import static io.regionlab.generate.core.TerraformModule.allow;
import static io.regionlab.generate.core.TerraformModule.nameTag;
import static io.regionlab.generate.core.TerraformModule.refExpr;
import static io.regionlab.generate.core.TerraformModule.tf;

import io.regionlab.generate.core.TerraformHcl.Block;
import io.regionlab.generate.core.TerraformHcl.Expr;
import io.regionlab.generate.core.TerraformHcl.Obj;
import io.regionlab.generate.core.TerraformHcl.Value;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Properties;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * RDS databases and read replicas, DynamoDB tables and global tables, S3 buckets and their
 * replication, ElastiCache replication groups. Every stateful resource has
 * {@code prevent_destroy}, so neither a destroy nor a change that replaces it can lose its data;
 * databases and caches also take a final snapshot when they are deleted on purpose.
 */
final class TerraformData {

    /** The master user of new databases; RDS generates its password and keeps it in Secrets Manager. */
    static final String MASTER_USERNAME = "dbadmin";

    private TerraformData() {
    }

    private static void protect(Block b) {
        b.block("lifecycle").set("prevent_destroy", true);
    }

    static void database(TerraformModule m, Component c) {
        Properties.RdsDatabase p = c.props(Properties.RdsDatabase.class);
        String name = tf(c);
        String region = c.region();
        TerraformNetwork.securityGroup(m, c);
        Block group = m.resource("aws_db_subnet_group", name, region);
        group.set("name", TerraformModule.name(c.id(), 255)).set("description", c.id() + ": the private subnets of " + region);
        group.set("subnet_ids", list(m.subnets(region, m.topology.region(region).orElseThrow().zones(), false)));

        Optional<Component> source = DataReplication.replicaSource(m.topology, c);
        Block db = m.resource("aws_db_instance", name, region);
        db.set("identifier", TerraformModule.name(c.id(), 63));
        if (source.isPresent()) {
            readReplica(m, c, p, source.get(), db);
        } else {
            int retention = p.backupRetentionDays();
            String note = c.id() + ": RDS generates the master password and keeps it in Secrets Manager (manage_master_user_password); "
                    + "no password appears in any file or in the Terraform state.";
            if (retention == 0 && !DataReplication.readReplicas(m.topology, c).isEmpty()) {
                retention = 1;
                note += " It has read replicas, which need automated backups on their source: backup retention raised from 0 to 1 day.";
            }
            db.comment(note);
            db.set("engine", p.engine()).set("instance_class", p.instanceClass()).set("allocated_storage", p.allocatedStorage())
                    .set("storage_type", "gp3").set("storage_encrypted", true).set("multi_az", p.multiAz())
                    .set("backup_retention_period", retention).set("deletion_protection", p.deletionProtection())
                    .set("username", MASTER_USERNAME).set("manage_master_user_password", true);
            db.set("final_snapshot_identifier", TerraformModule.name(c.id() + "-final", 255)).set("skip_final_snapshot", false);
        }
        db.set("db_subnet_group_name", refExpr(group, "name"));
        db.set("vpc_security_group_ids", list(TerraformModule.securityGroup(c)));
        db.set("publicly_accessible", false).set("copy_tags_to_snapshot", true);
        protect(db);
    }

    private static void readReplica(TerraformModule m, Component c, Properties.RdsDatabase p, Component source, Block db) {
        boolean crossRegion = !Objects.equals(source.region(), c.region());
        db.comment(c.id() + " is a read replica of " + source.id() + (crossRegion ? " in " + source.region() + ", encrypted in this Region "
                + "with the AWS managed key aws/rds" : "") + ". It takes its engine, storage and credentials from the source. RDS takes no "
                + "final snapshot of a read replica; prevent_destroy keeps it, since a replica promoted during a failover holds the only copy of the data.");
        if (crossRegion) {
            db.set("replicate_source_db", expr("aws_db_instance." + tf(source) + ".arn"));
            Expr key = m.sharedData("aws_kms_key", TerraformModule.alias(c.region()) + "_rds", c.region(), "arn",
                    k -> k.set("key_id", "alias/aws/rds"));
            db.set("storage_encrypted", true).set("kms_key_id", key);
        } else {
            db.set("replicate_source_db", expr("aws_db_instance." + tf(source) + ".identifier"));
        }
        db.set("instance_class", p.instanceClass()).set("multi_az", p.multiAz()).set("deletion_protection", p.deletionProtection());
        db.set("skip_final_snapshot", true);
    }

    static void table(TerraformModule m, Component c) {
        Component root = DataReplication.globalTableRoot(m.topology, c);
        if (root != c) {
            return;
        }
        Properties.DynamoDbTable p = c.props(Properties.DynamoDbTable.class);
        String name = tf(c);
        String region = c.region();
        List<Component> replicas = DataReplication.replicaPerRegion(m.topology, c);
        boolean provisioned = "PROVISIONED".equals(p.billingMode());
        boolean global = replicas.size() > 1;

        Block table = m.resource("aws_dynamodb_table", name, region);
        List<String> notes = new ArrayList<>();
        notes.add("Table " + c.id() + ": key attributes are strings (S); the design does not say.");
        if (provisioned) {
            notes.add("It is provisioned at 5 read and 5 write capacity units" + (global ? ", scaled from 5 to 100 at 70% use" : "")
                    + "; the design gives no capacity.");
        }
        if (global) {
            notes.add("It is a global table with a replica in each of " + String.join(", ", replicas.stream().map(Component::region).toList())
                    + ": writes in any Region replicate to the others, and concurrent writes to one item resolve by last writer wins.");
            for (Component member : DataReplication.globalTable(m.topology, c)) {
                if (member != c) {
                    notes.add(replicas.contains(member) ? "Table " + member.id() + " is its replica in " + member.region() + "."
                            : "Table " + member.id() + " adds nothing: the global table already has its replica in " + member.region() + ".");
                }
            }
        }
        table.comment(String.join(" ", notes));
        table.set("name", TerraformModule.name(c.id(), 255));
        table.set("billing_mode", p.billingMode()).set("hash_key", p.partitionKey());
        if (p.sortKey() != null) {
            table.set("range_key", p.sortKey());
        }
        if (provisioned) {
            table.set("read_capacity", 5).set("write_capacity", 5);
        }
        table.block("attribute").set("name", p.partitionKey()).set("type", "S");
        if (p.sortKey() != null) {
            table.block("attribute").set("name", p.sortKey()).set("type", "S");
        }
        table.block("point_in_time_recovery").set("enabled", p.pointInTimeRecovery());
        if (global) {
            table.set("stream_enabled", true).set("stream_view_type", "NEW_AND_OLD_IMAGES");
        }
        if (global && !provisioned) {
            for (Component member : replicas.subList(1, replicas.size())) {
                table.block("replica").set("region_name", member.region())
                        .set("point_in_time_recovery", member.props(Properties.DynamoDbTable.class).pointInTimeRecovery());
            }
        }
        Block lifecycle = table.block("lifecycle").set("prevent_destroy", true);
        if (global && provisioned) {
            lifecycle.set("ignore_changes", list(expr("read_capacity"), expr("write_capacity"), expr("replica")));
            provisionedReplicas(m, c, table, replicas);
        }
    }

    /**
     * A provisioned global table: DynamoDB adds replicas only to a table whose write capacity auto
     * scales, so the table gets its auto scaling first and its replicas as separate resources after
     * it (replica blocks on the table would be created before the scaling exists, and fail).
     */
    private static void provisionedReplicas(TerraformModule m, Component c, Block table, List<Component> replicas) {
        String name = tf(c);
        String region = c.region();
        Block writePolicy = null;
        for (String dimension : List.of("Read", "Write")) {
            String lower = dimension.toLowerCase(Locale.ROOT);
            Block target = m.resource("aws_appautoscaling_target", name + "_" + lower, region);
            target.set("service_namespace", "dynamodb").set("resource_id", tmpl("table/", refExpr(table, "name")))
                    .set("scalable_dimension", "dynamodb:table:" + dimension + "CapacityUnits").set("min_capacity", 5).set("max_capacity", 100);
            Block policy = m.resource("aws_appautoscaling_policy", name + "_" + lower, region);
            policy.set("name", TerraformModule.name(c.id() + "-" + lower, 255)).set("policy_type", "TargetTrackingScaling");
            policy.set("service_namespace", refExpr(target, "service_namespace")).set("resource_id", refExpr(target, "resource_id"))
                    .set("scalable_dimension", refExpr(target, "scalable_dimension"));
            Block tracking = policy.block("target_tracking_scaling_policy_configuration");
            tracking.set("target_value", 70);
            tracking.block("predefined_metric_specification").set("predefined_metric_type", "DynamoDB" + dimension + "CapacityUtilization");
            writePolicy = policy;
        }
        for (Component member : replicas.subList(1, replicas.size())) {
            Block replica = m.resource("aws_dynamodb_table_replica", tf(member), member.region());
            replica.set("global_table_arn", refExpr(table, "arn"));
            replica.set("point_in_time_recovery", member.props(Properties.DynamoDbTable.class).pointInTimeRecovery());
            replica.set("depends_on", list(address(writePolicy)));
            protect(replica);
        }
    }

    static void bucket(TerraformModule m, Component c) {
        Properties.S3Bucket p = c.props(Properties.S3Bucket.class);
        String name = tf(c);
        String region = c.region();
        List<Component> destinations = DataReplication.bucketDestinations(m.topology, c);
        boolean replicated = !destinations.isEmpty() || m.topology.linksTo(c.id()).stream().anyMatch(l -> l.kind() == LinkKind.REPLICATES_TO);
        boolean versioning = p.versioning() || replicated;

        Block bucket = m.resource("aws_s3_bucket", name, region);
        if (!p.versioning() && replicated) {
            bucket.comment("Bucket " + c.id() + " takes part in replication, which needs versioning on the source and the destination: "
                    + "versioning is enabled although the design leaves it off.");
        }
        bucket.set("bucket", tmpl(expr("var.name_prefix"), "-" + Naming.shorten(c.id(), 63 - TerraformModule.PREFIX_MAX - 1 - 1 - 12) + "-",
                ACCOUNT_ID));
        bucket.set("tags", nameTag(TerraformModule.name(c.id(), 255)));
        protect(bucket);

        Block ownership = m.resource("aws_s3_bucket_ownership_controls", name, region);
        ownership.set("bucket", refExpr(bucket, "id"));
        ownership.block("rule").set("object_ownership", "BucketOwnerEnforced");

        Block versioned = m.resource("aws_s3_bucket_versioning", name, region);
        versioned.set("bucket", refExpr(bucket, "id"));
        versioned.block("versioning_configuration").set("status", versioning ? "Enabled" : "Disabled");

        Block sse = m.resource("aws_s3_bucket_server_side_encryption_configuration", name, region);
        sse.set("bucket", refExpr(bucket, "id"));
        sse.block("rule").block("apply_server_side_encryption_by_default").set("sse_algorithm", "AES256");

        Block block = m.resource("aws_s3_bucket_public_access_block", name, region);
        block.set("bucket", refExpr(bucket, "id")).set("block_public_acls", true).set("block_public_policy", true)
                .set("ignore_public_acls", true).set("restrict_public_buckets", true);

        List<Obj> statements = new ArrayList<>();
        Obj tls = obj().put("Sid", "DenyInsecureTransport").put("Effect", "Deny").put("Principal", "*").put("Action", "s3:*");
        tls.put("Resource", list(refExpr(bucket, "arn"), tmpl(refExpr(bucket, "arn"), "/*")));
        tls.put("Condition", obj().put("Bool", obj().put("aws:SecureTransport", "false")));
        statements.add(tls);
        List<Value> distributions = new ArrayList<>();
        for (var l : m.topology.linksTo(c.id())) {
            Component from = m.topology.component(l.from()).orElseThrow();
            if (l.kind() == LinkKind.ROUTES_TO && from.kind() == ComponentKind.CDN) {
                distributions.add(expr("aws_cloudfront_distribution." + tf(from) + ".arn"));
            }
        }
        if (!distributions.isEmpty()) {
            Obj cf = obj().put("Sid", "AllowCloudFrontRead").put("Effect", "Allow").put("Principal", obj().put("Service", "cloudfront.amazonaws.com"))
                    .put("Action", "s3:GetObject").put("Resource", tmpl(refExpr(bucket, "arn"), "/*"));
            cf.put("Condition", obj().put("StringEquals", obj().put("AWS:SourceArn", distributions.size() == 1 ? distributions.get(0) : list(distributions))));
            statements.add(cf);
        }
        Block policy = m.resource("aws_s3_bucket_policy", name, region);
        if (!distributions.isEmpty()) {
            policy.comment("Bucket " + c.id() + " lets only its CloudFront distributions read its objects (origin access control).");
        }
        policy.set("bucket", refExpr(bucket, "id")).set("policy", TerraformModule.policy(statements));
        policy.set("depends_on", list(address(block)));

        if (!destinations.isEmpty()) {
            replication(m, c, bucket, versioned, destinations);
        }
        m.output(name + "_bucket_name", "Name of bucket " + c.id(), refExpr(bucket, "bucket"));
    }

    private static void replication(TerraformModule m, Component c, Block bucket, Block versioned, List<Component> destinations) {
        String name = tf(c);
        String region = c.region();
        Block role = m.role(c, "replication", "s3.amazonaws.com", "S3 replication from " + c.id() + " to "
                + String.join(", ", destinations.stream().map(Component::id).toList()));
        List<Value> destinationObjects = destinations.stream().<Value>map(d -> tmpl(expr("aws_s3_bucket." + tf(d) + ".arn"), "/*")).toList();
        m.rolePolicy(c, role, "replication", List.of(
                allow("ReadReplicationConfiguration", List.of("s3:GetReplicationConfiguration", "s3:ListBucket"), List.of(refExpr(bucket, "arn"))),
                allow("ReadSourceVersions", List.of("s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"),
                        List.of(tmpl(refExpr(bucket, "arn"), "/*"))),
                allow("WriteReplicas", List.of("s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"), destinationObjects)));

        Block config = m.resource("aws_s3_bucket_replication_configuration", name, region);
        config.comment("Replication needs versioning on the source and on every destination: it waits for both.");
        config.set("role", refExpr(role, "arn")).set("bucket", refExpr(bucket, "id"));
        for (int i = 0; i < destinations.size(); i++) {
            Component dest = destinations.get(i);
            Block rule = config.block("rule");
            rule.set("id", "to-" + dest.id()).set("priority", i + 1).set("status", "Enabled");
            rule.block("filter").set("prefix", "");
            rule.block("delete_marker_replication").set("status", "Enabled");
            rule.block("destination").set("bucket", expr("aws_s3_bucket." + tf(dest) + ".arn"));
        }
        List<Expr> waits = new ArrayList<>();
        waits.add(address(versioned));
        destinations.forEach(d -> waits.add(expr("aws_s3_bucket_versioning." + tf(d))));
        config.set("depends_on", list(waits));
    }

    static void cache(TerraformModule m, Component c) {
        Properties.Cache p = c.props(Properties.Cache.class);
        String name = tf(c);
        String region = c.region();
        TerraformNetwork.securityGroup(m, c);
        Block group = m.resource("aws_elasticache_subnet_group", name, region);
        group.set("name", TerraformModule.name(c.id(), 255)).set("description", c.id() + ": private subnets of its zones");
        group.set("subnet_ids", list(m.subnets(region, c.zones(), false)));

        int nodes = p.replicas() + 1;
        boolean failover = p.automaticFailover() && p.replicas() >= 1;
        List<String> zones = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            zones.add(c.zones().get(i % c.zones().size()));
        }
        Block rg = m.resource("aws_elasticache_replication_group", name, region);
        if (p.automaticFailover() && !failover) {
            rg.comment("Cache " + c.id() + " has no replica, so automatic failover (which promotes a replica) is off; add a replica to enable it.");
        }
        rg.set("replication_group_id", TerraformModule.name(c.id(), 40)).set("description", c.id() + " (" + m.topology.name() + ")");
        rg.set("engine", p.engine()).set("node_type", p.nodeType()).set("num_cache_clusters", nodes)
                .set("automatic_failover_enabled", failover).set("multi_az_enabled", failover);
        rg.set("preferred_cache_cluster_azs", TerraformHcl.strings(zones));
        rg.set("subnet_group_name", refExpr(group, "name")).set("security_group_ids", list(TerraformModule.securityGroup(c)));
        rg.set("port", Access.port(c)).set("at_rest_encryption_enabled", true).set("transit_encryption_enabled", true);
        rg.set("final_snapshot_identifier", TerraformModule.name(c.id() + "-final", 255));
        protect(rg);
    }
}

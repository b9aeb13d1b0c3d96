package io.regionlab.topology.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/** The {@code properties} of each component kind: their fields, defaults and ranges. */
final class PropertyReader {

    private PropertyReader() {
    }

    static Set<String> fieldsOf(ComponentKind kind) {
        return switch (kind) {
            case LOAD_BALANCER -> Set.of("scheme", "port", "healthCheckPath");
            case AUTOSCALING_GROUP -> Set.of("instanceType", "minSize", "maxSize", "desiredCapacity", "healthCheckType", "launch");
            case SAGEMAKER_ENDPOINT -> Set.of("instanceType", "instanceCount", "modelArtifacts");
            case SAGEMAKER_NOTEBOOK -> Set.of("instanceType");
            case RDS_DATABASE -> Set.of("engine", "instanceClass", "multiAz", "backupRetentionDays", "deletionProtection", "allocatedStorage");
            case DYNAMODB_TABLE -> Set.of("partitionKey", "sortKey", "billingMode", "pointInTimeRecovery");
            case S3_BUCKET -> Set.of("versioning");
            case CACHE -> Set.of("engine", "nodeType", "replicas", "automaticFailover");
            case CDN -> Set.of("originFailover", "priceClass");
            case DNS_RECORD -> Set.of("domain", "policy", "healthChecks", "ttl");
        };
    }

    static Properties read(ComponentKind kind, Fields f) {
        return switch (kind) {
            case LOAD_BALANCER -> new Properties.LoadBalancer(
                    f.choice("scheme", "internet-facing", List.of("internet-facing", "internal")),
                    f.integer("port", 443, 1, 65535),
                    orElse(f.text("healthCheckPath", false, TopologyCodec.PATH, "a path starting with '/'", 1024), "/"));
            case AUTOSCALING_GROUP -> autoScaling(f);
            case SAGEMAKER_ENDPOINT -> new Properties.SageMakerEndpoint(
                    orElse(f.text("instanceType", false, TopologyCodec.ML_TYPE, "a SageMaker instance type such as ml.m5.large", 40), "ml.m5.large"),
                    f.integer("instanceCount", 1, 1, 1000),
                    f.text("modelArtifacts", false, TopologyCodec.ID, "the id of an s3-bucket component", 63));
            case SAGEMAKER_NOTEBOOK -> new Properties.SageMakerNotebook(
                    orElse(f.text("instanceType", false, TopologyCodec.ML_TYPE, "a SageMaker instance type such as ml.t3.medium", 40), "ml.t3.medium"));
            case RDS_DATABASE -> new Properties.RdsDatabase(
                    f.choice("engine", null, List.of("postgres", "mysql", "mariadb")),
                    orElse(f.text("instanceClass", false, TopologyCodec.DB_CLASS, "a DB instance class such as db.m6g.large", 40), "db.m6g.large"),
                    f.bool("multiAz", false),
                    f.integer("backupRetentionDays", 7, 0, 35),
                    f.bool("deletionProtection", false),
                    f.integer("allocatedStorage", 100, 20, 65536));
            case DYNAMODB_TABLE -> new Properties.DynamoDbTable(
                    f.text("partitionKey", true, TopologyCodec.KEY_NAME, "an attribute name", 255),
                    f.text("sortKey", false, TopologyCodec.KEY_NAME, "an attribute name", 255),
                    f.choice("billingMode", "PAY_PER_REQUEST", List.of("PAY_PER_REQUEST", "PROVISIONED")),
                    f.bool("pointInTimeRecovery", false));
            case S3_BUCKET -> new Properties.S3Bucket(f.bool("versioning", false));
            case CACHE -> new Properties.Cache(
                    f.choice("engine", "redis", List.of("redis", "valkey")),
                    orElse(f.text("nodeType", false, TopologyCodec.CACHE_TYPE, "a node type such as cache.r7g.large", 40), "cache.r7g.large"),
                    f.integer("replicas", 1, 0, 5),
                    f.bool("automaticFailover", false));
            case CDN -> new Properties.Cdn(
                    f.bool("originFailover", false),
                    f.choice("priceClass", "PriceClass_100", List.of("PriceClass_100", "PriceClass_200", "PriceClass_All")));
            case DNS_RECORD -> new Properties.DnsRecord(
                    f.text("domain", true, TopologyCodec.DOMAIN, "a lower-case domain name such as api.example.com", 253),
                    f.choice("policy", null, List.of("simple", "failover", "latency", "geoproximity", "weighted")),
                    f.bool("healthChecks", false),
                    f.integer("ttl", 60, 0, 172800));
        };
    }

    private static Properties autoScaling(Fields f) {
        String type = f.text("instanceType", true, TopologyCodec.EC2_TYPE, "an EC2 instance type such as m5.large", 40);
        Integer min = f.integer("minSize", null, 0, 1000);
        Integer max = f.integer("maxSize", null, 0, 1000);
        Integer desired = f.integer("desiredCapacity", min == null ? 0 : min, 0, 1000);
        if (min != null && max != null && min > max) {
            f.problem(f.at("maxSize"), "must be at least minSize (" + min + "), got " + max);
        } else if (min != null && max != null && desired != null && (desired < min || desired > max)) {
            f.problem(f.at("desiredCapacity"), "must be between minSize and maxSize (" + min + "–" + max + "), got " + desired);
        }
        return new Properties.AutoScalingGroup(type, min == null ? 0 : min, max == null ? 0 : max, desired == null ? 0 : desired,
                f.choice("healthCheckType", "EC2", List.of("EC2", "ELB")),
                f.choice("launch", "template", List.of("template", "configuration")));
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** The properties as JSON, every field written (defaults included), absent optional ones left out. */
    static ObjectNode write(Properties properties, ObjectMapper json) {
        ObjectNode node = json.valueToTree(properties);
        List<String> empty = new java.util.ArrayList<>();
        node.properties().forEach(e -> {
            if (e.getValue().isNull()) {
                empty.add(e.getKey());
            }
        });
        node.remove(empty);
        return node;
    }
}

package io.regionlab.topology.core;

/**
 * The settings of a component, one record per kind. Values are as resolved by the codec:
 * defaults filled in, ranges checked.
 */
public sealed interface Properties {

    /** An Application Load Balancer. */
    record LoadBalancer(String scheme, int port, String healthCheckPath) implements Properties {
    }

    /**
     * EC2 instances in an Auto Scaling group. {@code launch} is {@code template} (the current way)
     * or {@code configuration} (retired for new accounts; the review says so).
     */
    record AutoScalingGroup(String instanceType, int minSize, int maxSize, int desiredCapacity, String healthCheckType,
            String launch) implements Properties {
    }

    /** A SageMaker real-time endpoint: model, endpoint configuration, endpoint. */
    record SageMakerEndpoint(String instanceType, int instanceCount, String modelArtifacts) implements Properties {
    }

    record SageMakerNotebook(String instanceType) implements Properties {
    }

    record RdsDatabase(String engine, String instanceClass, boolean multiAz, int backupRetentionDays, boolean deletionProtection,
            int allocatedStorage) implements Properties {
    }

    record DynamoDbTable(String partitionKey, String sortKey, String billingMode, boolean pointInTimeRecovery) implements Properties {
    }

    record S3Bucket(boolean versioning) implements Properties {
    }

    /** An ElastiCache replication group. */
    record Cache(String engine, String nodeType, int replicas, boolean automaticFailover) implements Properties {
    }

    /** A CloudFront distribution; its origins are the components it routes to. */
    record Cdn(boolean originFailover, String priceClass) implements Properties {
    }

    /** A Route 53 record set for {@code domain} with a routing policy; its targets are the components it routes to. */
    record DnsRecord(String domain, String policy, boolean healthChecks, int ttl) implements Properties {
    }
}

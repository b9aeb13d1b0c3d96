package io.regionlab.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One stack of the stub and its progress. An operation (execute a change set, delete) queues
 * steps; each DescribeStacks or DescribeStackEvents call runs one, so a test advances a stack by
 * polling it, without a clock.
 */
final class CloudFormationStubStack {

    /** Properties whose change makes CloudFormation replace the resource (a small, honest sample). */
    static final Set<String> REPLACING_PROPERTIES = Set.of("BucketName", "TableName", "KeySchema", "DBInstanceIdentifier",
            "Engine", "CidrBlock", "VpcId", "AvailabilityZone", "EndpointConfigName", "ModelName", "ReplicationGroupId",
            "LoadBalancerName", "Name", "RoleName");

    /** Types whose every property change replaces them. */
    static final Set<String> IMMUTABLE_TYPES = Set.of("AWS::SageMaker::Model", "AWS::SageMaker::EndpointConfig");

    static final class Resource {
        final String logicalId;
        String type;
        JsonNode properties;
        String deletionPolicy;
        String physicalId;
        String status;
        Instant updated = Instant.now();

        Resource(String logicalId, String type, JsonNode properties, String deletionPolicy) {
            this.logicalId = logicalId;
            this.type = type;
            this.properties = properties;
            this.deletionPolicy = deletionPolicy;
        }

        Resource copy() {
            Resource copy = new Resource(logicalId, type, properties, deletionPolicy);
            copy.physicalId = physicalId;
            copy.status = status;
            copy.updated = updated;
            return copy;
        }

        boolean exists() {
            return status != null && !status.equals("DELETE_COMPLETE");
        }

        boolean retained() {
            return "Retain".equals(deletionPolicy) || "RetainExceptOnCreate".equals(deletionPolicy);
        }
    }

    record Event(String eventId, String logicalId, String physicalId, String type, Instant at, String status, String reason) {
    }

    record Change(String action, String logicalId, String type, String physicalId, String replacement, List<String> properties) {
    }

    static final class ChangeSet {
        final String id;
        final String name;
        final String type;
        final JsonNode template;
        final String templateBody;
        final Map<String, String> parameters;
        final List<String> capabilities;
        final Instant created = Instant.now();
        List<Change> changes = List.of();
        String status = "CREATE_PENDING";
        String executionStatus = "UNAVAILABLE";
        String statusReason;
        int describes;

        ChangeSet(String id, String name, String type, JsonNode template, String templateBody, Map<String, String> parameters,
                List<String> capabilities) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.template = template;
            this.templateBody = templateBody;
            this.parameters = parameters;
            this.capabilities = capabilities;
        }
    }

    final String region;
    final String name;
    final String id;
    final Instant created = Instant.now();
    String status = "REVIEW_IN_PROGRESS";
    String statusReason;
    JsonNode template;
    String templateBody;
    Map<String, String> parameters = new LinkedHashMap<>();
    List<String> capabilities = List.of();
    final Map<String, Resource> resources = new LinkedHashMap<>();
    final List<Event> events = new ArrayList<>();
    final Map<String, ChangeSet> changeSets = new LinkedHashMap<>();
    final Deque<Runnable> steps = new ArrayDeque<>();
    private int eventCounter;

    CloudFormationStubStack(String region, String name, String id) {
        this.region = region;
        this.name = name;
        this.id = id;
    }

    boolean deleted() {
        return status.equals("DELETE_COMPLETE");
    }

    boolean inProgress() {
        return status.endsWith("_IN_PROGRESS") && !status.equals("REVIEW_IN_PROGRESS");
    }

    /** Runs the next queued step, if any; answers whether one ran. */
    boolean advance() {
        Runnable step = steps.poll();
        if (step == null) {
            return false;
        }
        step.run();
        return true;
    }

    void stackEvent(String newStatus, String reason) {
        status = newStatus;
        statusReason = reason;
        event(name, id, "AWS::CloudFormation::Stack", newStatus, reason);
    }

    void resourceEvent(Resource resource, String newStatus, String reason) {
        resource.status = newStatus;
        resource.updated = Instant.now();
        event(resource.logicalId, resource.physicalId, resource.type, newStatus, reason);
    }

    private void event(String logicalId, String physicalId, String type, String newStatus, String reason) {
        eventCounter++;
        events.add(new Event(logicalId + "-" + newStatus + "-" + String.format("%05d", eventCounter), logicalId, physicalId, type,
                Instant.now(), newStatus, reason));
    }

    /** Resources that exist now, in template order. */
    Map<String, Resource> live() {
        Map<String, Resource> live = new LinkedHashMap<>();
        resources.forEach((logicalId, resource) -> {
            if (resource.exists()) {
                live.put(logicalId, resource);
            }
        });
        return live;
    }

    String physicalId(String logicalId, String type) {
        String service = type.startsWith("AWS::") ? type.split("::")[1].toLowerCase() : "custom";
        String suffix = Integer.toHexString((region + "/" + name + "/" + logicalId + "/" + eventCounter).hashCode() & 0xfffffff);
        return switch (service) {
            case "s3", "ec2", "dynamodb", "rds", "elasticache", "autoscaling" -> (name + "-" + logicalId + "-" + suffix).toLowerCase();
            default -> "arn:aws:" + service + ":" + region + ":" + CloudFormationStub.ACCOUNT + ":" + logicalId.toLowerCase() + "/"
                    + name + "-" + suffix;
        };
    }
}

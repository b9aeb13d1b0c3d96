package io.regionlab.deploy.core;

import java.time.Instant;

/** One CloudFormation stack event, in plain values. */
public record CfnEvent(String eventId, Instant at, String logicalId, String resourceType, String physicalId, String status,
        String reason) {
}

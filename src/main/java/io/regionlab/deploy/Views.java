package io.regionlab.deploy;

import io.regionlab.deploy.core.Change;
import io.regionlab.deploy.core.Retained;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON of the Apply API (see docs/apply.md); the page and the event stream read the same shapes. */
public final class Views {

    private Views() {
    }

    public record PlanView(UUID id, UUID designId, int designVersion, Instant createdAt, String createdBy, String status, boolean stale,
            String message, List<PlanStackView> stacks) {
    }

    public record PlanStackView(String name, String region, int order, String action, String changeSetId, List<Change> changes,
            boolean deferred, String note) {
    }

    public record JobView(UUID id, UUID designId, UUID planId, String kind, String status, Instant createdAt, Instant startedAt,
            Instant finishedAt, String createdBy, String message, List<JobStackView> stacks, List<Retained> retained) {
    }

    public record JobStackView(String name, String region, int order, String status, String cfnStatus, Map<String, String> outputs) {
    }

    public record EventView(long seq, Instant at, String stack, String region, String logicalId, String resourceType, String status,
            String reason) {
    }

    public record ApplyState(boolean enabled, String target) {
    }

    /** The optional body of a plan request: values for the templates' parameters that only the operator knows. */
    public record PlanRequest(Map<String, String> inputs) {
    }
}

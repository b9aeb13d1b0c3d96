package io.regionlab.generate.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;

/**
 * The order of a design's stacks across Regions and how outputs feed parameters: written as
 * {@code cloudformation/deployment-plan.json} and read back by Apply. Stacks are listed in an order
 * that deploys: every stack after the stacks it depends on.
 */
public record DeploymentPlan(String design, List<StackPlan> stacks) {

    public static final String FILE = "deployment-plan.json";

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public DeploymentPlan {
        stacks = List.copyOf(stacks);
    }

    public Optional<StackPlan> stack(String name) {
        return stacks.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public String toJson() {
        try {
            return Json.pretty(JSON.valueToTree(this));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e);
        }
    }

    public static DeploymentPlan fromJson(String json) {
        try {
            return JSON.readValue(json, DeploymentPlan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a deployment plan: " + e.getOriginalMessage(), e);
        }
    }
}

package io.regionlab.deploy.core;

import io.regionlab.generate.core.ParameterWiring;
import java.util.List;
import java.util.Map;

/**
 * One stack of a stored plan: what was shown (action, changes, deferred note) and what apply will
 * send, exactly (template body, parameters, capabilities).
 *
 * @param name the CloudFormation stack name (the configured prefix and the generated name)
 * @param action create, update or none
 * @param changeSetId the change set the plan created; null for a deferred stack or one without changes
 * @param parameters the values fixed when the plan was made (operator inputs and outputs of stacks that already existed)
 * @param wiring the parameters still to be taken from other stacks' outputs at apply time (stack names are CloudFormation names)
 */
public record PlannedStack(String name, String region, int order, String action, String changeSetId, List<Change> changes,
        boolean deferred, String note, String template, Map<String, String> parameters, List<ParameterWiring> wiring,
        List<String> capabilities) {

    public static final String CREATE = "create";
    public static final String UPDATE = "update";
    public static final String NONE = "none";

    public PlannedStack {
        changes = List.copyOf(changes);
        parameters = Map.copyOf(parameters);
        wiring = List.copyOf(wiring);
        capabilities = List.copyOf(capabilities);
    }

    public boolean unchanged() {
        return NONE.equals(action);
    }
}

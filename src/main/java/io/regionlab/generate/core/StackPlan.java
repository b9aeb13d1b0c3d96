package io.regionlab.generate.core;

import java.util.List;

/**
 * One CloudFormation stack of a deployment.
 *
 * @param template the template's file name inside the {@code cloudformation/} folder of the export
 * @param dependsOn the stacks that must be complete before this one is created (their outputs feed it, or its resources need theirs)
 * @param parameters the parameters taken from other stacks' outputs
 * @param inputs the parameters without a default that the operator supplies (certificates, container images, ...)
 * @param capabilities what CloudFormation must be allowed to create ({@code CAPABILITY_IAM} for IAM roles)
 */
public record StackPlan(String name, String region, String template, List<String> dependsOn, List<ParameterWiring> parameters,
        List<String> inputs, List<String> capabilities) {

    public StackPlan {
        dependsOn = List.copyOf(dependsOn);
        parameters = List.copyOf(parameters);
        inputs = List.copyOf(inputs);
        capabilities = List.copyOf(capabilities);
    }
}

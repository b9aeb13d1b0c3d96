package io.regionlab.generate.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One stack being generated: its template, the stacks it waits for and the parameters they feed. */
final class CfnStack {

    final String name;
    final String region;
    final String file;
    final CfnTemplate template;
    final Set<CfnStack> dependsOn = new LinkedHashSet<>();
    final List<ParameterWiring> wirings = new ArrayList<>();

    CfnStack(String name, String region, String file, String description) {
        this.name = name;
        this.region = region;
        this.file = file;
        this.template = new CfnTemplate(description);
    }

    StackPlan plan() {
        List<String> wired = wirings.stream().map(ParameterWiring::name).toList();
        List<String> inputs = template.parametersWithoutDefault().stream().filter(p -> !wired.contains(p)).toList();
        boolean iam = template.resources().stream().anyMatch(r -> r.type.startsWith("AWS::IAM::"));
        return new StackPlan(name, region, file, dependsOn.stream().map(s -> s.name).toList(), wirings, inputs,
                iam ? List.of("CAPABILITY_IAM") : List.of());
    }

    @Override
    public String toString() {
        return name;
    }
}

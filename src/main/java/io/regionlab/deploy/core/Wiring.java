package io.regionlab.deploy.core;

import io.regionlab.generate.core.ParameterWiring;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Parameters fed by other stacks' outputs: outputs do not cross Regions by themselves, Apply carries them. */
public final class Wiring {

    private Wiring() {
    }

    /** The parameter values, or empty when an output is missing (the caller names which with {@link #missing}). */
    public static Optional<Map<String, String>> resolve(List<ParameterWiring> wiring, Map<String, Map<String, String>> outputsByStack) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ParameterWiring w : wiring) {
            String value = outputsByStack.getOrDefault(w.fromStack(), Map.of()).get(w.output());
            if (value == null) {
                return Optional.empty();
            }
            values.put(w.name(), value);
        }
        return Optional.of(values);
    }

    public static List<String> missing(List<ParameterWiring> wiring, Map<String, Map<String, String>> outputsByStack) {
        return wiring.stream().filter(w -> outputsByStack.getOrDefault(w.fromStack(), Map.of()).get(w.output()) == null)
                .map(w -> w.fromStack() + "." + w.output()).toList();
    }

    /** The plan's note for a stack whose inputs come from stacks that do not exist yet. */
    public static String deferredNote(List<ParameterWiring> deferred) {
        Map<String, List<String>> byStack = deferred.stream().collect(Collectors.groupingBy(ParameterWiring::fromStack, LinkedHashMap::new,
                Collectors.mapping(ParameterWiring::name, Collectors.toList())));
        return byStack.entrySet().stream()
                .map(e -> (e.getValue().size() == 1 ? "Parameter " : "Parameters ") + String.join(", ", e.getValue())
                        + (e.getValue().size() == 1 ? " comes" : " come") + " from stack " + e.getKey() + "'s outputs at apply time")
                .collect(Collectors.joining("; ")) + "; its change set is made then, so the changes shown are the template's resources.";
    }

    /** The CloudFormation name of a generated stack: prefixed, so RegionLab's stacks are easy to tell apart in the console. */
    public static String stackName(String prefix, String generated) {
        String name = prefix == null || prefix.isBlank() ? generated : prefix + "-" + generated;
        return name.length() > 128 ? name.substring(0, 128) : name;
    }
}

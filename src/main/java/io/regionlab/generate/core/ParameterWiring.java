package io.regionlab.generate.core;

/** A stack parameter whose value is an output of a stack deployed before it (outputs do not cross Regions by themselves). */
public record ParameterWiring(String name, String fromStack, String output) {
}

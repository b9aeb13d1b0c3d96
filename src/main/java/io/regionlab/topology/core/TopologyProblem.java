package io.regionlab.topology.core;

/** One refusal: where in the document ({@code components[3].zones[1]}) and what was expected. */
public record TopologyProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}

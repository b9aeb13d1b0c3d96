package io.regionlab.topology.core;

import java.util.List;
import java.util.stream.Collectors;

/** A design document that was refused, with every problem found in it. */
public final class TopologyException extends RuntimeException {

    private final List<TopologyProblem> problems;

    public TopologyException(List<TopologyProblem> problems) {
        super(problems.stream().map(TopologyProblem::toString).collect(Collectors.joining("; ")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<TopologyProblem> problems() {
        return problems;
    }
}

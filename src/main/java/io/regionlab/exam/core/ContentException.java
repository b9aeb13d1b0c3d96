package io.regionlab.exam.core;

import java.util.List;
import java.util.stream.Collectors;

/** Content was refused; carries every problem found, not only the first. */
public final class ContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // List.copyOf gives a serializable list of serializable problems
    private final List<ContentProblem> problems;

    public ContentException(List<ContentProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    private static String message(List<ContentProblem> problems) {
        String header = problems.size() == 1 ? "1 content problem:" : problems.size() + " content problems:";
        return problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n", header + "\n", ""));
    }
}

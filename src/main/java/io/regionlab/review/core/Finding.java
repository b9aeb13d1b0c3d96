package io.regionlab.review.core;

import java.util.List;

/**
 * What a rule found.
 *
 * @param target the component id, {@code links[i]}, or {@code design} for the design as a whole
 * @param teaches ids of the practice questions and flash cards that teach it
 */
public record Finding(String rule, Severity severity, String target, String message, String why, String fix, List<String> teaches) {

    public Finding {
        teaches = List.copyOf(teaches);
    }
}

package io.regionlab.exam.core;

import java.util.List;
import java.util.Objects;

/**
 * A content domain of the exam guide.
 *
 * @param weight percent of the scored questions; the weights of a blueprint sum to 100
 */
public record Domain(String id, String name, int weight, List<Task> tasks) {

    public Domain {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        tasks = List.copyOf(tasks);
    }
}

package io.regionlab.exam.core;

import java.util.Objects;

/** A task statement of the exam guide, e.g. "4.1 Build ML solutions for performance, …". */
public record Task(String id, String name) {

    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}

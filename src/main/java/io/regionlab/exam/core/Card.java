package io.regionlab.exam.core;

import java.util.List;
import java.util.Objects;

/**
 * A flash card as loaded from {@code cards/*.yaml}.
 *
 * @param version content hash of everything but the id (see {@link ContentLoader})
 * @param reviewerNote optional Markdown, {@code null} when absent
 */
public record Card(String id, String version, String domain, String task, String source, String front, String back,
        List<Reference> references, String reviewerNote) {

    public Card {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(front, "front");
        Objects.requireNonNull(back, "back");
        references = List.copyOf(references);
    }
}

package io.regionlab.exam.core;

import java.util.Objects;

/** A document that backs a statement: shown to learners as a link. */
public record Reference(String title, String url) {

    public Reference {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }
}

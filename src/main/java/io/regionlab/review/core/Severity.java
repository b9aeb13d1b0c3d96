package io.regionlab.review.core;

/** How much a finding matters: an error breaks the design's promise, a warning weakens it, advice improves it. */
public enum Severity {
    ERROR, WARNING, ADVICE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

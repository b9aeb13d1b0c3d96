package io.regionlab.review.core.rules;

import io.regionlab.review.core.Rule;
import io.regionlab.review.core.Severity;
import java.util.List;

/** What every rule has besides its check: an id, a title, a severity and what teaches it. */
public abstract class BaseRule implements Rule {

    private final String id;
    private final String title;
    private final Severity severity;
    private final List<String> teaches;

    protected BaseRule(String id, String title, Severity severity, List<String> teaches) {
        this.id = id;
        this.title = title;
        this.severity = severity;
        this.teaches = List.copyOf(teaches);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final List<String> teaches() {
        return teaches;
    }

    @Override
    public String toString() {
        return id;
    }
}

package io.regionlab.exam.core;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A practice question as loaded from {@code questions/*.yaml}.
 *
 * @param version content hash of everything but the id (see {@link ContentLoader})
 * @param reviewerNote optional Markdown, {@code null} when absent
 */
public record Question(String id, String version, QuestionType type, String domain, String task, String source,
        String prompt, List<Option> options, String explanation, List<Reference> references, String reviewerNote) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
        Objects.requireNonNull(explanation, "explanation");
        references = List.copyOf(references);
    }

    /** The keys of the correct options, in key order. */
    public Set<String> correctKeys() {
        Set<String> keys = new TreeSet<>();
        for (Option option : options) {
            if (option.correct()) {
                keys.add(option.key());
            }
        }
        return Collections.unmodifiableSet(keys);
    }

    public int correctCount() {
        return (int) options.stream().filter(Option::correct).count();
    }

    /**
     * All or nothing: right only when the chosen keys are exactly the correct keys. A subset, a superset or
     * nothing chosen is wrong; there is no partial credit.
     */
    public boolean isCorrect(Set<String> chosen) {
        return chosen != null && !chosen.isEmpty() && chosen.equals(correctKeys());
    }
}

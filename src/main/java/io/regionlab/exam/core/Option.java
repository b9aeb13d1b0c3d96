package io.regionlab.exam.core;

import java.util.Objects;

/**
 * One answer option of a question.
 *
 * @param key "A", "B", … by position in the question
 * @param text Markdown
 * @param correct whether choosing it is part of the right answer
 * @param why Markdown: why this option is right or wrong
 */
public record Option(String key, String text, boolean correct, String why) {

    public Option {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(why, "why");
    }

    /** The key of the option at a zero-based position: 0 → "A", 1 → "B", … (at most 26 options). */
    public static String keyAt(int index) {
        if (index < 0 || index >= 26) {
            throw new IllegalArgumentException("option index out of range: " + index);
        }
        return String.valueOf((char) ('A' + index));
    }
}

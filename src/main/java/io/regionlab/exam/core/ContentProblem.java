package io.regionlab.exam.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * One reason a content folder was refused.
 *
 * @param file path relative to the exam folder, with forward slashes, e.g. {@code questions/seed.yaml}
 * @param itemId id of the question or card, {@code null} when the problem is not inside an identified item
 * @param field path of the field inside the item (or file), e.g. {@code options[2].why}; indexes count from 0;
 *        {@code null} when the problem concerns the whole file
 * @param message what is wrong, for a content author
 */
public record ContentProblem(String file, String itemId, String field, String message) implements Serializable {

    public ContentProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code questions/seed.yaml: seed-x: options[1].why: must not be blank}; absent parts are left out. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file).append(": ");
        if (itemId != null) {
            text.append(itemId).append(": ");
        }
        if (field != null) {
            text.append(field).append(": ");
        }
        return text.append(message).toString();
    }
}

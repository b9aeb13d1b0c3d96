package io.regionlab.exam.core;

import java.util.List;
import java.util.Objects;

/** Everything loaded from one exam folder, already validated. */
public record ContentBank(Blueprint blueprint, List<Question> questions, List<Card> cards) {

    public ContentBank {
        Objects.requireNonNull(blueprint, "blueprint");
        questions = List.copyOf(questions);
        cards = List.copyOf(cards);
    }
}

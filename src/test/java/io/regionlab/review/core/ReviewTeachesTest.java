package io.regionlab.review.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.exam.core.Card;
import io.regionlab.exam.core.ContentBank;
import io.regionlab.exam.core.ContentLoader;
import io.regionlab.exam.core.Question;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A finding sends the learner to questions and cards by id; every id must exist in the bank. */
class ReviewTeachesTest {

    @Test
    void everyIdARuleTeachesWithIsAQuestionOrCardOfTheBank() {
        ContentBank bank = ContentLoader.load(Path.of("content/mls-c01"));
        Set<String> known = new HashSet<>();
        bank.questions().stream().map(Question::id).forEach(known::add);
        bank.cards().stream().map(Card::id).forEach(known::add);

        for (Rule rule : Review.rules()) {
            assertThat(rule.teaches()).as(rule.id()).allSatisfy(id -> assertThat(known).as(rule.id() + " teaches " + id).contains(id));
        }
    }

    @Test
    void mostRulesPointToSomethingThatTeachesThem() {
        long teaching = Review.rules().stream().filter(r -> !r.teaches().isEmpty()).count();
        assertThat(teaching).isGreaterThanOrEqualTo(Review.rules().size() - 2);
    }
}

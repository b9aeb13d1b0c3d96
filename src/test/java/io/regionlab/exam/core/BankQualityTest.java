package io.regionlab.exam.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The question bank a learner can sit four full mock exams from, held to the limits of good item
 * writing: the blueprint's proportions, no favourite answer letter, no key that gives itself away
 * by its length, no near-duplicates, a reference behind every item.
 */
class BankQualityTest {

    static ContentBank bank;
    static BankTally.Tally tally;

    @BeforeAll
    static void load() {
        bank = ContentLoader.load(Path.of("content/mls-c01"));
        tally = BankTally.of(bank);
    }

    @Test
    void holdsFourFullExamsOfOriginalQuestions() {
        assertThat(bank.questions().stream().filter(q -> q.source().equals("original")).count()).isGreaterThanOrEqualTo(260);
    }

    @Test
    void followsTheBlueprintWeightsWithinThreePoints() {
        for (Domain d : bank.blueprint().domains()) {
            assertThat(tally.domainPercent(d.id())).as("domain %s share", d.id()).isCloseTo(d.weight(), org.assertj.core.data.Offset.offset(3.0));
        }
    }

    @Test
    void everyTaskStatementHasAtLeastEightQuestionsAndACard() {
        tally.perTask().forEach((task, n) -> assertThat(n).as("questions for task %s", task).isGreaterThanOrEqualTo(8));
        tally.cardsPerTask().forEach((task, n) -> assertThat(n).as("cards for task %s", task).isGreaterThanOrEqualTo(1));
    }

    @Test
    void aboutAThirdAreMultipleResponseAndTrueFalseIsRare() {
        assertThat(tally.typePercent(QuestionType.MULTIPLE)).isBetween(25.0, 42.0);
        assertThat(tally.typePercent(QuestionType.TRUE_FALSE)).isLessThanOrEqualTo(5.0);
    }

    @Test
    void noAnswerLetterIsAFavourite() {
        assertThat(tally.topKeyLetterPercent()).as("largest share of single-answer keys at one letter").isLessThanOrEqualTo(35.0);
    }

    @Test
    void theKeyIsRarelyTheLongestOption() {
        assertThat(tally.longestIsKeyPercent()).as("single-answer items whose key is the longest option").isLessThanOrEqualTo(40.0);
    }

    @Test
    void noTwoPromptsAreNearDuplicates() {
        assertThat(tally.nearDuplicates()).isEmpty();
    }

    @Test
    void everyQuestionCitesTheDocumentation() {
        assertThat(tally.withoutReference()).isZero();
        assertThat(bank.questions()).allSatisfy(q -> assertThat(q.references()).allSatisfy(r ->
                assertThat(r.url()).matches("https://(docs\\.aws\\.amazon\\.com|aws\\.amazon\\.com)/.+")));
    }

    @Test
    void atLeastSixtyOriginalCards() {
        assertThat(bank.cards().stream().filter(c -> c.source().equals("original")).count()).isGreaterThanOrEqualTo(60);
    }
}

package io.regionlab.exam.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionlab.exam.core.Scoring.AreaResult;
import io.regionlab.exam.core.Scoring.ExamResult;
import io.regionlab.exam.core.Scoring.ScaledRange;
import io.regionlab.exam.core.Scoring.ScoredItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {

    private final Blueprint bp = Fixtures.mlsC01();

    @ParameterizedTest(name = "correct {0}, chosen [{1}] → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A,C   | A,C   | true
            A,C   | C,A   | true
            A,C   | A     | false
            A,C   | A,B,C | false
            A,C   |       | false
            A,C   | B,D   | false
            A,C   | A,B,C,D,E | false
            B     | B     | true
            B     | A     | false
            B     | A,B   | false
            B     |       | false
            """)
    void multipleSelectCountsOnlyAnExactMatch(String correct, String chosen, boolean expected) {
        ScoredItem item = new ScoredItem("q", "3", "3.1", keys(correct), keys(chosen));

        assertThat(item.isCorrect()).isEqualTo(expected);
        Question question = correct.contains(",")
                ? Fixtures.multiple("q", "3", "3.1")
                : Fixtures.single("q", "3", "3.1");
        assertThat(question.isCorrect(keys(chosen))).isEqualTo(expected);
    }

    @Test
    void questionKnowsItsCorrectKeys() {
        Question question = Fixtures.multiple("q", "3", "3.1");

        assertThat(question.correctKeys()).containsExactly("A", "C");
        assertThat(question.correctCount()).isEqualTo(2);
        assertThat(question.isCorrect(null)).isFalse();
    }

    @Test
    void unansweredCountsAsWrongAndWrongAnswersCostNothing() {
        ExamResult result = Scoring.score(bp, List.of(
                item("q1", "1.1", Set.of("B"), Set.of("B")),
                item("q2", "1.1", Set.of("B"), Set.of("A")),
                item("q3", "1.1", Set.of("B"), Set.of())));

        assertThat(result.correct()).isEqualTo(1);
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.percent()).isCloseTo(33.33, within(0.01));
    }

    @Test
    void everyDomainAndTaskIsListedInBlueprintOrderWithZeroWhereNothingWasAsked() {
        ExamResult result = Scoring.score(bp, List.of(
                item("q1", "3.2", Set.of("B"), Set.of("B")),
                item("q2", "3.2", Set.of("B"), Set.of("C")),
                item("q3", "1.3", Set.of("A", "C"), Set.of("A", "C")),
                item("q4", "3.5", Set.of("A", "C"), Set.of("A"))));

        assertThat(result.domains()).containsExactly(
                new AreaResult("1", "Data Engineering", 1, 1),
                new AreaResult("2", "Exploratory Data Analysis", 0, 0),
                new AreaResult("3", "Modeling", 1, 3),
                new AreaResult("4", "ML Implementation and Operations", 0, 0));
        assertThat(result.tasks()).extracting(AreaResult::id).containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "2.3",
                "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3", "4.4");
        assertThat(result.tasks()).filteredOn(t -> t.total() > 0).containsExactly(
                new AreaResult("1.3", "Data Engineering task 3", 1, 1),
                new AreaResult("3.2", "Modeling task 2", 1, 2),
                new AreaResult("3.5", "Modeling task 5", 0, 1));
        assertThat(result.domains().get(2).percent()).isCloseTo(33.33, within(0.01));
        assertThat(result.domains().get(1).percent()).isZero();
    }

    @Test
    void passingDependsOnTheEstimatedScaledScore() {
        assertThat(Scoring.score(bp, exam(36, 50)).passed()).isTrue();
        assertThat(Scoring.score(bp, exam(36, 50)).scaled().estimate()).isEqualTo(750);
        assertThat(Scoring.score(bp, exam(35, 50)).passed()).isFalse();
        assertThat(Scoring.score(bp, List.of()).passed()).isFalse();
    }

    @Test
    void theCutProportionEstimatesExactlyThePassingScore() {
        assertThat(Scoring.estimate(bp, 36, 50).estimate()).isEqualTo(750);
        assertThat(Scoring.estimate(bp, 72, 100).estimate()).isEqualTo(750);
        assertThat(Scoring.estimate(bp, 18, 25).estimate()).isEqualTo(750);
    }

    @Test
    void theEstimateRisesWithEveryMoreCorrectAnswerAndStaysWithin100And1000() {
        ScaledRange previous = null;
        for (int correct = 0; correct <= 50; correct++) {
            ScaledRange range = Scoring.estimate(bp, correct, 50);
            assertThat(range.low()).isBetween(100, range.estimate());
            assertThat(range.high()).isBetween(range.estimate(), 1000);
            if (previous != null) {
                assertThat(range.estimate()).isGreaterThan(previous.estimate());
                assertThat(range.low()).isGreaterThanOrEqualTo(previous.low());
                assertThat(range.high()).isGreaterThanOrEqualTo(previous.high());
            }
            previous = range;
        }
        assertThat(Scoring.estimate(bp, 0, 50).estimate()).isEqualTo(100);
        assertThat(Scoring.estimate(bp, 50, 50).estimate()).isEqualTo(1000);
    }

    @Test
    void theRangeIsTheWilsonIntervalMappedLikeTheEstimate() {
        // Wilson 95% interval of 36/50 is 0.5833..0.8253; mapped: 100 + 650·p/0.72 and 750 + 250·(p − 0.72)/0.28
        assertThat(Scoring.estimate(bp, 36, 50)).isEqualTo(new ScaledRange(627, 750, 844));
        assertThat(Scoring.estimate(bp, 50, 50)).isEqualTo(new ScaledRange(936, 1000, 1000));
        assertThat(Scoring.estimate(bp, 0, 50)).isEqualTo(new ScaledRange(100, 100, 164));
    }

    @Test
    void theRangeNarrowsAsMoreQuestionsAreAnswered() {
        List<Integer> widths = new ArrayList<>();
        for (int total : new int[] {25, 50, 100, 400}) {
            ScaledRange range = Scoring.estimate(bp, total * 72 / 100, total);
            widths.add(range.high() - range.low());
        }
        assertThat(widths).isSortedAccordingTo((a, b) -> b - a).doesNotHaveDuplicates();
    }

    @Test
    void withNothingAnsweredTheRangeIsTheWholeScale() {
        assertThat(Scoring.estimate(bp, 0, 0)).isEqualTo(new ScaledRange(100, 100, 1000));
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThatThrownBy(() -> Scoring.estimate(bp, 51, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scoring.estimate(bp, -1, 50)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void confidenceLevelsGiveTheUsualNormalQuantiles() {
        assertThat(Scoring.zForConfidence(0.95)).isCloseTo(1.959964, within(1e-6));
        assertThat(Scoring.zForConfidence(0.90)).isCloseTo(1.644854, within(1e-6));
        assertThat(Scoring.zForConfidence(0.99)).isCloseTo(2.575829, within(1e-6));
    }

    @Test
    void scoredItemsAndResultsSurviveAJsonRoundTrip() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ScoredItem item = item("q1", "3.2", Set.of("A", "C"), Set.of("A"));
        ExamResult result = Scoring.score(bp, List.of(item));

        assertThat(json.readValue(json.writeValueAsString(item), ScoredItem.class)).isEqualTo(item);
        assertThat(json.readValue(json.writeValueAsString(result), ExamResult.class)).isEqualTo(result);
        assertThat(json.readTree(json.writeValueAsString(item)).get("correct").isArray()).isTrue();
    }

    private static List<ScoredItem> exam(int correct, int total) {
        List<ScoredItem> items = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            items.add(item("q" + i, "3.1", Set.of("B"), i < correct ? Set.of("B") : Set.of("A")));
        }
        return items;
    }

    private static ScoredItem item(String id, String task, Set<String> correct, Set<String> chosen) {
        return new ScoredItem(id, task.substring(0, task.indexOf('.')), task, correct, chosen);
    }

    private static Set<String> keys(String csv) {
        return csv == null ? Set.of() : new TreeSet<>(Arrays.asList(csv.split(",")));
    }
}

package io.regionlab.exam.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.exam.core.Mastery.AnswerFact;
import io.regionlab.exam.core.Mastery.Level;
import io.regionlab.exam.core.Mastery.TaskMastery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MasteryTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private final Blueprint bp = Fixtures.mlsC01();

    @ParameterizedTest(name = "{1} of {0} right → {2}")
    @CsvSource(textBlock = """
            0, 0, NOT_ENOUGH_ANSWERS
            4, 4, NOT_ENOUGH_ANSWERS
            5, 2, LEARNING
            20, 11, LEARNING
            5, 3, PROFICIENT
            20, 12, PROFICIENT
            20, 16, PROFICIENT
            20, 17, MASTERED
            5, 5, MASTERED
            """)
    void theShareOfRightAnswersDecidesTheLevelOnceFiveQuestionsAreAnswered(int answered, int correct,
            Level expected) {
        List<AnswerFact> facts = new ArrayList<>();
        for (int i = 0; i < answered; i++) {
            facts.add(new AnswerFact("q" + i, "3.3", i < correct, T0.plusSeconds(i)));
        }

        TaskMastery task = taskOf(Mastery.of(bp, facts), "3.3");

        assertThat(task.answered()).isEqualTo(answered);
        assertThat(task.correct()).isEqualTo(correct);
        assertThat(task.level()).isEqualTo(expected);
    }

    @Test
    void onlyTheLatestAnswerToEachQuestionCounts() {
        List<AnswerFact> facts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            facts.add(new AnswerFact("q" + i, "1.2", true, T0.plusSeconds(100 + i)));
            facts.add(new AnswerFact("q" + i, "1.2", false, T0.plusSeconds(i)));
        }
        facts.add(new AnswerFact("q0", "1.2", false, T0.plusSeconds(500)));

        TaskMastery task = taskOf(Mastery.of(bp, facts), "1.2");

        assertThat(task.answered()).isEqualTo(5);
        assertThat(task.correct()).isEqualTo(4);
        assertThat(task.level()).isEqualTo(Level.PROFICIENT);
    }

    @Test
    void answeringOneQuestionManyTimesIsNotEnough() {
        List<AnswerFact> facts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            facts.add(new AnswerFact("q" + (i % 4), "2.1", true, T0.plusSeconds(i)));
        }

        TaskMastery task = taskOf(Mastery.of(bp, facts), "2.1");

        assertThat(task.answered()).isEqualTo(4);
        assertThat(task.level()).isEqualTo(Level.NOT_ENOUGH_ANSWERS);
    }

    @Test
    void ofTwoAnswersAtTheSameInstantTheLaterListedCounts() {
        List<AnswerFact> facts = List.of(new AnswerFact("q", "4.1", false, T0), new AnswerFact("q", "4.1", true, T0));

        assertThat(taskOf(Mastery.of(bp, facts), "4.1").correct()).isEqualTo(1);
    }

    @Test
    void everyBlueprintTaskIsListedInOrderAndUnknownTasksAreIgnored() {
        List<TaskMastery> mastery = Mastery.of(bp, List.of(new AnswerFact("q", "9.9", true, T0)));

        assertThat(mastery).extracting(TaskMastery::taskId).containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "2.3",
                "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3", "4.4");
        assertThat(mastery).allSatisfy(t -> {
            assertThat(t.answered()).isZero();
            assertThat(t.level()).isEqualTo(Level.NOT_ENOUGH_ANSWERS);
        });
        assertThat(mastery.get(0).name()).isEqualTo("Data Engineering task 1");
    }

    private static TaskMastery taskOf(List<TaskMastery> mastery, String taskId) {
        return mastery.stream().filter(t -> t.taskId().equals(taskId)).findFirst().orElseThrow();
    }
}

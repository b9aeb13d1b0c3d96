package io.regionlab.exam.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How well a learner knows each task of the blueprint, from their answers.
 *
 * <p>Only the latest answer to each question counts, so a question first missed and later answered right counts as
 * right once. A task needs answers to at least {@value #MIN_QUESTIONS} distinct questions before it gets a level;
 * then the share of those questions answered right decides it:
 * <ul>
 * <li>below {@value #PROFICIENT_FROM} — {@link Level#LEARNING};</li>
 * <li>from {@value #PROFICIENT_FROM} to below {@value #MASTERED_FROM} — {@link Level#PROFICIENT};</li>
 * <li>{@value #MASTERED_FROM} or more — {@link Level#MASTERED}.</li>
 * </ul>
 * The thresholds are RegionLab's own teaching heuristics, not AWS figures (AWS scores the exam as a whole).
 */
public final class Mastery {

    /** Fewest distinct questions answered in a task before it gets a level. */
    public static final int MIN_QUESTIONS = 5;
    /** Lowest share of right answers that is {@link Level#PROFICIENT}. */
    public static final double PROFICIENT_FROM = 0.60;
    /** Lowest share of right answers that is {@link Level#MASTERED}. */
    public static final double MASTERED_FROM = 0.85;

    private Mastery() {
    }

    /** One answer to one question, at one time. */
    public record AnswerFact(String questionId, String task, boolean correct, Instant at) {

        public AnswerFact {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(at, "at");
        }
    }

    public enum Level { NOT_ENOUGH_ANSWERS, LEARNING, PROFICIENT, MASTERED }

    /**
     * @param answered distinct questions answered in the task
     * @param correct of those, how many were answered right the last time
     */
    public record TaskMastery(String taskId, String name, int answered, int correct, Level level) {
    }

    /**
     * One entry per blueprint task, in blueprint order. Answers to tasks not in the blueprint are ignored. Of two
     * answers to one question at the same instant, the later in {@code facts} counts.
     */
    public static List<TaskMastery> of(Blueprint bp, List<AnswerFact> facts) {
        Map<String, AnswerFact> latest = new HashMap<>();
        for (AnswerFact fact : facts) {
            latest.merge(fact.questionId(), fact, (old, now) -> now.at().isBefore(old.at()) ? old : now);
        }
        Map<String, int[]> byTask = new HashMap<>();
        for (AnswerFact fact : latest.values()) {
            int[] counts = byTask.computeIfAbsent(fact.task(), t -> new int[2]);
            counts[0]++;
            if (fact.correct()) {
                counts[1]++;
            }
        }
        List<TaskMastery> result = new ArrayList<>();
        for (Task task : bp.tasks()) {
            int[] counts = byTask.getOrDefault(task.id(), new int[2]);
            result.add(new TaskMastery(task.id(), task.name(), counts[0], counts[1], level(counts[0], counts[1])));
        }
        return result;
    }

    static Level level(int answered, int correct) {
        if (answered < MIN_QUESTIONS) {
            return Level.NOT_ENOUGH_ANSWERS;
        }
        double share = (double) correct / answered;
        if (share < PROFICIENT_FROM) {
            return Level.LEARNING;
        }
        return share < MASTERED_FROM ? Level.PROFICIENT : Level.MASTERED;
    }
}

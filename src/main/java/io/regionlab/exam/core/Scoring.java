package io.regionlab.exam.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a practice exam the way the real exam is understood to be scored: a question counts only when the chosen
 * options are exactly the correct ones (no partial credit for multiple response), unanswered counts as wrong, and
 * there is no penalty for guessing. Results are broken down per domain and per task of the blueprint.
 *
 * <h2>The scaled score is an estimate</h2>
 * AWS reports a scaled score from 100 to 1,000 (750 passes for MLS-C01) but publishes no formula from raw score to
 * scaled score: a panel sets the cut score (modified Angoff) and later exam forms are statistically equated to it,
 * so the same raw score can map to different scaled scores on different forms. RegionLab therefore only estimates:
 * the raw proportion correct {@code p} is mapped piecewise-linearly, {@code [0, cut] → [min, passing]} and
 * {@code [cut, 1] → [passing, max]}, where {@code cut} is the blueprint's {@code estimate.cutProportion} (the raw
 * share assumed to sit at the passing score). The range shown is the Wilson score interval of {@code p} at the
 * blueprint's {@code estimate.confidence}, mapped the same way; it narrows as more questions are answered. Screens
 * that show it must call it an estimate.
 */
public final class Scoring {

    private Scoring() {
    }

    /**
     * One answered (or skipped) question.
     *
     * @param correct the keys of the correct options
     * @param chosen the keys chosen; empty when the question was not answered
     */
    public record ScoredItem(String questionId, String domain, String task,
            @JsonProperty("correct") Set<String> correct, Set<String> chosen) {

        public ScoredItem {
            Objects.requireNonNull(questionId, "questionId");
            correct = Set.copyOf(correct);
            chosen = chosen == null ? Set.of() : Set.copyOf(chosen);
        }

        /**
         * All or nothing: exactly the correct set; a subset, a superset or nothing chosen is wrong. Not a JSON
         * property: Jackson would otherwise write it in place of the {@code correct} keys.
         */
        @JsonIgnore
        public boolean isCorrect() {
            return !chosen.isEmpty() && chosen.equals(correct);
        }
    }

    /** Result in one domain or task; {@code total} is 0 when the exam asked nothing there. */
    public record AreaResult(String id, String name, int correct, int total) {

        /** Percent correct, 0 to 100; 0 when nothing was asked. */
        public double percent() {
            return total == 0 ? 0.0 : 100.0 * correct / total;
        }
    }

    /** An estimated scaled score and the range it plausibly lies in; {@code low <= estimate <= high}. */
    public record ScaledRange(int low, int estimate, int high) {
    }

    /**
     * @param domains every blueprint domain, in blueprint order
     * @param tasks every blueprint task, in blueprint order
     * @param passed whether the estimated scaled score reaches the passing score
     */
    public record ExamResult(int correct, int total, List<AreaResult> domains, List<AreaResult> tasks,
            ScaledRange scaled, boolean passed) {

        public ExamResult {
            domains = List.copyOf(domains);
            tasks = List.copyOf(tasks);
        }

        /** Percent correct, 0 to 100; 0 for an empty exam. */
        public double percent() {
            return total == 0 ? 0.0 : 100.0 * correct / total;
        }
    }

    /**
     * Items whose domain or task is not in the blueprint (say, from an attempt stored before the blueprint changed)
     * count in the overall score but in no area.
     */
    public static ExamResult score(Blueprint bp, List<ScoredItem> items) {
        Map<String, int[]> byDomain = new HashMap<>();
        Map<String, int[]> byTask = new HashMap<>();
        int correct = 0;
        for (ScoredItem item : items) {
            int point = item.isCorrect() ? 1 : 0;
            correct += point;
            add(byDomain, item.domain(), point);
            add(byTask, item.task(), point);
        }
        List<AreaResult> domains = new ArrayList<>();
        List<AreaResult> tasks = new ArrayList<>();
        for (Domain domain : bp.domains()) {
            int[] counts = byDomain.getOrDefault(domain.id(), new int[2]);
            domains.add(new AreaResult(domain.id(), domain.name(), counts[0], counts[1]));
            for (Task task : domain.tasks()) {
                int[] taskCounts = byTask.getOrDefault(task.id(), new int[2]);
                tasks.add(new AreaResult(task.id(), task.name(), taskCounts[0], taskCounts[1]));
            }
        }
        ScaledRange scaled = estimate(bp, correct, items.size());
        return new ExamResult(correct, items.size(), domains, tasks, scaled,
                scaled.estimate() >= bp.format().passingScore());
    }

    private static void add(Map<String, int[]> counts, String key, int point) {
        if (key == null) {
            return;
        }
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += point;
        c[1]++;
    }

    /**
     * The estimated scaled score for {@code correct} of {@code total}, with its range (see the class comment). With
     * nothing answered ({@code total == 0}) nothing is known: the range is the whole scale and the estimate its
     * minimum.
     */
    public static ScaledRange estimate(Blueprint bp, int correct, int total) {
        if (total < 0 || correct < 0 || correct > total) {
            throw new IllegalArgumentException("need 0 <= correct <= total, got " + correct + " of " + total);
        }
        ExamFormat format = bp.format();
        if (total == 0) {
            return new ScaledRange(format.scaledMin(), format.scaledMin(), format.scaledMax());
        }
        double p = (double) correct / total;
        double z = zForConfidence(bp.estimate().confidence());
        double z2 = z * z;
        double denominator = 1 + z2 / total;
        double centre = (p + z2 / (2.0 * total)) / denominator;
        double halfWidth = z / denominator * Math.sqrt(p * (1 - p) / total + z2 / (4.0 * total * total));
        int estimate = toScaled(bp, p);
        int low = Math.min(estimate, toScaled(bp, Math.max(0.0, centre - halfWidth)));
        int high = Math.max(estimate, toScaled(bp, Math.min(1.0, centre + halfWidth)));
        return new ScaledRange(low, estimate, high);
    }

    /** The piecewise-linear map from raw proportion correct to the scaled score, rounded to a whole point. */
    static int toScaled(Blueprint bp, double p) {
        ExamFormat format = bp.format();
        double cut = bp.estimate().cutProportion();
        double scaled;
        if (p <= cut) {
            scaled = format.scaledMin() + (format.passingScore() - format.scaledMin()) * (p / cut);
        } else {
            scaled = format.passingScore() + (format.scaledMax() - format.passingScore()) * ((p - cut) / (1 - cut));
        }
        return (int) Math.round(Math.max(format.scaledMin(), Math.min(format.scaledMax(), scaled)));
    }

    /** The two-sided normal quantile for a confidence level, e.g. 0.95 → 1.96. */
    static double zForConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
        return inverseNormal(0.5 + confidence / 2);
    }

    /**
     * Standard normal quantile by Acklam's rational approximation (relative error below 1.2e-9), ample for a range
     * drawn in whole scaled points.
     */
    static double inverseNormal(double p) {
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}

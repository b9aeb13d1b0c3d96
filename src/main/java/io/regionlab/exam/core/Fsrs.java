package io.regionlab.exam.core;

import java.util.Arrays;

/**
 * FSRS-6, the Free Spaced Repetition Scheduler, as implemented by the reference implementation
 * {@code open-spaced-repetition/fsrs-rs} (FSRS-6 model: {@code src/model.rs}, {@code src/inference.rs}).
 *
 * <p>R is the probability of recall after t days, S the stability (days until R falls to 90%), D the difficulty
 * (1–10), G the grade, w0…w20 the parameters:
 * <ul>
 * <li>R(t, S) = (1 + F·t/S)^(−w20), F = 0.9^(−1/w20) − 1.</li>
 * <li>First review: S₀ = w[G−1]; D₀(G) = w4 − e^(w5·(G−1)) + 1.</li>
 * <li>Difficulty: D′ = w7·D₀(4) + (1 − w7)·(D − w6·(G − 3)·(10 − D)/9), also after same-day reviews.</li>
 * <li>Recalled (Hard, Good, Easy): S′ = S·(1 + e^w8·(11 − D)·S^(−w9)·(e^(w10·(1−R)) − 1)·(w15 if Hard)·(w16 if
 * Easy)).</li>
 * <li>Forgotten (Again): S′ = min(w11·D^(−w12)·((S + 1)^w13 − 1)·e^(w14·(1−R)), S / e^(w17·w18)).</li>
 * <li>Same-day review (less than a day since the last one): S′ = S·e^(w17·(G − 3 + w18))·S^(−w19), where the
 * factor is at least 1 for Hard, Good and Easy (fsrs-rs: a passing same-day review never lowers stability).</li>
 * <li>Next interval for desired retention r: I = S/F·(r^(−1/w20) − 1); at r = 0.9, I = S.</li>
 * </ul>
 * As in fsrs-rs, stability is kept within [0.001, 36500] days and difficulty within [1, 10], and a stored state is
 * clamped to those bounds before it is used. fsrs-rs computes in 32-bit floats; this class uses doubles, so results
 * agree with its test vectors to about five significant digits.
 */
public final class Fsrs {

    /** The grade a learner gives a review. */
    public enum Grade {
        AGAIN(1), HARD(2), GOOD(3), EASY(4);

        private final int value;

        Grade(int value) {
            this.value = value;
        }

        public int value() {
            return value;
        }

        public static Grade of(int value) {
            for (Grade grade : values()) {
                if (grade.value == value) {
                    return grade;
                }
            }
            throw new IllegalArgumentException("grade must be 1 to 4: " + value);
        }
    }

    /** Memory of one item: stability in days, difficulty from 1 to 10. */
    public record MemoryState(double stability, double difficulty) {
    }

    /** Lowest stability, in days (fsrs-rs {@code S_MIN}). */
    public static final double S_MIN = 0.001;
    /** Highest stability and longest whole-day interval, in days: 100 years (fsrs-rs {@code S_MAX}). */
    public static final double S_MAX = 36500.0;
    static final double D_MIN = 1.0;
    static final double D_MAX = 10.0;

    private static final double[] FSRS6_DEFAULT_PARAMETERS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    };
    private static final double DEFAULT_DESIRED_RETENTION = 0.9;

    private final double[] w;
    private final double desiredRetention;
    private final double decay;
    private final double factor;

    /**
     * @param w the 21 FSRS-6 parameters w0…w20 (copied)
     * @param desiredRetention the probability of recall at which a review falls due, above 0 and at most 1
     */
    public Fsrs(double[] w, double desiredRetention) {
        if (w == null || w.length != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 parameters");
        }
        if (Arrays.stream(w).anyMatch(x -> !Double.isFinite(x))) {
            throw new IllegalArgumentException("parameters must be finite: " + Arrays.toString(w));
        }
        if (!(w[20] > 0)) {
            throw new IllegalArgumentException("w20 (decay) must be positive: " + w[20]);
        }
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("desired retention must be in (0, 1]: " + desiredRetention);
        }
        this.w = w.clone();
        this.desiredRetention = desiredRetention;
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** The FSRS-6 default parameters and a desired retention of 0.9. */
    public static Fsrs defaults() {
        return new Fsrs(FSRS6_DEFAULT_PARAMETERS, DEFAULT_DESIRED_RETENTION);
    }

    /** A copy of the FSRS-6 default parameters w0…w20. */
    public static double[] defaultParameters() {
        return FSRS6_DEFAULT_PARAMETERS.clone();
    }

    public double desiredRetention() {
        return desiredRetention;
    }

    /** R(t, S): the probability of recall {@code elapsedDays} after the last review (1 at t ≤ 0). */
    public double retrievability(double elapsedDays, double stability) {
        double s = clampStability(stability);
        return Math.pow(1 + factor * Math.max(0, elapsedDays) / s, decay);
    }

    /** The memory state after the first review of an item. */
    public MemoryState initial(Grade g) {
        return new MemoryState(clampStability(w[g.value() - 1]), clampDifficulty(initialDifficulty(g)));
    }

    /**
     * The memory state after a review.
     *
     * @param s the state before, {@code null} for the first review of the item
     * @param elapsedDays days since the previous review; less than 1 is a same-day review. Pass whole days as the
     *        scheduler counts them, as fsrs-rs does; a fraction of 1 or more is used as given.
     */
    public MemoryState next(MemoryState s, double elapsedDays, Grade g) {
        if (s == null) {
            return initial(g);
        }
        double lastS = clampStability(s.stability());
        double lastD = clampDifficulty(s.difficulty());
        double newS;
        if (elapsedDays < 1) {
            newS = stabilityShortTerm(lastS, g);
        } else {
            double r = retrievability(elapsedDays, lastS);
            newS = g == Grade.AGAIN
                    ? stabilityAfterFailure(lastS, lastD, r)
                    : stabilityAfterSuccess(lastS, lastD, r, g);
        }
        return new MemoryState(clampStability(newS), nextDifficulty(lastD, g));
    }

    /** Days until R falls to the desired retention: S/F·(r^(−1/w20) − 1), unrounded and unbounded. */
    public double nextIntervalDays(double stability) {
        return clampStability(stability) / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
    }

    /** {@link #nextIntervalDays} rounded to whole days, at least 1 and at most {@link #S_MAX} (100 years). */
    public int nextIntervalWholeDays(double stability) {
        return (int) Math.max(1, Math.min(S_MAX, Math.round(nextIntervalDays(stability))));
    }

    // The steps of the model, package-private so that tests can check them against fsrs-rs's vectors.

    double initialDifficulty(Grade g) {
        return w[4] - Math.exp(w[5] * (g.value() - 1)) + 1;
    }

    /** Linear damping towards 10, then mean reversion towards D₀(Easy), then clamped to [1, 10]. */
    double nextDifficulty(double d, Grade g) {
        return clampDifficulty(meanReversion(dampedDifficulty(d, g)));
    }

    /** D − w6·(G − 3)·(10 − D)/9: harder grades move D up, by less the nearer it is to 10. */
    double dampedDifficulty(double d, Grade g) {
        return d + (10 - d) * (-w[6] * (g.value() - 3)) / 9;
    }

    double meanReversion(double d) {
        return w[7] * initialDifficulty(Grade.EASY) + (1 - w[7]) * d;
    }

    double stabilityAfterSuccess(double s, double d, double r, Grade g) {
        double hardPenalty = g == Grade.HARD ? w[15] : 1;
        double easyBonus = g == Grade.EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1)
                * hardPenalty * easyBonus);
    }

    double stabilityAfterFailure(double s, double d, double r) {
        double newS = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
        return Math.min(newS, s / Math.exp(w[17] * w[18]));
    }

    double stabilityShortTerm(double s, Grade g) {
        double increase = Math.exp(w[17] * (g.value() - 3 + w[18])) * Math.pow(s, -w[19]);
        return s * (g == Grade.AGAIN ? increase : Math.max(increase, 1));
    }

    private static double clampStability(double s) {
        return Math.max(S_MIN, Math.min(S_MAX, s));
    }

    private static double clampDifficulty(double d) {
        return Math.max(D_MIN, Math.min(D_MAX, d));
    }
}

package io.regionlab.exam.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.regionlab.exam.core.Fsrs.Grade;
import io.regionlab.exam.core.Fsrs.MemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FSRS-6 checked against the test vectors of the reference implementation, open-spaced-repetition/fsrs-rs, FSRS-6
 * release line: {@code src/model.rs} (kept as {@code src/model_v6.rs} since FSRS-7 was added, e.g. commit
 * 48b7d2f61fa51b16b1c74c9271b01f33fd5adbb0) and {@code src/inference.rs}. fsrs-rs computes in f32, so values are
 * compared to 1e-4, the tolerance fsrs-rs's own {@code assert_memory_state} uses.
 */
class FsrsTest {

    private static final double TOLERANCE = 1e-4;

    private final Fsrs fsrs = Fsrs.defaults();

    /** fsrs-rs {@code src/model.rs}, {@code test_power_forgetting_curve} (FSRS-6 default parameters). */
    @Test
    void retrievabilityFollowsThePowerForgettingCurve() {
        double[] elapsed = {0, 1, 2, 3, 4, 5};
        double[] stability = {1, 2, 3, 4, 4, 2};
        double[] expected = {1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359};

        for (int i = 0; i < elapsed.length; i++) {
            assertThat(fsrs.retrievability(elapsed[i], stability[i])).isCloseTo(expected[i], within(1e-6));
        }
    }

    /** fsrs-rs {@code src/inference.rs}, {@code test_current_retrievability}: decay 0.2, stability 1. */
    @Test
    void retrievabilityUsesTheDecayParameter() {
        double[] w = Fsrs.defaultParameters();
        w[20] = 0.2;
        Fsrs decay02 = new Fsrs(w, 0.9);

        assertThat(decay02.retrievability(0, 1)).isEqualTo(1.0);
        assertThat(decay02.retrievability(1, 1)).isCloseTo(0.9, within(1e-7));
        assertThat(decay02.retrievability(2, 1)).isCloseTo(0.84028935, within(1e-7));
        assertThat(decay02.retrievability(3, 1)).isCloseTo(0.7985001, within(1e-7));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.001, 0.212, 1, 3.7, 42, 365, 36500})
    void recallIsNinetyPercentAfterStabilityDays(double stability) {
        assertThat(fsrs.retrievability(stability, stability)).isCloseTo(0.9, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.001, 0.212, 1, 3.7, 42, 365, 36500})
    void atNinetyPercentRetentionTheIntervalIsTheStability(double stability) {
        assertThat(fsrs.nextIntervalDays(stability)).isCloseTo(stability, within(stability * 1e-12));
    }

    /**
     * fsrs-rs {@code src/model.rs}, {@code test_init_stability} and {@code test_init_difficulty}: S₀ = w[G−1],
     * D₀ = w4 − e^(w5·(G−1)) + 1, clamped to [1, 10] (Easy falls below 1 with the defaults).
     */
    @Test
    void theFirstReviewSetsStabilityAndDifficultyFromTheGrade() {
        double[] w = Fsrs.defaultParameters();
        for (Grade g : Grade.values()) {
            MemoryState state = fsrs.initial(g);
            assertThat(state.stability()).isEqualTo(w[g.value() - 1]);
            double d0 = w[4] - Math.exp(w[5] * (g.value() - 1)) + 1;
            assertThat(state.difficulty()).isEqualTo(Math.max(1, Math.min(10, d0)));
            assertThat(fsrs.next(null, 12, g)).isEqualTo(state);
        }
        assertThat(fsrs.initial(Grade.EASY).difficulty()).isEqualTo(1.0);
    }

    /**
     * fsrs-rs {@code src/model.rs}, {@code test_forward}: a first review at day 0, then the same grade again after 1
     * day (grades 1–4) or 2 days (grades 1, 2).
     */
    @Test
    void twoReviewsGiveTheReferenceMemoryStates() {
        int[] grades = {1, 2, 3, 4, 1, 2};
        double[] secondAfter = {1, 1, 1, 1, 2, 2};
        double[] stability = {0.10088589, 3.2494123, 7.3153, 18.014914, 0.112798266, 4.4694576};
        double[] difficulty = {8.806304, 6.7404594, 2.1112142, 1.0, 8.806304, 6.7404594};

        for (int i = 0; i < grades.length; i++) {
            Grade g = Grade.of(grades[i]);
            MemoryState state = fsrs.next(fsrs.next(null, 0, g), secondAfter[i], g);

            assertThat(state.stability()).as("stability %d", i).isCloseTo(stability[i], within(TOLERANCE));
            assertThat(state.difficulty()).as("difficulty %d", i).isCloseTo(difficulty[i], within(TOLERANCE));
        }
    }

    /** fsrs-rs {@code src/model.rs}, {@code test_next_difficulty}: from D = 5, before and after mean reversion. */
    @Test
    void difficultyMovesWithTheGradeAndRevertsTowardsTheEasyStart() {
        double[] damped = {8.354889, 6.6774445, 5.0, 3.3225555};
        double[] reverted = {8.341763, 6.6659956, 4.990228, 3.3144615};

        for (Grade g : Grade.values()) {
            int i = g.value() - 1;
            assertThat(fsrs.dampedDifficulty(5, g)).isCloseTo(damped[i], within(TOLERANCE));
            assertThat(fsrs.meanReversion(fsrs.dampedDifficulty(5, g))).isCloseTo(reverted[i], within(TOLERANCE));
            assertThat(fsrs.next(new MemoryState(5, 5), 3, g).difficulty()).isCloseTo(reverted[i], within(TOLERANCE));
        }
    }

    /**
     * fsrs-rs {@code src/model.rs}, {@code test_next_stability}: S = 5 with D = 1, 2, 3, 4 and R = 0.9, 0.8, 0.7,
     * 0.6 for grades 1–4; then the same-day increase from S = 5 for each grade.
     */
    @Test
    void stabilityAfterRecallLapseAndSameDayReviewMatchesTheReference() {
        double[] recall = {25.602541, 28.226582, 58.656002, 127.226685};
        double[] lapse = {1.0525396, 1.1894329, 1.3680838, 1.584989};
        double[] sameDay = {1.596818, 5.0, 5.0, 8.12961};
        double[] r = {0.9, 0.8, 0.7, 0.6};

        for (Grade g : Grade.values()) {
            int i = g.value() - 1;
            double d = g.value();
            assertThat(fsrs.stabilityAfterSuccess(5, d, r[i], g)).isCloseTo(recall[i], within(TOLERANCE));
            assertThat(fsrs.stabilityAfterFailure(5, d, r[i])).isCloseTo(lapse[i], within(TOLERANCE));
            assertThat(fsrs.stabilityShortTerm(5, g)).isCloseTo(sameDay[i], within(TOLERANCE));
        }
    }

    /**
     * fsrs-rs {@code src/inference.rs}, {@code test_memory_state}: Again, then Good at 0, 0, 1, 3, 8 and 21 days;
     * once with the defaults and once with the short-term parameters w17–w19 set to 0.
     */
    @Test
    void aReviewHistoryGivesTheReferenceMemoryState() {
        assertThat(replay(Fsrs.defaultParameters())).satisfies(state -> {
            assertThat(state.stability()).isCloseTo(53.62691, within(TOLERANCE));
            assertThat(state.difficulty()).isCloseTo(6.3574867, within(TOLERANCE));
        });

        double[] noShortTerm = Fsrs.defaultParameters();
        noShortTerm[17] = 0;
        noShortTerm[18] = 0;
        noShortTerm[19] = 0;
        assertThat(replay(noShortTerm)).satisfies(state -> {
            assertThat(state.stability()).isCloseTo(53.335106, within(TOLERANCE));
            assertThat(state.difficulty()).isCloseTo(6.3574867, within(TOLERANCE));
        });
    }

    private static MemoryState replay(double[] w) {
        Fsrs model = new Fsrs(w, 0.9);
        int[] grades = {1, 3, 3, 3, 3, 3};
        double[] elapsed = {0, 0, 1, 3, 8, 21};
        MemoryState state = null;
        for (int i = 0; i < grades.length; i++) {
            state = model.next(state, elapsed[i], Grade.of(grades[i]));
        }
        return state;
    }

    /**
     * fsrs-rs {@code src/inference.rs}, {@code test_memo_state} and {@code test_next_states}. They use a 19-parameter
     * (FSRS-5) set, which fsrs-rs's {@code check_and_fill_parameters} extends with w19 = 0 and w20 = 0.5.
     */
    @Test
    void theFsrs5ParameterSetGivesTheReferenceStatesForEveryGrade() {
        Fsrs fsrs5 = new Fsrs(new double[] {0.6845422, 1.6790825, 4.7349424, 10.042885, 7.4410233, 0.64219797,
            1.071918, 0.0025195254, 1.432437, 0.1544, 0.8692766, 2.0696752, 0.0953, 0.2975, 2.4691248, 0.19542035,
            3.201072, 0.18046261, 0.121442534, 0.0, 0.5}, 0.9);
        MemoryState state = null;
        int[] grades = {1, 3, 3, 3};
        double[] elapsed = {0, 1, 3, 8};
        for (int i = 0; i < grades.length; i++) {
            state = fsrs5.next(state, elapsed[i], Grade.of(grades[i]));
        }

        double[][] expected = {
            {2.9691455, 8.000659}, {17.091452, 7.6913934}, {31.722992, 7.382128}, {71.7502, 7.0728626}};
        for (Grade g : Grade.values()) {
            MemoryState next = fsrs5.next(state, 21, g);
            assertThat(next.stability()).as("stability %s", g).isCloseTo(expected[g.value() - 1][0], within(TOLERANCE));
            assertThat(next.difficulty()).as("difficulty %s", g).isCloseTo(expected[g.value() - 1][1],
                    within(TOLERANCE));
            assertThat(fsrs5.nextIntervalDays(next.stability())).isCloseTo(next.stability(), within(1e-9));
        }

        MemoryState good = fsrs5.next(new MemoryState(20.925528, 7.005062), 21, Grade.GOOD);
        assertThat(good.stability()).isCloseTo(40.87456, within(TOLERANCE));
        assertThat(good.difficulty()).isCloseTo(6.9913807, within(TOLERANCE));
        assertThat(fsrs5.nextIntervalDays(121.01552)).isCloseTo(121.01551, within(TOLERANCE));
    }

    /**
     * fsrs-rs {@code src/inference.rs}, {@code test_next_interval}: S = 1 at desired retention 0.1 … 1.0, rounded and
     * at least 1 day. At 0.1 the f32 result of fsrs-rs (3,116,766) differs from the double one in the 7th digit.
     */
    @Test
    void theIntervalForEachDesiredRetentionMatchesTheReference() {
        long[] expected = {3116766, 34793, 2508, 387, 90, 27, 9, 3, 1, 1};

        for (int i = 1; i <= 10; i++) {
            Fsrs model = new Fsrs(Fsrs.defaultParameters(), i / 10.0);
            long days = Math.max(1, Math.round(model.nextIntervalDays(1.0)));
            if (i == 1) {
                assertThat((double) days).isCloseTo(expected[0], within(expected[0] * 1e-5));
            } else {
                assertThat(days).as("retention %.1f", i / 10.0).isEqualTo(expected[i - 1]);
            }
        }
    }

    @Test
    void wholeDayIntervalsAreRoundedAtLeastOneDayAndAtMostAHundredYears() {
        assertThat(fsrs.nextIntervalWholeDays(0.212)).isEqualTo(1);
        assertThat(fsrs.nextIntervalWholeDays(2.4)).isEqualTo(2);
        assertThat(fsrs.nextIntervalWholeDays(2.5)).isEqualTo(3);
        assertThat(fsrs.nextIntervalWholeDays(31.7)).isEqualTo(32);
        assertThat(new Fsrs(Fsrs.defaultParameters(), 0.1).nextIntervalWholeDays(1.0)).isEqualTo(36500);
    }

    @Test
    void aReviewWithinADayUsesTheSameDayRule() {
        MemoryState state = new MemoryState(5, 5);

        assertThat(fsrs.next(state, 0.5, Grade.GOOD).stability()).isEqualTo(fsrs.stabilityShortTerm(5, Grade.GOOD));
        assertThat(fsrs.next(state, 0, Grade.AGAIN).stability()).isCloseTo(1.596818, within(TOLERANCE));
        assertThat(fsrs.next(state, 1, Grade.GOOD).stability()).isGreaterThan(5);
    }

    @Test
    void aPassingSameDayReviewNeverLowersStability() {
        for (double s : new double[] {0.5, 5, 50, 500}) {
            for (Grade g : new Grade[] {Grade.HARD, Grade.GOOD, Grade.EASY}) {
                assertThat(fsrs.next(new MemoryState(s, 5), 0, g).stability()).isGreaterThanOrEqualTo(s);
            }
        }
    }

    @Test
    void forgettingNeverRaisesStabilityAndRecallingNeverLowersIt() {
        for (double s : new double[] {0.5, 5, 50, 500}) {
            for (double days : new double[] {1, 10, 100}) {
                MemoryState before = new MemoryState(s, 5);
                assertThat(fsrs.next(before, days, Grade.AGAIN).stability()).isLessThanOrEqualTo(s);
                assertThat(fsrs.next(before, days, Grade.HARD).stability()).isGreaterThanOrEqualTo(s);
                assertThat(fsrs.next(before, days, Grade.GOOD).stability())
                        .isGreaterThan(fsrs.next(before, days, Grade.HARD).stability());
                assertThat(fsrs.next(before, days, Grade.EASY).stability())
                        .isGreaterThan(fsrs.next(before, days, Grade.GOOD).stability());
            }
        }
    }

    @Test
    void stabilityAndDifficultyStayWithinTheirBounds() {
        MemoryState state = null;
        for (int i = 0; i < 40; i++) {
            state = fsrs.next(state, 36500, Grade.EASY);
        }
        assertThat(state.stability()).isEqualTo(Fsrs.S_MAX);
        assertThat(state.difficulty()).isEqualTo(1.0);

        for (int i = 0; i < 40; i++) {
            state = fsrs.next(state, 0, Grade.AGAIN);
        }
        assertThat(state.stability()).isGreaterThanOrEqualTo(Fsrs.S_MIN);
        // mean reversion (w7) keeps repeated lapses just under the ceiling of 10
        assertThat(state.difficulty()).isBetween(9.9, 10.0);

        MemoryState outOfRange = fsrs.next(new MemoryState(-3, 42), 1, Grade.GOOD);
        assertThat(outOfRange.stability()).isBetween(Fsrs.S_MIN, Fsrs.S_MAX);
        assertThat(outOfRange.difficulty()).isBetween(1.0, 10.0);
    }

    @Test
    void parametersAndRetentionAreChecked() {
        assertThatThrownBy(() -> new Fsrs(new double[19], 0.9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fsrs(Fsrs.defaultParameters(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fsrs(Fsrs.defaultParameters(), 1.1)).isInstanceOf(IllegalArgumentException.class);
        double[] nan = Fsrs.defaultParameters();
        nan[3] = Double.NaN;
        assertThatThrownBy(() -> new Fsrs(nan, 0.9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grade.of(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultsAreTheFsrs6ParametersAtNinetyPercent() {
        assertThat(Fsrs.defaultParameters()).containsExactly(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658,
                0.1542);
        assertThat(Fsrs.defaults().desiredRetention()).isEqualTo(0.9);

        double[] copy = Fsrs.defaultParameters();
        copy[0] = 99;
        assertThat(Fsrs.defaults().initial(Grade.AGAIN).stability()).isEqualTo(0.212);
    }
}

package io.regionlab.exam.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionlab.exam.core.ExamDraw.Draw;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExamDrawTest {

    private final Blueprint bp = Fixtures.mlsC01();

    @Test
    void eachDomainGetsItsWeightedShareWithinOneQuestionOverManyDraws() {
        List<Question> bank = bank(Map.of("1", 100, "2", 100, "3", 100, "4", 100));
        SplittableRandom rng = new SplittableRandom(42);
        Map<String, Integer> timesDrawn = new HashMap<>();

        for (int i = 0; i < 2_000; i++) {
            Draw draw = ExamDraw.draw(bp, bank, 65, rng);

            assertThat(draw.questions()).hasSize(65);
            assertThat(draw.shortOfBank()).isFalse();
            Map<String, Integer> counted = countByDomain(draw.questions());
            assertThat(draw.perDomain()).isEqualTo(counted);
            for (Domain domain : bp.domains()) {
                double share = 65.0 * domain.weight() / 100;
                assertThat((double) counted.getOrDefault(domain.id(), 0)).isBetween(share - 1, share + 1);
            }
            draw.questions().forEach(q -> timesDrawn.merge(q.id(), 1, Integer::sum));
        }

        // Within a domain every question is about equally likely: 2,000 draws × 23 of 100 ≈ 460 each.
        bank.stream().filter(q -> q.domain().equals("3"))
                .forEach(q -> assertThat(timesDrawn.get(q.id())).isBetween(360, 560));
    }

    @Test
    void theWeightsOf65GiveTheLargestRemainderAllocation() {
        Draw draw = ExamDraw.draw(bp, bank(Map.of("1", 50, "2", 50, "3", 50, "4", 50)), 65, new SplittableRandom(1));

        // 13 + 15.6 + 23.4 + 13: the largest remainder (.6) goes to domain 2
        assertThat(draw.perDomain()).containsExactly(Map.entry("1", 13), Map.entry("2", 16), Map.entry("3", 23),
                Map.entry("4", 13));
    }

    @Test
    void aSmallDomainGivesAllItHasAndTheOthersShareItsShortfallByWeight() {
        Draw draw = ExamDraw.draw(bp, bank(Map.of("1", 5, "2", 100, "3", 100, "4", 100)), 65, new SplittableRandom(7));

        // domain 1 gives its 5; the other 60 go 24:36:20 → 18, 27, 15
        assertThat(draw.perDomain()).containsExactly(Map.entry("1", 5), Map.entry("2", 18), Map.entry("3", 27),
                Map.entry("4", 15));
        assertThat(draw.questions()).hasSize(65);
        assertThat(draw.shortOfBank()).isFalse();
    }

    @Test
    void shortfallsCascadeWhenAReceivingDomainRunsOutToo() {
        Draw draw = ExamDraw.draw(bp, bank(Map.of("1", 5, "2", 17, "3", 100, "4", 100)), 65, new SplittableRandom(7));

        // 1 gives its 5 of 13; of the other 60, 2 would get 18 but has 17; the last 43 go 36:20 → 27.64…, 15.36…
        assertThat(draw.perDomain()).containsExactly(Map.entry("1", 5), Map.entry("2", 17), Map.entry("3", 28),
                Map.entry("4", 15));
    }

    @Test
    void domainsThatRunOutTogetherLeaveTheRestToTheOthersByWeight() {
        Draw draw = ExamDraw.draw(bp, bank(Map.of("1", 5, "2", 10, "3", 100, "4", 100)), 65, new SplittableRandom(7));

        // 1 gives 5, 2 gives 10; the other 50 go 36:20 → 32.14…, 17.86… → 32, 18
        assertThat(draw.perDomain()).containsExactly(Map.entry("1", 5), Map.entry("2", 10), Map.entry("3", 32),
                Map.entry("4", 18));
    }

    @Test
    void aBankSmallerThanTheExamGivesEveryQuestionAndSaysSo() {
        List<Question> bank = bank(Map.of("1", 3, "2", 10, "3", 12, "4", 5));

        Draw draw = ExamDraw.draw(bp, bank, 65, new SplittableRandom(3));

        assertThat(draw.questions()).containsExactlyInAnyOrderElementsOf(bank);
        assertThat(draw.requested()).isEqualTo(65);
        assertThat(draw.shortOfBank()).isTrue();
        assertThat(draw.perDomain()).containsExactly(Map.entry("1", 3), Map.entry("2", 10), Map.entry("3", 12),
                Map.entry("4", 5));
    }

    @Test
    void aDomainWithoutQuestionsIsListedWithZero() {
        Draw draw = ExamDraw.draw(bp, bank(Map.of("1", 50, "3", 50)), 10, new SplittableRandom(3));

        // weights 20 and 36 share 10: 3.57… and 6.43… → 4 and 6
        assertThat(draw.perDomain()).containsExactly(Map.entry("1", 4), Map.entry("2", 0), Map.entry("3", 6),
                Map.entry("4", 0));
    }

    @Test
    void noQuestionIsDrawnTwice() {
        SplittableRandom rng = new SplittableRandom(5);
        List<Question> bank = bank(Map.of("1", 14, "2", 16, "3", 24, "4", 14));
        for (int i = 0; i < 200; i++) {
            Draw draw = ExamDraw.draw(bp, bank, 65, rng);

            assertThat(draw.questions()).extracting(Question::id).doesNotHaveDuplicates().hasSize(65);
        }
    }

    @Test
    void domainsAreMixedThroughoutTheExam() {
        SplittableRandom rng = new SplittableRandom(11);
        List<Question> bank = bank(Map.of("1", 100, "2", 100, "3", 100, "4", 100));
        Set<String> firstDomains = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            firstDomains.add(ExamDraw.draw(bp, bank, 65, rng).questions().get(0).domain());
        }

        assertThat(firstDomains).containsExactlyInAnyOrder("1", "2", "3", "4");
    }

    @Test
    void theSameSeedDrawsTheSameExam() {
        List<Question> bank = bank(Map.of("1", 100, "2", 100, "3", 100, "4", 100));

        assertThat(ExamDraw.draw(bp, bank, 65, new SplittableRandom(99)))
                .isEqualTo(ExamDraw.draw(bp, bank, 65, new SplittableRandom(99)));
    }

    @Test
    void everyQuestionTypeInTheBankCanBeDrawn() {
        List<Question> bank = List.of(Fixtures.single("s", "3", "3.1"), Fixtures.multiple("m", "3", "3.1"));

        assertThat(ExamDraw.draw(bp, bank, 2, new SplittableRandom(1)).questions())
                .extracting(Question::type)
                .containsExactlyInAnyOrder(QuestionType.SINGLE, QuestionType.MULTIPLE);
    }

    @Test
    void anEmptyExamIsEmptyAndANegativeSizeIsRefused() {
        Draw draw = ExamDraw.draw(bp, bank(Map.of("1", 5)), 0, new SplittableRandom(1));

        assertThat(draw.questions()).isEmpty();
        assertThat(draw.shortOfBank()).isFalse();
        assertThatThrownBy(() -> ExamDraw.draw(bp, List.of(), -1, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filterSelectsByDomainAndTask() {
        List<Question> bank = List.of(Fixtures.single("a", "1", "1.1"), Fixtures.single("b", "1", "1.2"),
                Fixtures.single("c", "2", "2.1"));

        assertThat(ExamDraw.filter(bank, null, null)).extracting(Question::id).containsExactly("a", "b", "c");
        assertThat(ExamDraw.filter(bank, "1", null)).extracting(Question::id).containsExactly("a", "b");
        assertThat(ExamDraw.filter(bank, null, "1.2")).extracting(Question::id).containsExactly("b");
        assertThat(ExamDraw.filter(bank, "2", "1.2")).isEmpty();
    }

    /** {@code counts} questions per domain, all in the domain's first task. */
    private static List<Question> bank(Map<String, Integer> counts) {
        List<Question> bank = new ArrayList<>();
        counts.keySet().stream().sorted().forEach(domain -> {
            for (int i = 0; i < counts.get(domain); i++) {
                bank.add(Fixtures.single("d" + domain + "-q" + i, domain, domain + ".1"));
            }
        });
        return bank;
    }

    private static Map<String, Integer> countByDomain(List<Question> questions) {
        Map<String, Integer> counts = new HashMap<>();
        questions.forEach(q -> counts.merge(q.domain(), 1, Integer::sum));
        return counts;
    }
}

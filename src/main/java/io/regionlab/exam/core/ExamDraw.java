package io.regionlab.exam.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Draws a practice exam from the question bank in the proportions of the blueprint's domain weights.
 *
 * <p>The requested size is apportioned to domains by weight with the largest-remainder method (ties go to the heavier
 * domain, then to the earlier one in the blueprint). A domain with fewer questions than its share gives all it has,
 * and its shortfall is re-apportioned among the other domains in proportion to their weights, until every share fits
 * or the bank runs out. Questions are sampled without replacement within each domain and the whole exam is then
 * shuffled. All question types in the bank are drawn. With a seeded generator the draw is reproducible.
 */
public final class ExamDraw {

    private ExamDraw() {
    }

    /**
     * @param requested the size asked for
     * @param shortOfBank true when the bank held fewer questions than requested, so the exam is shorter
     * @param perDomain questions drawn per blueprint domain id, every domain listed, in blueprint order
     */
    public record Draw(List<Question> questions, int requested, boolean shortOfBank, Map<String, Integer> perDomain) {

        public Draw {
            questions = List.copyOf(questions);
            perDomain = Collections.unmodifiableMap(new LinkedHashMap<>(perDomain));
        }
    }

    /** Questions whose domain is not in the blueprint are never drawn. */
    public static Draw draw(Blueprint bp, List<Question> bank, int size, RandomGenerator rng) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        Objects.requireNonNull(rng, "rng");
        Map<String, List<Question>> byDomain = new LinkedHashMap<>();
        for (Domain domain : bp.domains()) {
            byDomain.put(domain.id(), new ArrayList<>());
        }
        for (Question question : bank) {
            List<Question> pool = byDomain.get(question.domain());
            if (pool != null) {
                pool.add(question);
            }
        }

        Map<String, Integer> shares = allocate(bp.domains(), byDomain, size);
        List<Question> drawn = new ArrayList<>();
        for (Domain domain : bp.domains()) {
            drawn.addAll(sample(byDomain.get(domain.id()), shares.get(domain.id()), rng));
        }
        shuffle(drawn, rng);
        return new Draw(drawn, size, drawn.size() < size, shares);
    }

    /** Domain shares by weight, largest remainders, with shortfalls of small domains passed on to the others. */
    static Map<String, Integer> allocate(List<Domain> domains, Map<String, List<Question>> byDomain, int size) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        domains.forEach(d -> shares.put(d.id(), 0));
        List<Domain> open = new ArrayList<>(domains.stream()
                .filter(d -> !byDomain.get(d.id()).isEmpty())
                .toList());
        int left = Math.min(size, open.stream().mapToInt(d -> byDomain.get(d.id()).size()).sum());
        while (left > 0 && !open.isEmpty()) {
            Map<String, Integer> quota = largestRemainder(open, left);
            List<Domain> full = open.stream()
                    .filter(d -> quota.get(d.id()) > byDomain.get(d.id()).size())
                    .toList();
            if (full.isEmpty()) {
                quota.forEach(shares::put);
                break;
            }
            for (Domain domain : full) {
                int all = byDomain.get(domain.id()).size();
                shares.put(domain.id(), all);
                left -= all;
                open.remove(domain);
            }
        }
        return shares;
    }

    /** Apportions {@code seats} to domains by weight; a set of zero-weight domains shares equally. */
    private static Map<String, Integer> largestRemainder(List<Domain> domains, int seats) {
        long totalWeight = domains.stream().mapToLong(Domain::weight).sum();
        Map<String, Integer> quota = new LinkedHashMap<>();
        List<double[]> remainders = new ArrayList<>();
        int given = 0;
        for (int i = 0; i < domains.size(); i++) {
            Domain domain = domains.get(i);
            double exact = totalWeight == 0
                    ? (double) seats / domains.size()
                    : (double) seats * domain.weight() / totalWeight;
            int floor = (int) Math.floor(exact);
            quota.put(domain.id(), floor);
            given += floor;
            remainders.add(new double[] {exact - floor, domain.weight(), i});
        }
        remainders.sort(Comparator.<double[]>comparingDouble(r -> -r[0])
                .thenComparingDouble(r -> -r[1])
                .thenComparingDouble(r -> r[2]));
        for (int k = 0; k < seats - given; k++) {
            String id = domains.get((int) remainders.get(k)[2]).id();
            quota.merge(id, 1, Integer::sum);
        }
        return quota;
    }

    /** {@code count} distinct questions chosen uniformly from {@code pool} (a partial Fisher–Yates shuffle). */
    private static List<Question> sample(List<Question> pool, int count, RandomGenerator rng) {
        List<Question> copy = new ArrayList<>(pool);
        for (int i = 0; i < count; i++) {
            Collections.swap(copy, i, i + rng.nextInt(copy.size() - i));
        }
        return copy.subList(0, count);
    }

    private static void shuffle(List<Question> list, RandomGenerator rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, rng.nextInt(i + 1));
        }
    }

    /** The questions of a domain and/or task; {@code null} means any. Keeps bank order. */
    public static List<Question> filter(List<Question> bank, String domainOrNull, String taskOrNull) {
        return bank.stream()
                .filter(q -> domainOrNull == null || q.domain().equals(domainOrNull))
                .filter(q -> taskOrNull == null || q.task().equals(taskOrNull))
                .toList();
    }
}

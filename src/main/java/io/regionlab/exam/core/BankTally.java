package io.regionlab.exam.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The figures by which a question bank is judged: counts per domain, task and type, and the
 * classic item-writing flaws that let people guess (a favourite answer letter, a key that is
 * the longest option, near-duplicate prompts). {@code bin/content-check} prints them; a test
 * holds the bank to its limits.
 */
public final class BankTally {

    /** Two prompts whose word pairs overlap this much are near-duplicates (Jaccard on word bigrams). */
    public static final double NEAR_DUPLICATE = 0.5;

    public record NearDuplicate(String first, String second, double similarity) {
    }

    public record Tally(int questions, Map<String, Integer> perDomain, Map<String, Integer> perTask, Map<String, Integer> perType,
            Map<String, Integer> perSource, Map<String, Integer> singleKeyLetters, int singles, int longestIsKey,
            List<NearDuplicate> nearDuplicates, int cards, Map<String, Integer> cardsPerTask, int withoutReference) {

        /** Share of the bank in a domain, in percent. */
        public double domainPercent(String domain) {
            return questions == 0 ? 0 : 100.0 * perDomain.getOrDefault(domain, 0) / questions;
        }

        /** Largest share of single-answer items whose key sits at one letter, in percent. */
        public double topKeyLetterPercent() {
            return singles == 0 ? 0 : 100.0 * singleKeyLetters.values().stream().mapToInt(Integer::intValue).max().orElse(0) / singles;
        }

        /** Share of single-answer items whose key is strictly the longest option, in percent. */
        public double longestIsKeyPercent() {
            return singles == 0 ? 0 : 100.0 * longestIsKey / singles;
        }

        public double typePercent(QuestionType type) {
            return questions == 0 ? 0 : 100.0 * perType.getOrDefault(type.code(), 0) / questions;
        }
    }

    private BankTally() {
    }

    public static Tally of(ContentBank bank) {
        Blueprint bp = bank.blueprint();
        Map<String, Integer> perDomain = new LinkedHashMap<>();
        Map<String, Integer> perTask = new LinkedHashMap<>();
        Map<String, Integer> cardsPerTask = new LinkedHashMap<>();
        bp.domains().forEach(d -> perDomain.put(d.id(), 0));
        bp.tasks().forEach(t -> {
            perTask.put(t.id(), 0);
            cardsPerTask.put(t.id(), 0);
        });
        Map<String, Integer> perType = new LinkedHashMap<>();
        Map<String, Integer> perSource = new LinkedHashMap<>();
        Map<String, Integer> letters = new LinkedHashMap<>();
        int singles = 0;
        int longestIsKey = 0;
        int withoutReference = 0;
        for (Question q : bank.questions()) {
            perDomain.merge(q.domain(), 1, Integer::sum);
            perTask.merge(q.task(), 1, Integer::sum);
            perType.merge(q.type().code(), 1, Integer::sum);
            perSource.merge(q.source(), 1, Integer::sum);
            if (q.references().isEmpty()) {
                withoutReference++;
            }
            if (q.type() == QuestionType.SINGLE) {
                singles++;
                Option key = q.options().stream().filter(Option::correct).findFirst().orElseThrow();
                letters.merge(key.key(), 1, Integer::sum);
                boolean longest = q.options().stream().filter(o -> !o.correct()).allMatch(o -> o.text().strip().length() < key.text().strip().length());
                if (longest) {
                    longestIsKey++;
                }
            }
        }
        bank.cards().forEach(c -> cardsPerTask.merge(c.task(), 1, Integer::sum));
        return new Tally(bank.questions().size(), perDomain, perTask, perType, perSource, letters, singles, longestIsKey,
                nearDuplicates(bank.questions()), bank.cards().size(), cardsPerTask, withoutReference);
    }

    /** Jaccard similarity of the two texts' word-bigram sets (1 = same words in the same order). */
    public static double similarity(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return (double) both.size() / (x.size() + y.size() - both.size());
    }

    static List<NearDuplicate> nearDuplicates(List<Question> questions) {
        List<Set<String>> grams = questions.stream().map(q -> bigrams(q.prompt())).toList();
        List<NearDuplicate> found = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            for (int j = i + 1; j < questions.size(); j++) {
                Set<String> both = new HashSet<>(grams.get(i));
                both.retainAll(grams.get(j));
                int union = grams.get(i).size() + grams.get(j).size() - both.size();
                double s = union == 0 ? 0 : (double) both.size() / union;
                if (s >= NEAR_DUPLICATE) {
                    found.add(new NearDuplicate(questions.get(i).id(), questions.get(j).id(), s));
                }
            }
        }
        found.sort(Comparator.comparingDouble(NearDuplicate::similarity).reversed());
        return found;
    }

    private static Set<String> bigrams(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim().split(" ");
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < words.length; i++) {
            grams.add(words[i] + " " + words[i + 1]);
        }
        return grams;
    }

    /** The tally as a plain-text report. */
    public static String report(ContentBank bank) {
        Tally t = of(bank);
        Blueprint bp = bank.blueprint();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s question bank: %d questions (%s), %d cards%n%n", bp.exam(), t.questions(),
                t.perSource(), t.cards()));
        out.append(String.format(Locale.ROOT, "%-44s %9s %7s %9s%n", "domain", "questions", "share", "blueprint"));
        for (Domain d : bp.domains()) {
            double share = t.domainPercent(d.id());
            out.append(String.format(Locale.ROOT, "%-44s %9d %6.1f%% %8d%% %s%n", d.id() + " " + d.name(), t.perDomain().get(d.id()), share,
                    d.weight(), Math.abs(share - d.weight()) > 3 ? "  <- off by more than 3 points" : ""));
        }
        out.append(String.format(Locale.ROOT, "%n%-100s %9s %6s%n", "task statement", "questions", "cards"));
        for (Task task : bp.tasks()) {
            int n = t.perTask().get(task.id());
            out.append(String.format(Locale.ROOT, "%-100s %9d %6d%s%n", task.id() + " " + task.name(), n, t.cardsPerTask().get(task.id()),
                    n < 8 ? "  <- fewer than 8" : ""));
        }
        out.append(String.format(Locale.ROOT, "%ntypes: %s  (multiple response %.1f%%, true-false %.1f%%)%n", t.perType(),
                t.typePercent(QuestionType.MULTIPLE), t.typePercent(QuestionType.TRUE_FALSE)));
        out.append(String.format(Locale.ROOT, "single-answer keys by letter: %s of %d  (top letter %.1f%%, limit 35%%)%n",
                t.singleKeyLetters(), t.singles(), t.topKeyLetterPercent()));
        out.append(String.format(Locale.ROOT, "single-answer items whose key is the longest option: %d of %d = %.1f%%  (limit 40%%)%n",
                t.longestIsKey(), t.singles(), t.longestIsKeyPercent()));
        out.append(String.format(Locale.ROOT, "questions without a reference: %d%n", t.withoutReference()));
        out.append(String.format(Locale.ROOT, "near-duplicate prompts (word-bigram Jaccard >= %.2f): %d%n", NEAR_DUPLICATE, t.nearDuplicates().size()));
        t.nearDuplicates().forEach(d -> out.append(String.format(Locale.ROOT, "  %.2f  %s ~ %s%n", d.similarity(), d.first(), d.second())));
        return out.toString();
    }

    /** {@code bin/content-check [exam-dir]}: validate the content, then print the tally. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "content/mls-c01");
        try {
            System.out.print(report(ContentLoader.load(dir)));
        } catch (ContentException e) {
            System.out.println(e.getMessage());
            System.exit(1);
        }
    }
}

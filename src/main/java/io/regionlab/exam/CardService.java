package io.regionlab.exam;

import io.regionlab.exam.core.Card;
import io.regionlab.exam.core.Fsrs;
import io.regionlab.exam.core.Fsrs.Grade;
import io.regionlab.exam.core.Fsrs.MemoryState;
import io.regionlab.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Flash cards scheduled by FSRS-6 at 90% desired retention. Due cards come first (most overdue
 * first), then cards never seen, in content order. Intervals are whole days, as in fsrs-rs.
 */
@ApplicationScoped
public class CardService {

    public record Deck(int due, int fresh, int learned, int total, Instant nextDue) {
    }

    /** A card to review now, with what each grade would schedule. */
    public record Review(Card card, int reps, Deck deck, List<GradeOption> grades) {
    }

    public record GradeOption(String grade, int value, int intervalDays) {
    }

    public record Graded(String cardId, String grade, int reps, double stability, double difficulty, int intervalDays,
            Instant dueAt, Deck deck) {
    }

    private final CardRepository states;
    private final ContentStore content;
    private final Fsrs fsrs = Fsrs.defaults();

    public CardService(CardRepository states, ContentStore content) {
        this.states = states;
        this.content = content;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Review> next(long userId) {
        Instant now = Instant.now();
        Map<String, CardState> known = states.ofUser(userId).stream()
                .collect(Collectors.toMap(s -> s.id.cardId(), Function.identity()));
        Deck deck = deck(known, now);
        Optional<CardState> due = states.dueFor(userId, now).stream().filter(s -> content.card(s.id.cardId()).isPresent()).findFirst();
        if (due.isPresent()) {
            CardState state = due.get();
            Card card = content.card(state.id.cardId()).orElseThrow();
            return Optional.of(new Review(card, state.reps, deck, previews(memory(state), elapsedDays(state, now))));
        }
        return content.cards().stream().filter(c -> !known.containsKey(c.id())).findFirst()
                .map(card -> new Review(card, 0, deck, previews(null, 0)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Deck deck(long userId) {
        Map<String, CardState> known = states.ofUser(userId).stream()
                .collect(Collectors.toMap(s -> s.id.cardId(), Function.identity()));
        return deck(known, Instant.now());
    }

    /**
     * Records a grade. {@code expectedReps}, when given, is the number of reviews the learner saw
     * before grading: a second submission of the same grade then finds it taken and changes nothing.
     */
    @Transactional
    public Graded grade(long userId, String cardId, String gradeName, Integer expectedReps) {
        Card card = content.card(cardId).orElseThrow(() -> ProblemException.notFound("No flash card " + cardId + "."));
        Grade grade = parse(gradeName);
        Instant now = Instant.now();
        Optional<CardState> existing = states.lock(userId, cardId);
        int repsBefore = existing.map(s -> s.reps).orElse(0);
        if (expectedReps != null && expectedReps != repsBefore) {
            throw ProblemException.conflict("Card " + cardId + " was already graded (it has " + repsBefore
                    + " reviews, you saw " + expectedReps + "); load the next card.");
        }
        double elapsed = existing.map(s -> elapsedDays(s, now)).orElse(0.0);
        MemoryState after = fsrs.next(existing.map(CardService::memory).orElse(null), elapsed, grade);
        int interval = fsrs.nextIntervalWholeDays(after.stability());
        CardState state = existing.orElseGet(() -> {
            CardState fresh = new CardState();
            fresh.id = new CardState.Key(userId, cardId);
            return fresh;
        });
        state.stability = after.stability();
        state.difficulty = after.difficulty();
        state.reps = repsBefore + 1;
        state.lapses += existing.isPresent() && grade == Grade.AGAIN ? 1 : 0;
        state.lastReview = now;
        state.dueAt = now.plus(Duration.ofDays(interval));
        if (existing.isEmpty()) {
            states.persist(state);
        }
        CardReview log = new CardReview();
        log.userId = userId;
        log.cardId = cardId;
        log.cardVersion = card.version();
        log.grade = (short) grade.value();
        log.reviewedAt = now;
        log.elapsedDays = elapsed;
        log.stability = after.stability();
        log.difficulty = after.difficulty();
        log.dueAt = state.dueAt;
        states.log(log);
        return new Graded(cardId, name(grade), state.reps, after.stability(), after.difficulty(), interval, state.dueAt, deck(userId));
    }

    private Deck deck(Map<String, CardState> known, Instant now) {
        List<Card> cards = content.cards();
        int learned = (int) cards.stream().filter(c -> known.containsKey(c.id())).count();
        int due = (int) cards.stream().map(c -> known.get(c.id())).filter(s -> s != null && !s.dueAt.isAfter(now)).count();
        Instant nextDue = known.values().stream().map(s -> s.dueAt).filter(d -> d.isAfter(now)).min(Instant::compareTo).orElse(null);
        return new Deck(due, cards.size() - learned, learned, cards.size(), nextDue);
    }

    private List<GradeOption> previews(MemoryState before, double elapsed) {
        return Arrays.stream(Grade.values())
                .map(g -> new GradeOption(name(g), g.value(), fsrs.nextIntervalWholeDays(fsrs.next(before, elapsed, g).stability())))
                .toList();
    }

    private static MemoryState memory(CardState state) {
        return new MemoryState(state.stability, state.difficulty);
    }

    /** Whole days since the last review, as the FSRS scheduler counts them. */
    private static double elapsedDays(CardState state, Instant now) {
        return Math.max(0, Duration.between(state.lastReview, now).toDays());
    }

    private static Grade parse(String name) {
        if (name != null) {
            for (Grade g : Grade.values()) {
                if (name(g).equals(name.toLowerCase(Locale.ROOT)) || String.valueOf(g.value()).equals(name)) {
                    return g;
                }
            }
        }
        throw ProblemException.invalid("grade", "expected one of again, hard, good, easy (got " + (name == null ? "nothing" : "'" + name + "'") + ")");
    }

    static String name(Grade g) {
        return g.name().toLowerCase(Locale.ROOT);
    }
}

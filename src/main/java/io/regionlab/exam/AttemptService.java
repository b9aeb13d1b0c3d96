package io.regionlab.exam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionlab.exam.AttemptViews.AttemptView;
import io.regionlab.exam.AttemptViews.Feedback;
import io.regionlab.exam.AttemptViews.ItemSummary;
import io.regionlab.exam.AttemptViews.ItemView;
import io.regionlab.exam.AttemptViews.OptionFeedback;
import io.regionlab.exam.AttemptViews.OptionView;
import io.regionlab.exam.AttemptViews.QuestionView;
import io.regionlab.exam.AttemptViews.ResultView;
import io.regionlab.exam.AttemptViews.ReviewView;
import io.regionlab.exam.core.Blueprint;
import io.regionlab.exam.core.ExamDraw;
import io.regionlab.exam.core.Option;
import io.regionlab.exam.core.Question;
import io.regionlab.exam.core.Scoring;
import io.regionlab.platform.Problem;
import io.regionlab.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Attempts from start to review. Every change locks its attempt row first, so answers sent at
 * the same moment are applied one after the other and the deadline is checked against each.
 */
@ApplicationScoped
public class AttemptService {

    /**
     * What a learner asks to start. {@code domain}/{@code task} narrow a drill; {@code count} sizes non-exam modes;
     * {@code questions} makes a practice session of exactly these questions (the ones a design finding names).
     */
    public record StartRequest(String mode, String domain, String task, Integer count, List<String> questions) {
    }

    static final int MAX_COUNT = 100;

    private final AttemptRepository attempts;
    private final ContentStore content;
    private final ExamConfig config;
    private final ObjectMapper json;
    private final RandomGenerator random = new SecureRandom();

    public AttemptService(AttemptRepository attempts, ContentStore content, ExamConfig config, ObjectMapper json) {
        this.attempts = attempts;
        this.content = content;
        this.config = config;
        this.json = json;
    }

    @Transactional
    public AttemptView start(long userId, StartRequest request) {
        Mode mode = Mode.ofCode(request.mode() == null ? "" : request.mode())
                .orElseThrow(() -> ProblemException.invalid("mode", "expected one of practice, drill, missed, exam"));
        if (mode != Mode.PRACTICE && request.questions() != null && !request.questions().isEmpty()) {
            throw ProblemException.invalid("questions", "only a practice session takes a list of questions; this is " + mode.code());
        }
        Blueprint bp = content.blueprint();
        Instant now = Instant.now();
        Attempt attempt = new Attempt();
        attempt.id = UUID.randomUUID();
        attempt.userId = userId;
        attempt.exam = bp.exam();
        attempt.mode = mode.code();
        attempt.startedAt = now;
        List<Question> drawn;
        switch (mode) {
            case EXAM -> {
                attempts.openExam(userId).ifPresent(open -> {
                    throw ProblemException.conflict("You have an exam in progress (" + open.id + "): resume it or submit it first.");
                });
                attempt.requested = bp.format().questions();
                attempt.deadlineAt = now.plus(Duration.ofMinutes(bp.format().minutes()));
                // The real exam has only the blueprint's types (multiple choice and multiple response).
                List<Question> examTypes = content.questions().stream().filter(q -> bp.format().questionTypes().contains(q.type())).toList();
                drawn = ExamDraw.draw(bp, examTypes, attempt.requested, random).questions();
            }
            case DRILL -> {
                attempt.requested = count(request);
                attempt.scope = drillScope(bp, request);
                boolean isTask = attempt.scope.contains(".");
                drawn = sample(ExamDraw.filter(content.questions(), isTask ? null : attempt.scope, isTask ? attempt.scope : null),
                        attempt.requested);
            }
            case MISSED -> {
                attempt.requested = count(request);
                Set<String> missed = new HashSet<>(attempts.missedQuestionIds(userId));
                drawn = sample(content.questions().stream().filter(q -> missed.contains(q.id())).toList(), attempt.requested);
                if (drawn.isEmpty()) {
                    throw ProblemException.conflict("You have no missed questions to review: questions you answer wrongly come back here.");
                }
            }
            default -> {
                if (request.questions() != null && !request.questions().isEmpty()) {
                    drawn = chosen(request.questions());
                    attempt.requested = drawn.size();
                } else {
                    attempt.requested = count(request);
                    drawn = sample(content.questions(), attempt.requested);
                }
            }
        }
        if (drawn.isEmpty()) {
            throw ProblemException.conflict("The question bank has no questions for this choice.");
        }
        for (int i = 0; i < drawn.size(); i++) {
            AttemptItem item = new AttemptItem();
            item.id = new AttemptItem.Key(attempt.id, i + 1);
            item.attempt = attempt;
            item.questionId = drawn.get(i).id();
            item.questionVersion = drawn.get(i).version();
            attempt.items.add(item);
        }
        attempts.persist(attempt);
        return view(attempt, now);
    }

    @Transactional
    public AttemptView attempt(long userId, UUID id) {
        Instant now = Instant.now();
        return view(current(userId, id, now), now);
    }

    @Transactional
    public List<AttemptView> list(long userId) {
        Instant now = Instant.now();
        return attempts.listByUser(userId).stream().map(a -> {
            expireIfOverdue(a, now);
            return view(a, now);
        }).toList();
    }

    /** An attempt and one of its questions, read together (what a question page shows). */
    public record Page(AttemptView attempt, ItemView item) {
    }

    @Transactional
    public Page page(long userId, UUID id, int position) {
        Instant now = Instant.now();
        Attempt attempt = current(userId, id, now);
        return new Page(view(attempt, now), itemView(attempt, itemAt(attempt, position), now));
    }

    @Transactional
    public ItemView item(long userId, UUID id, int position) {
        Instant now = Instant.now();
        Attempt attempt = current(userId, id, now);
        return itemView(attempt, itemAt(attempt, position), now);
    }

    @Transactional
    public ItemView answer(long userId, UUID id, int position, List<String> chosen) {
        Instant now = Instant.now();
        Attempt attempt = lockedOpen(userId, id, now);
        AttemptItem item = itemAt(attempt, position);
        Question question = content.version(item.questionId, item.questionVersion);
        Set<String> keys = validChoice(question, chosen);
        if (!attempt.isExam() && item.isAnswered()) {
            if (item.chosenKeys().equals(keys)) {
                return itemView(attempt, item, now);
            }
            throw ProblemException.conflict("Question " + position + " is already answered; practice answers are final once the explanation is shown.");
        }
        item.chosen = AttemptItem.join(keys);
        item.correct = question.isCorrect(keys);
        item.answeredAt = now;
        return itemView(attempt, item, now);
    }

    @Transactional
    public ItemView flag(long userId, UUID id, int position, boolean flagged) {
        Instant now = Instant.now();
        Attempt attempt = lockedOpen(userId, id, now);
        if (!attempt.isExam()) {
            throw ProblemException.invalid("flagged", "flags mark exam questions for review; this attempt is a " + attempt.mode + " session");
        }
        AttemptItem item = itemAt(attempt, position);
        item.flagged = flagged;
        return itemView(attempt, item, now);
    }

    @Transactional
    public ResultView submit(long userId, UUID id) {
        Instant now = Instant.now();
        Attempt attempt = lockedOpen(userId, id, now);
        close(attempt, now, "learner");
        return result(attempt);
    }

    @Transactional
    public ResultView result(long userId, UUID id) {
        Instant now = Instant.now();
        Attempt attempt = current(userId, id, now);
        if (attempt.isExam() && !attempt.isSubmitted()) {
            throw ProblemException.conflict("The exam is still in progress; its result is ready once it is submitted.");
        }
        return result(attempt);
    }

    @Transactional
    public ReviewView review(long userId, UUID id) {
        Instant now = Instant.now();
        Attempt attempt = current(userId, id, now);
        if (attempt.isExam() && !attempt.isSubmitted()) {
            throw ProblemException.conflict("The exam is still in progress; it can be reviewed once it is submitted.");
        }
        List<ItemView> items = attempt.items.stream().map(i -> itemView(attempt, i, now)).toList();
        return new ReviewView(view(attempt, now), result(attempt), items);
    }

    /** Submits every open exam whose time is up; safe to run on several instances at once. */
    @Transactional
    public int submitOverdue() {
        Instant now = Instant.now();
        List<UUID> overdue = attempts.claimOverdueExams(50);
        for (UUID id : overdue) {
            attempts.findByIdOptional(id).ifPresent(a -> close(a, now, "deadline"));
        }
        return overdue.size();
    }

    // --- the rules ---------------------------------------------------------------------------

    private Attempt current(long userId, UUID id, Instant now) {
        Attempt attempt = attempts.findOwned(id, userId).orElseThrow(() -> notFound(id));
        expireIfOverdue(attempt, now);
        return attempt;
    }

    private Attempt lockedOpen(long userId, UUID id, Instant now) {
        Attempt attempt = attempts.lockOwned(id, userId).orElseThrow(() -> notFound(id));
        if (attempt.isOverdue(now)) {
            close(attempt, now, "deadline");
            throw ProblemException.conflict("Time is up: the exam was submitted at its deadline with the answers saved until then.");
        }
        if (attempt.isSubmitted()) {
            throw ProblemException.conflict("This " + attempt.mode + " was submitted; it can no longer change.");
        }
        return attempt;
    }

    /** Submits the attempt if it is an exam whose deadline has passed (package-private: history uses it too). */
    void expireIfOverdue(Attempt attempt, Instant now) {
        if (attempt.isOverdue(now)) {
            attempts.getEntityManager().lock(attempt, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            attempts.getEntityManager().refresh(attempt);
            if (attempt.isOverdue(now)) {
                close(attempt, now, "deadline");
            }
        }
    }

    private void close(Attempt attempt, Instant now, String by) {
        if (attempt.isExam()) {
            // An unanswered exam question counts as wrong, and so returns in missed-question reviews.
            attempt.items.stream().filter(i -> i.correct == null).forEach(i -> i.correct = false);
        }
        attempt.submittedAt = attempt.deadlineAt != null && "deadline".equals(by) ? attempt.deadlineAt : now;
        attempt.submittedBy = by;
        attempt.result = write(score(attempt));
    }

    private Scoring.ExamResult score(Attempt attempt) {
        List<Scoring.ScoredItem> scored = attempt.items.stream()
                .filter(i -> attempt.isExam() || i.isAnswered())
                .map(i -> {
                    Question q = content.version(i.questionId, i.questionVersion);
                    return new Scoring.ScoredItem(q.id(), q.domain(), q.task(), q.correctKeys(), i.chosenKeys());
                })
                .toList();
        return Scoring.score(content.blueprint(), scored);
    }

    private ResultView result(Attempt attempt) {
        Scoring.ExamResult r = score(attempt);
        int unanswered = (int) attempt.items.stream().filter(i -> !i.isAnswered()).count();
        Blueprint bp = content.blueprint();
        return new ResultView(attempt.id, attempt.mode, r.correct(), r.total(), attempt.isExam() ? unanswered : 0, r.percent(),
                r.domains(), r.tasks(), r.scaled(), bp.format().passingScore(), r.passed(), AttemptViews.ESTIMATE_NOTE);
    }

    private static Set<String> validChoice(Question question, List<String> chosen) {
        if (chosen == null) {
            throw ProblemException.invalid("chosen", "required: the keys of the options you choose, e.g. [\"A\"]");
        }
        List<String> keys = question.options().stream().map(Option::key).toList();
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            String key = chosen.get(i);
            if (!keys.contains(key)) {
                errors.add(new Problem.FieldError("chosen[" + i + "]", "no option " + (key == null ? "null" : "'" + key + "'")
                        + "; this question has options " + keys.get(0) + "–" + keys.get(keys.size() - 1)));
            } else if (!seen.add(key)) {
                errors.add(new Problem.FieldError("chosen[" + i + "]", key + " is chosen twice"));
            }
        }
        int expected = question.correctCount();
        if (errors.isEmpty() && chosen.size() != expected) {
            errors.add(new Problem.FieldError("chosen", "choose exactly " + expected + (expected == 1 ? " option" : " options")
                    + " (got " + chosen.size() + ")"));
        }
        if (!errors.isEmpty()) {
            String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
            throw new ProblemException(400, "Invalid answer", detail, errors);
        }
        return seen;
    }

    /** The named questions in the order given, each once; every id that names no question is refused by its index. */
    private List<Question> chosen(List<String> ids) {
        if (ids.size() > MAX_COUNT) {
            throw ProblemException.invalid("questions", "at most " + MAX_COUNT + " questions (got " + ids.size() + ")");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Question> chosen = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i) == null ? "" : ids.get(i).strip();
            var question = content.current(id);
            if (question.isEmpty()) {
                errors.add(new Problem.FieldError("questions[" + i + "]", "no practice question '" + id + "'"));
            } else if (seen.add(id)) {
                chosen.add(question.get());
            }
        }
        if (!errors.isEmpty()) {
            String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
            throw new ProblemException(400, "Unknown questions", detail, errors);
        }
        return List.copyOf(chosen);
    }

    private int count(StartRequest request) {
        int n = request.count() == null ? config.practiceSize() : request.count();
        if (n < 1 || n > MAX_COUNT) {
            throw ProblemException.invalid("count", "must be between 1 and " + MAX_COUNT + " (got " + n + ")");
        }
        return n;
    }

    private static String drillScope(Blueprint bp, StartRequest request) {
        if (request.task() != null && !request.task().isBlank()) {
            bp.task(request.task()).orElseThrow(() -> ProblemException.invalid("task",
                    "'" + request.task() + "' is not a task statement of " + bp.exam() + "; expected one of "
                            + bp.tasks().stream().map(t -> t.id()).toList()));
            return request.task();
        }
        if (request.domain() != null && !request.domain().isBlank()) {
            bp.domain(request.domain()).orElseThrow(() -> ProblemException.invalid("domain",
                    "'" + request.domain() + "' is not a domain of " + bp.exam() + "; expected one of "
                            + bp.domains().stream().map(d -> d.id()).toList()));
            return request.domain();
        }
        throw ProblemException.invalid("domain", "a drill needs a domain or a task statement");
    }

    private List<Question> sample(List<Question> pool, int n) {
        List<Question> copy = new ArrayList<>(pool);
        for (int i = copy.size() - 1; i > 0; i--) {
            java.util.Collections.swap(copy, i, random.nextInt(i + 1));
        }
        return List.copyOf(copy.subList(0, Math.min(n, copy.size())));
    }

    private static AttemptItem itemAt(Attempt attempt, int position) {
        if (position < 1 || position > attempt.items.size()) {
            throw ProblemException.notFound("This attempt has " + attempt.items.size() + " questions; there is no question " + position + ".");
        }
        return attempt.items.get(position - 1);
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No attempt " + id + " of yours.");
    }

    private AttemptView view(Attempt a, Instant now) {
        boolean reveal = a.isSubmitted() || !a.isExam();
        List<ItemSummary> items = a.items.stream()
                .map(i -> new ItemSummary(i.position(), i.questionId, i.isAnswered(), i.flagged, reveal && (i.isAnswered() || a.isSubmitted()) ? i.correct : null))
                .toList();
        int answered = (int) a.items.stream().filter(AttemptItem::isAnswered).count();
        int flagged = (int) a.items.stream().filter(i -> i.flagged).count();
        String notice = a.isExam() && a.items.size() < a.requested
                ? "The question bank has " + a.items.size() + " exam-style questions, fewer than the " + a.requested
                        + " of the real exam, so this exam asks all of them. The time allowed is the real exam's."
                : null;
        return new AttemptView(a.id, a.mode, a.scope, a.isSubmitted() ? "submitted" : "open", a.startedAt, a.deadlineAt,
                secondsLeft(a, now), a.submittedAt, a.submittedBy, a.requested, a.items.size(), answered, flagged, notice, items);
    }

    private ItemView itemView(Attempt a, AttemptItem item, Instant now) {
        Question q = content.version(item.questionId, item.questionVersion);
        QuestionView question = new QuestionView(q.id(), q.version(), q.type().code(), q.domain(), q.task(), q.prompt(), q.correctCount(),
                q.options().stream().map(o -> new OptionView(o.key(), o.text())).toList());
        boolean reveal = a.isExam() ? a.isSubmitted() : item.isAnswered();
        Feedback feedback = reveal ? new Feedback(item.isAnswered() && q.isCorrect(item.chosenKeys()), List.copyOf(q.correctKeys()),
                q.explanation(), q.options().stream().map(o -> new OptionFeedback(o.key(), o.correct(), o.why())).toList(),
                q.reviewerNote(), q.references()) : null;
        return new ItemView(a.id, a.mode, a.isSubmitted() ? "submitted" : "open", item.position(), a.items.size(), secondsLeft(a, now),
                question, List.copyOf(item.chosenKeys()), item.flagged, feedback);
    }

    private static Long secondsLeft(Attempt a, Instant now) {
        if (a.deadlineAt == null || a.isSubmitted()) {
            return null;
        }
        return Math.max(0, Duration.between(now, a.deadlineAt).toSeconds());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the result", e);
        }
    }
}

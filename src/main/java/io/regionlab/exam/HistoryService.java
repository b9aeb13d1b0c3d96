package io.regionlab.exam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionlab.exam.core.Blueprint;
import io.regionlab.exam.core.Domain;
import io.regionlab.exam.core.Mastery;
import io.regionlab.exam.core.Scoring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A learner's past attempts, their per-domain trend, and mastery per task statement. */
@ApplicationScoped
public class HistoryService {

    public record AttemptRow(UUID id, String mode, String scope, Instant startedAt, Instant submittedAt, String status,
            int count, int answered, Integer correct, Double percent, Integer scaledEstimate, Boolean passed) {
    }

    public record DomainTrend(String id, String name, List<Double> percents) {
    }

    /** Trend over submitted exams, oldest first. */
    public record Trend(List<UUID> attempts, List<Instant> submittedAt, List<DomainTrend> domains) {
    }

    public record History(List<AttemptRow> attempts, Trend trend, List<Mastery.TaskMastery> mastery, int masteryMinimum) {
    }

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM").withZone(ZoneOffset.UTC);

    private final AttemptRepository attempts;
    private final AttemptService attemptService;
    private final ContentStore content;
    private final ObjectMapper json;

    public HistoryService(AttemptRepository attempts, AttemptService attemptService, ContentStore content, ObjectMapper json) {
        this.attempts = attempts;
        this.attemptService = attemptService;
        this.content = content;
        this.json = json;
    }

    @Transactional
    public History history(long userId) {
        Blueprint bp = content.blueprint();
        List<Attempt> all = attempts.listByUser(userId);
        Instant now = Instant.now();
        all.forEach(a -> attemptService.expireIfOverdue(a, now)); // an exam whose deadline passed counts as submitted
        List<AttemptRow> rows = all.stream().map(this::row).toList();
        List<Attempt> exams = all.stream().filter(a -> a.isExam() && a.isSubmitted())
                .sorted(Comparator.comparing(a -> a.submittedAt)).toList();
        List<DomainTrend> domains = new ArrayList<>();
        List<Scoring.ExamResult> results = exams.stream().map(a -> read(a.result)).toList();
        for (Domain d : bp.domains()) {
            List<Double> percents = results.stream().map(r -> r.domains().stream()
                    .filter(x -> x.id().equals(d.id()) && x.total() > 0).findFirst().map(Scoring.AreaResult::percent).orElse(null))
                    .toList();
            domains.add(new DomainTrend(d.id(), d.name(), percents));
        }
        Trend trend = new Trend(exams.stream().map(a -> a.id).toList(), exams.stream().map(a -> a.submittedAt).toList(), domains);
        return new History(rows, trend, Mastery.of(bp, attempts.answerFacts(userId)), Mastery.MIN_QUESTIONS);
    }

    /** The trend as chart geometry for the page. */
    public TrendChart.Chart chart(Trend trend) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < trend.submittedAt().size(); i++) {
            labels.add("#" + (i + 1) + " " + LABEL.format(trend.submittedAt().get(i)));
        }
        List<TrendChart.Series> series = trend.domains().stream()
                .map(d -> new TrendChart.Series(d.id(), d.id() + " " + d.name(), d.percents())).toList();
        Blueprint bp = content.blueprint();
        return TrendChart.of(labels, series, 100.0 * bp.estimate().cutProportion());
    }

    private AttemptRow row(Attempt a) {
        int answered = (int) a.items.stream().filter(AttemptItem::isAnswered).count();
        Scoring.ExamResult result = a.result == null ? null : read(a.result);
        Integer correct = result != null ? Integer.valueOf(result.correct())
                : a.isExam() ? null : Integer.valueOf((int) a.items.stream().filter(i -> Boolean.TRUE.equals(i.correct)).count());
        Double percent = result != null ? Double.valueOf(result.percent())
                : correct == null || answered == 0 ? null : Double.valueOf(100.0 * correct / answered);
        return new AttemptRow(a.id, a.mode, a.scope, a.startedAt, a.submittedAt, a.isSubmitted() ? "submitted" : "open",
                a.items.size(), answered, correct, percent,
                result != null && a.isExam() ? result.scaled().estimate() : null,
                result != null && a.isExam() ? result.passed() : null);
    }

    private Scoring.ExamResult read(String result) {
        try {
            return json.readValue(result, Scoring.ExamResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored result is unreadable", e);
        }
    }
}

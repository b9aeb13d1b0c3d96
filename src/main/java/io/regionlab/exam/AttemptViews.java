package io.regionlab.exam;

import io.regionlab.exam.core.Reference;
import io.regionlab.exam.core.Scoring;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the API returns and the pages show about attempts. Markdown fields are raw Markdown. */
public final class AttemptViews {

    private AttemptViews() {
    }

    public record AttemptView(UUID id, String mode, String scope, String status, Instant startedAt, Instant deadlineAt,
            Long secondsLeft, Instant submittedAt, String submittedBy, int requested, int count, int answered, int flagged,
            String notice, List<ItemSummary> items) {

        public boolean isOpen() {
            return "open".equals(status);
        }

        public boolean isExam() {
            return Mode.EXAM.code().equals(mode);
        }
    }

    public record ItemSummary(int position, String questionId, boolean answered, boolean flagged, Boolean correct) {
    }

    public record QuestionView(String id, String version, String type, String domain, String task, String prompt, int choose,
            List<OptionView> options) {
    }

    public record OptionView(String key, String text) {
    }

    public record ItemView(UUID attemptId, String mode, String status, int position, int count, Long secondsLeft,
            QuestionView question, List<String> chosen, boolean flagged, Feedback feedback) {
    }

    /** Shown after a practice answer, or for every question once an exam is submitted. */
    public record Feedback(boolean correct, List<String> correctKeys, String explanation, List<OptionFeedback> options,
            String reviewerNote, List<Reference> references) {
    }

    public record OptionFeedback(String key, boolean correct, String why) {
    }

    /** A scored attempt. The scaled score is an estimate: AWS publishes no formula. */
    public record ResultView(UUID attemptId, String mode, int correct, int total, int unanswered, double percent,
            List<Scoring.AreaResult> domains, List<Scoring.AreaResult> tasks, Scoring.ScaledRange scaledEstimate,
            int passingScore, boolean passed, String estimateNote) {
    }

    public record ReviewView(AttemptView attempt, ResultView result, List<ItemView> items) {
    }

    public static final String ESTIMATE_NOTE = "Estimated scaled score. AWS does not publish how raw answers convert to the "
            + "100–1000 scale (a panel sets the passing standard and exam forms are equated to it), so this range is an "
            + "approximation from your share of correct answers, not a prediction of your real score.";
}

package io.regionlab.exam;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.regionlab.account.Learner;
import io.regionlab.exam.AttemptViews.AttemptView;
import io.regionlab.exam.AttemptViews.Feedback;
import io.regionlab.exam.AttemptViews.ItemSummary;
import io.regionlab.exam.AttemptViews.ItemView;
import io.regionlab.exam.AttemptViews.OptionFeedback;
import io.regionlab.exam.AttemptViews.QuestionView;
import io.regionlab.exam.AttemptViews.ResultView;
import io.regionlab.exam.AttemptViews.ReviewView;
import io.regionlab.exam.core.Blueprint;
import io.regionlab.exam.core.Domain;
import io.regionlab.exam.core.Scoring.AreaResult;
import io.regionlab.exam.core.Task;
import io.regionlab.platform.Markdown;
import io.regionlab.platform.Problem;
import io.regionlab.platform.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One attempt in the browser: its questions, answering and flagging, submitting, the result and
 * the review. Every rule is the service's; a page only parses the form, delegates and redirects.
 * Once an attempt is submitted (by the learner or at its deadline) its question pages lead to the result.
 */
@Path("/attempts/{id}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AttemptPages {

    /** How a form names the fields the service reports by their API names. */
    private static final Map<String, String> FIELD_LABELS = Map.of("count", "Number of questions", "domain", "Domain",
            "task", "Task statement", "mode", "Mode");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @CheckedTemplate
    static class Templates {
        /**
         * @param selected the options to show as chosen: the saved answer, or the refused one being corrected
         * @param saved the position whose exam answer was just saved, or {@code null}
         */
        static native TemplateInstance question(AttemptView attempt, ItemView item, Blueprint blueprint, List<String> selected,
                String error, Integer saved);

        static native TemplateInstance submit(AttemptView attempt);

        static native TemplateInstance result(AttemptView attempt, ResultView result, Blueprint blueprint);

        static native TemplateInstance review(ReviewView review, Blueprint blueprint);
    }

    private final AttemptService attempts;
    private final ContentStore content;
    private final Learner learner;

    public AttemptPages(AttemptService attempts, ContentStore content, Learner learner) {
        this.attempts = attempts;
        this.content = content;
        this.learner = learner;
    }

    @GET
    @Path("{position: \\d+}")
    public Response question(@PathParam("id") UUID id, @PathParam("position") int position, @QueryParam("saved") Integer saved) {
        var page = attempts.page(learner.id(), id, position);
        if (!page.attempt().isOpen()) {
            return toResult(id);
        }
        ItemView item = page.item();
        return Response.ok(Templates.question(page.attempt(), item, content.blueprint(), item.chosen(), null, saved)).build();
    }

    /** {@code then=next} ("Save and next" in an exam) moves on; the last question moves on to the submit step. */
    @POST
    @Path("{position: \\d+}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") UUID id, @PathParam("position") int position, @FormParam("chosen") List<String> chosen,
            @FormParam("then") String then) {
        List<String> keys = chosen == null ? List.of() : chosen;
        if (keys.isEmpty() && "next".equals(then)) {
            // "Save and next" with nothing chosen has nothing to save: it moves on, as skipping does on paper.
            AttemptView attempt = attempts.attempt(learner.id(), id);
            if (!attempt.isOpen()) {
                return toResult(id);
            }
            if (attempt.isExam()) {
                return position < attempt.count() ? toQuestion(id, position + 1, null) : toSubmit(id);
            }
        }
        ItemView item;
        try {
            item = attempts.answer(learner.id(), id, position, keys);
        } catch (ProblemException refused) {
            var page = attempts.page(learner.id(), id, position);
            if (!page.attempt().isOpen()) {
                return toResult(id);
            }
            return Response.status(refused.status())
                    .entity(Templates.question(page.attempt(), page.item(), content.blueprint(), keys, describe(refused), null))
                    .build();
        }
        if (!Mode.EXAM.code().equals(item.mode())) {
            return Response.seeOther(URI.create("/attempts/" + id + "/" + position + "#feedback")).build();
        }
        if ("next".equals(then)) {
            return position < item.count() ? toQuestion(id, position + 1, position) : toSubmit(id);
        }
        return toQuestion(id, position, position);
    }

    @POST
    @Path("{position: \\d+}/flag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response flag(@PathParam("id") UUID id, @PathParam("position") int position, @FormParam("flagged") String flagged) {
        try {
            attempts.flag(learner.id(), id, position, Boolean.parseBoolean(flagged));
        } catch (ProblemException refused) {
            return closedOr(id, refused);
        }
        return toQuestion(id, position, null);
    }

    /** The plain-HTML confirmation before an exam is submitted: what is unanswered, what is flagged. */
    @GET
    @Path("submit")
    public Response confirmSubmit(@PathParam("id") UUID id) {
        AttemptView attempt = attempts.attempt(learner.id(), id);
        if (!attempt.isOpen()) {
            return toResult(id);
        }
        return Response.ok(Templates.submit(attempt)).build();
    }

    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") UUID id) {
        try {
            attempts.submit(learner.id(), id);
        } catch (ProblemException refused) {
            return closedOr(id, refused);
        }
        return toResult(id);
    }

    @GET
    @Path("result")
    public TemplateInstance result(@PathParam("id") UUID id) {
        ResultView result = attempts.result(learner.id(), id);
        return Templates.result(attempts.attempt(learner.id(), id), result, content.blueprint());
    }

    @GET
    @Path("review")
    public TemplateInstance review(@PathParam("id") UUID id) {
        return Templates.review(attempts.review(learner.id(), id), content.blueprint());
    }

    /** A change refused because the attempt closed meanwhile (submitted elsewhere, or time up) leads to the result. */
    private Response closedOr(UUID id, ProblemException refused) {
        if (refused.status() == 409 && !attempts.attempt(learner.id(), id).isOpen()) {
            return toResult(id);
        }
        throw refused;
    }

    private static Response toQuestion(UUID id, int position, Integer saved) {
        return Response.seeOther(URI.create("/attempts/" + id + "/" + position + (saved == null ? "" : "?saved=" + saved))).build();
    }

    private static Response toSubmit(UUID id) {
        return Response.seeOther(URI.create("/attempts/" + id + "/submit")).build();
    }

    private static Response toResult(UUID id) {
        return Response.seeOther(URI.create("/attempts/" + id + "/result")).build();
    }

    /** A refusal in words for a form: field errors by their label ("Number of questions: …"), else the detail. */
    static String describe(ProblemException refused) {
        if (refused.errors().isEmpty()) {
            return refused.getMessage();
        }
        return refused.errors().stream().map(AttemptPages::describe).collect(Collectors.joining(" "));
    }

    private static String describe(Problem.FieldError error) {
        String label = FIELD_LABELS.get(error.field());
        String message = error.message().endsWith(".") ? error.message() : error.message() + ".";
        if (label != null) {
            return label + ": " + message;
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    // --- values the templates show ----------------------------------------------------------

    /** "2 h 59 min left", "4 min 05 s left", "42 s left": the same words web/js/exam-timer.js counts down in. */
    @TemplateExtension
    static String timeLeft(AttemptView attempt) {
        long s = attempt.secondsLeft() == null ? 0 : Math.max(0, attempt.secondsLeft());
        long hours = s / 3600;
        long minutes = s % 3600 / 60;
        long seconds = s % 60;
        if (hours > 0) {
            return hours + " h " + minutes + " min left";
        }
        if (minutes > 0) {
            return minutes + " min " + (seconds < 10 ? "0" : "") + seconds + " s left";
        }
        return seconds + " s left";
    }

    /** Under five minutes the timer turns to the warning style. */
    @TemplateExtension
    static boolean timeShort(AttemptView attempt) {
        return attempt.secondsLeft() != null && attempt.secondsLeft() < 300;
    }

    @TemplateExtension
    static String modeLabel(AttemptView attempt) {
        return switch (Mode.ofCode(attempt.mode()).orElse(Mode.PRACTICE)) {
            case PRACTICE -> "Practice";
            case DRILL -> "Drill";
            case MISSED -> "Missed questions";
            case EXAM -> "Mock exam";
        };
    }

    /** Where a learner picks up an attempt: the first unanswered question, else the last one. */
    @TemplateExtension
    static int resumeAt(AttemptView attempt) {
        return attempt.items().stream().filter(i -> !i.answered()).mapToInt(ItemSummary::position).findFirst().orElse(attempt.count());
    }

    @TemplateExtension
    static List<ItemSummary> unanswered(AttemptView attempt) {
        return attempt.items().stream().filter(i -> !i.answered()).toList();
    }

    @TemplateExtension
    static List<ItemSummary> flaggedItems(AttemptView attempt) {
        return attempt.items().stream().filter(ItemSummary::flagged).toList();
    }

    @TemplateExtension
    static String asUtc(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** "Domain 3: Modeling" for a domain id, "3.2 Select the appropriate model(s) …" for a task id. */
    @TemplateExtension
    static String scopeLabel(Blueprint blueprint, String scope) {
        if (scope == null || scope.isBlank()) {
            return "";
        }
        return blueprint.domain(scope).map(d -> "Domain " + d.id() + ": " + d.name())
                .or(() -> blueprint.task(scope).map(t -> t.id() + " " + t.name()))
                .orElse(scope);
    }

    @TemplateExtension
    static String domainLabel(Blueprint blueprint, String domainId) {
        return blueprint.domain(domainId).map(Domain::name).map(name -> "Domain " + domainId + ": " + name).orElse("Domain " + domainId);
    }

    @TemplateExtension
    static String taskLabel(Blueprint blueprint, String taskId) {
        return blueprint.task(taskId).map(Task::name).map(name -> taskId + " " + name).orElse(taskId);
    }

    /** The instruction above the options: "Choose TWO.", as the real exam words it. */
    @TemplateExtension
    static String instruction(QuestionView question) {
        if ("true-false".equals(question.type())) {
            return "True or false? Choose ONE.";
        }
        String[] words = {"ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX"};
        String n = question.choose() < words.length ? words[question.choose()] : String.valueOf(question.choose());
        return "Choose " + n + ".";
    }

    @TemplateExtension
    static boolean multiple(QuestionView question) {
        return "multiple".equals(question.type());
    }

    @TemplateExtension
    static OptionFeedback about(Feedback feedback, String key) {
        return feedback.options().stream().filter(o -> o.key().equals(key)).findFirst().orElse(null);
    }

    @TemplateExtension
    static boolean answered(ItemView item) {
        return !item.chosen().isEmpty();
    }

    @TemplateExtension
    static String listed(List<String> keys) {
        return keys.isEmpty() ? "none" : String.join(", ", keys);
    }

    @TemplateExtension
    static long wholePercent(AreaResult area) {
        return Math.round(area.percent());
    }

    @TemplateExtension
    static long wholePercent(ResultView result) {
        return Math.round(result.percent());
    }

    @TemplateExtension
    static List<AreaResult> asked(List<AreaResult> areas) {
        return areas.stream().filter(a -> a.total() > 0).toList();
    }

    /** Markdown for phrasing content (an option inside its label): a lone paragraph loses its {@code <p>}. */
    @TemplateExtension
    static RawString mdInline(String markdown) {
        String html = Markdown.toHtml(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return new RawString(html);
    }
}

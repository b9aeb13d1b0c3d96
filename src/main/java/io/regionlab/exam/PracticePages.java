package io.regionlab.exam;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.regionlab.account.Learner;
import io.regionlab.exam.AttemptService.StartRequest;
import io.regionlab.exam.AttemptViews.AttemptView;
import io.regionlab.exam.core.Blueprint;
import io.regionlab.exam.core.Card;
import io.regionlab.exam.core.Question;
import io.regionlab.platform.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Where a learner chooses what to practise, and the mock exam's landing page. Starting anything lands on its first question. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PracticePages {

    /** Open practice sessions listed for resuming; older ones stay reachable from the history. */
    static final int OPEN_SHOWN = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance practice(Blueprint blueprint, List<AttemptView> open, AttemptView exam, int defaultCount,
                int maxCount, String error);

        static native TemplateInstance chosen(List<Question> questions, List<Card> cards, String ids, String error);

        static native TemplateInstance exam(Blueprint blueprint, AttemptView inProgress, List<AttemptView> past, String error);
    }

    private final AttemptService attempts;
    private final ContentStore content;
    private final ExamConfig config;
    private final Learner learner;

    public PracticePages(AttemptService attempts, ContentStore content, ExamConfig config, Learner learner) {
        this.attempts = attempts;
        this.content = content;
        this.config = config;
        this.learner = learner;
    }

    /** {@code ?questions=a,b} are the ids a design finding names (questions and flash cards): a page to start on them. */
    @GET
    @Path("practice")
    public Response practice(@QueryParam("questions") String questions) {
        if (questions == null) {
            return Response.ok(practicePage(null)).build();
        }
        List<String> ids = split(questions);
        List<Question> named = new ArrayList<>();
        List<Card> cards = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            content.current(id).ifPresentOrElse(named::add,
                    () -> content.card(id).ifPresentOrElse(cards::add, () -> unknown.add(id)));
        }
        String joined = String.join(",", named.stream().map(Question::id).toList());
        if (ids.isEmpty() || !unknown.isEmpty()) {
            String error = ids.isEmpty() ? "questions: name at least one question"
                    : "questions: no practice question or flash card " + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList());
            return Response.status(400).entity(Templates.chosen(named, cards, joined, error)).build();
        }
        return Response.ok(Templates.chosen(named, cards, joined, null)).build();
    }

    /**
     * {@code scope} is the drill form's single list of domains and task statements; API-style
     * {@code domain} and {@code task} fields are accepted as well.
     */
    @POST
    @Path("practice")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@FormParam("mode") String mode, @FormParam("domain") String domain, @FormParam("task") String task,
            @FormParam("scope") String scope, @FormParam("count") String count, @FormParam("questions") String questions) {
        try {
            if (scope != null && !scope.isBlank()) {
                if (content.blueprint().domain(scope).isPresent()) {
                    domain = scope;
                } else {
                    task = scope;
                }
            }
            AttemptView started = attempts.start(learner.id(), new StartRequest(mode, domain, task, parseCount(count),
                    questions == null ? null : split(questions)));
            return firstQuestion(started);
        } catch (ProblemException refused) {
            return Response.status(refused.status()).entity(practicePage(AttemptPages.describe(refused))).build();
        }
    }

    @GET
    @Path("exam")
    public TemplateInstance exam() {
        return examPage(null);
    }

    @POST
    @Path("exam")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startExam() {
        try {
            return firstQuestion(attempts.start(learner.id(), new StartRequest(Mode.EXAM.code(), null, null, null, null)));
        } catch (ProblemException refused) {
            return Response.status(refused.status()).entity(examPage(AttemptPages.describe(refused))).build();
        }
    }

    private TemplateInstance practicePage(String error) {
        List<AttemptView> mine = attempts.list(learner.id());
        List<AttemptView> open = mine.stream().filter(a -> a.isOpen() && !a.isExam()).limit(OPEN_SHOWN).toList();
        AttemptView exam = mine.stream().filter(a -> a.isOpen() && a.isExam()).findFirst().orElse(null);
        return Templates.practice(content.blueprint(), open, exam, config.practiceSize(), AttemptService.MAX_COUNT, error);
    }

    private TemplateInstance examPage(String error) {
        List<AttemptView> exams = attempts.list(learner.id()).stream().filter(AttemptView::isExam).toList();
        AttemptView inProgress = exams.stream().filter(AttemptView::isOpen).findFirst().orElse(null);
        List<AttemptView> past = exams.stream().filter(a -> !a.isOpen()).toList();
        return Templates.exam(content.blueprint(), inProgress, past, error);
    }

    private static Response firstQuestion(AttemptView started) {
        return Response.seeOther(URI.create("/attempts/" + started.id() + "/1")).build();
    }

    private static List<String> split(String ids) {
        return Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
    }

    /** Blank means "the default size"; the service checks the range. */
    private static Integer parseCount(String count) {
        if (count == null || count.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(count.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("count", "enter a whole number (got '" + count.strip() + "')");
        }
    }
}

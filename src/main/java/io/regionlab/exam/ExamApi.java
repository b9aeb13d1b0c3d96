package io.regionlab.exam;

import io.quarkus.security.Authenticated;
import io.regionlab.account.Learner;
import io.regionlab.exam.AttemptService.StartRequest;
import io.regionlab.exam.AttemptViews.AttemptView;
import io.regionlab.exam.AttemptViews.ItemView;
import io.regionlab.exam.AttemptViews.ResultView;
import io.regionlab.exam.AttemptViews.ReviewView;
import io.regionlab.exam.core.Blueprint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Practice, drills, missed-question reviews and timed exams, for the signed-in learner only. */
@Path("/api")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ExamApi {

    public record Answer(@NotNull List<String> chosen) {
    }

    public record Flag(@NotNull Boolean flagged) {
    }

    private final AttemptService attempts;
    private final ContentStore content;
    private final Learner learner;

    public ExamApi(AttemptService attempts, ContentStore content, Learner learner) {
        this.attempts = attempts;
        this.content = content;
        this.learner = learner;
    }

    @GET
    @Path("blueprint")
    @Operation(summary = "The exam's format, domains with weights, and task statements")
    public Blueprint blueprint() {
        return content.blueprint();
    }

    @POST
    @Path("attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start practice, a drill (domain or task), a missed-questions review, or a timed exam")
    public Response start(@Valid @NotNull StartRequest request) {
        AttemptView view = attempts.start(learner.id(), request);
        return Response.created(URI.create("/api/attempts/" + view.id())).entity(view).build();
    }

    @GET
    @Path("attempts")
    @Operation(summary = "Your attempts, newest first")
    public List<AttemptView> list() {
        return attempts.list(learner.id());
    }

    @GET
    @Path("attempts/{id}")
    @Operation(summary = "An attempt with its navigator: answered, flagged, time left")
    public AttemptView attempt(@PathParam("id") UUID id) {
        return attempts.attempt(learner.id(), id);
    }

    @GET
    @Path("attempts/{id}/items/{position}")
    @Operation(summary = "One question of an attempt, with feedback once it may be shown")
    public ItemView item(@PathParam("id") UUID id, @PathParam("position") int position) {
        return attempts.item(learner.id(), id, position);
    }

    @PUT
    @Path("attempts/{id}/items/{position}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a question (exam answers can change until submission; practice answers are final)")
    public ItemView answer(@PathParam("id") UUID id, @PathParam("position") int position, @Valid @NotNull Answer answer) {
        return attempts.answer(learner.id(), id, position, answer.chosen());
    }

    @PUT
    @Path("attempts/{id}/items/{position}/flag")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Flag or unflag an exam question for review")
    public ItemView flag(@PathParam("id") UUID id, @PathParam("position") int position, @Valid @NotNull Flag flag) {
        return attempts.flag(learner.id(), id, position, flag.flagged());
    }

    @POST
    @Path("attempts/{id}/submit")
    @Operation(summary = "Submit an exam (or finish a practice session) and get its result")
    public ResultView submit(@PathParam("id") UUID id) {
        return attempts.submit(learner.id(), id);
    }

    @GET
    @Path("attempts/{id}/result")
    @Operation(summary = "Score per domain and task statement, with an estimated scaled score")
    public ResultView result(@PathParam("id") UUID id) {
        return attempts.result(learner.id(), id);
    }

    @GET
    @Path("attempts/{id}/review")
    @Operation(summary = "Every question with your answer, the key and the explanations")
    public ReviewView review(@PathParam("id") UUID id) {
        return attempts.review(learner.id(), id);
    }
}

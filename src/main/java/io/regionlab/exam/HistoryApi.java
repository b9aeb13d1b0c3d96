package io.regionlab.exam;

import io.quarkus.security.Authenticated;
import io.regionlab.account.Learner;
import io.regionlab.exam.HistoryService.History;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/history")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class HistoryApi {

    private final HistoryService history;
    private final Learner learner;

    public HistoryApi(HistoryService history, Learner learner) {
        this.history = history;
        this.learner = learner;
    }

    @GET
    @Operation(summary = "Your attempts, the per-domain trend over exams, and mastery per task statement")
    public History history() {
        return history.history(learner.id());
    }
}

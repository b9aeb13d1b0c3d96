package io.regionlab.exam;

import io.quarkus.security.Authenticated;
import io.regionlab.account.Learner;
import io.regionlab.exam.CardService.Deck;
import io.regionlab.exam.CardService.Graded;
import io.regionlab.exam.CardService.Review;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Flash cards scheduled by FSRS for the signed-in learner. */
@Path("/api/cards")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CardApi {

    /** {@code reps}: the review count shown with the card; a repeated submission is then refused, not counted twice. */
    public record GradeRequest(@NotNull String grade, Integer reps) {
    }

    private final CardService cards;
    private final Learner learner;

    public CardApi(CardService cards, Learner learner) {
        this.cards = cards;
        this.learner = learner;
    }

    @GET
    @Operation(summary = "How many cards are due, new and learned")
    public Deck deck() {
        return cards.deck(learner.id());
    }

    @GET
    @Path("next")
    @Operation(summary = "The next card to review (204 when none is due)")
    public Response next() {
        return cards.next(learner.id()).map(r -> Response.ok((Review) r)).orElseGet(Response::noContent).build();
    }

    @POST
    @Path("{id}/grade")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grade a recall: again, hard, good or easy")
    public Graded grade(@PathParam("id") String id, @Valid @NotNull GradeRequest request) {
        return cards.grade(learner.id(), id, request.grade(), request.reps());
    }
}

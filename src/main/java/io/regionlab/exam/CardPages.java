package io.regionlab.exam;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.regionlab.account.Learner;
import io.regionlab.exam.CardService.Deck;
import io.regionlab.exam.CardService.Review;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

@Path("/cards")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cards(Review review, Deck deck, String graded);
    }

    private final CardService cards;
    private final Learner learner;

    public CardPages(CardService cards, Learner learner) {
        this.cards = cards;
        this.learner = learner;
    }

    @GET
    public TemplateInstance next(@jakarta.ws.rs.QueryParam("graded") String graded) {
        var review = cards.next(learner.id()).orElse(null);
        return Templates.cards(review, review == null ? cards.deck(learner.id()) : review.deck(), graded);
    }

    @POST
    @Path("{id}/grade")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grade(@PathParam("id") String id, @FormParam("grade") String grade, @FormParam("reps") Integer reps) {
        var graded = cards.grade(learner.id(), id, grade, reps);
        return Response.seeOther(URI.create("/cards?graded=" + graded.grade() + "-" + graded.intervalDays())).build();
    }
}

package io.regionlab.review;

import io.quarkus.security.Authenticated;
import io.regionlab.account.Learner;
import io.regionlab.review.ReviewApi.ReviewResult;
import io.regionlab.topology.DesignService;
import io.regionlab.topology.core.Catalog;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The review of a stored design, for its owner (or an admin). */
@Path("/api/designs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DesignReviewApi {

    private final DesignService designs;
    private final Catalog catalog;
    private final Learner learner;

    public DesignReviewApi(DesignService designs, Catalog catalog, Learner learner) {
        this.designs = designs;
        this.catalog = catalog;
        this.learner = learner;
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Review a stored design (its latest version, or ?version=n)")
    public ReviewResult review(@PathParam("id") UUID id, @QueryParam("version") Integer version) {
        var stored = designs.get(new DesignService.Caller(learner.id(), learner.isAdmin()), id, version);
        return ReviewApi.result(stored.topology(), catalog, stored.version());
    }
}

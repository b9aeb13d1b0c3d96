package io.regionlab.review;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Review;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.DesignService;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Topology;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The reliability review: the rules, and the findings for a stored design or a document sent as is. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewApi {

    public record RuleInfo(String id, String title, String severity, List<String> teaches) {
    }

    public record FindingView(String rule, String severity, String target, String message, String why, String fix, List<String> teaches) {
    }

    public record ReviewResult(String design, Integer version, Map<String, Long> counts, List<FindingView> findings) {
    }

    private final DesignService designs;
    private final Catalog catalog;

    public ReviewApi(DesignService designs, Catalog catalog) {
        this.designs = designs;
        this.catalog = catalog;
    }

    @GET
    @Path("rules")
    @Operation(summary = "Every reliability rule of the review")
    public List<RuleInfo> rules() {
        return Review.rules().stream().map(r -> new RuleInfo(r.id(), r.title(), r.severity().code(), r.teaches())).toList();
    }

    /** For CI pipelines that keep designs in git: no account needed, nothing stored. */
    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Review a design document without storing it")
    public ReviewResult review(String document) {
        Topology topology = designs.read(document);
        return result(topology, catalog, null);
    }

    static ReviewResult result(Topology topology, Catalog catalog, Integer version) {
        List<Finding> findings = Review.of(topology, catalog);
        Map<String, Long> counts = new LinkedHashMap<>();
        Arrays.stream(Severity.values()).forEach(s -> counts.put(s.code(), findings.stream().filter(f -> f.severity() == s).count()));
        return new ReviewResult(topology.name(), version, counts, findings.stream()
                .map(f -> new FindingView(f.rule(), f.severity().code(), f.target(), f.message(), f.why(), f.fix(), f.teaches())).toList());
    }
}

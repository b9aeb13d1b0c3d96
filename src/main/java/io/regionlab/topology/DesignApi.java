package io.regionlab.topology;

import io.quarkus.security.Authenticated;
import io.regionlab.account.Learner;
import io.regionlab.platform.ProblemException;
import io.regionlab.topology.DesignService.Caller;
import io.regionlab.topology.DesignService.Stored;
import io.regionlab.topology.DesignService.Summary;
import io.regionlab.topology.DesignService.VersionInfo;
import io.regionlab.topology.core.TopologyDiff;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Designs as topology documents ({@code regionlab/topology@1}). The document is the body of
 * POST and PUT and of GET; its version travels in the ETag, and {@code If-Match} makes a save
 * fail instead of overwriting someone else's.
 */
@Path("/api/designs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DesignApi {

    public record Rename(@NotBlank String name) {
    }

    public record Created(UUID id, String name, int version) {
    }

    private final DesignService designs;
    private final Learner learner;

    public DesignApi(DesignService designs, Learner learner) {
        this.designs = designs;
        this.learner = learner;
    }

    @GET
    @Operation(summary = "Your designs (admins: ?all=true for everyone's)")
    public List<Summary> list(@QueryParam("all") boolean all) {
        return designs.list(caller(), all);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create (or import) a design from a topology document")
    public Response create(String document) {
        Stored stored = designs.create(caller(), document);
        return Response.created(URI.create("/api/designs/" + stored.design().id()))
                .tag(String.valueOf(stored.version()))
                .entity(new Created(stored.design().id(), stored.design().name(), stored.version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The design's document at its latest version (or ?version=n); the version is in the ETag")
    public Response get(@PathParam("id") UUID id, @QueryParam("version") Integer version) {
        return document(designs.get(caller(), id, version), false);
    }

    @GET
    @Path("{id}/document")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Download the design's document as a file (export of the JSON)")
    public Response download(@PathParam("id") UUID id, @QueryParam("version") Integer version) {
        return document(designs.get(caller(), id, version), true);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a new version; with If-Match, only if nobody saved since that version")
    public Response save(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, String document) {
        Stored stored = designs.save(caller(), id, document, version(ifMatch));
        return Response.ok(new Created(stored.design().id(), stored.design().name(), stored.version()))
                .tag(String.valueOf(stored.version())).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a design (saves a new version)")
    public Response rename(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Rename rename) {
        Stored stored = designs.rename(caller(), id, rename.name(), version(ifMatch));
        return Response.ok(new Created(stored.design().id(), stored.design().name(), stored.version()))
                .tag(String.valueOf(stored.version())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a design and all its versions")
    public Response delete(@PathParam("id") UUID id) {
        designs.delete(caller(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Version history, newest first")
    public List<VersionInfo> versions(@PathParam("id") UUID id) {
        return designs.versions(caller(), id);
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "What changed from one version to another")
    public List<TopologyDiff.Entry> diff(@PathParam("id") UUID id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw ProblemException.invalid(from == null ? "from" : "to", "required: the two versions to compare, e.g. ?from=1&to=2");
        }
        return designs.diff(caller(), id, from, to);
    }

    private Caller caller() {
        return new Caller(learner.id(), learner.isAdmin());
    }

    private static Response document(Stored stored, boolean attachment) {
        Response.ResponseBuilder ok = Response.ok(stored.document(), MediaType.APPLICATION_JSON_TYPE)
                .tag(String.valueOf(stored.version()))
                .header("X-Design-Version", stored.version());
        if (attachment) {
            ok.header("Content-Disposition", "attachment; filename=\"" + stored.topology().name().replaceAll("[^A-Za-z0-9._-]", "_") + ".json\"");
        }
        return ok.build();
    }

    /** The version in an If-Match header ({@code "3"} or {@code 3}), or null when none was sent. */
    static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.trim().replace("W/", "").replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "expected the design version from the ETag, e.g. \"3\" (got " + ifMatch + ")");
        }
    }
}

package io.regionlab.topology;

import io.regionlab.platform.ProblemException;
import io.regionlab.topology.ReferenceDesigns.Reference;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The reference designs, to start a design from. Like the catalog they are published content,
 * readable without an account. The literal segment keeps them apart from {@code /api/designs/{id}}.
 */
@Path("/api/designs/references")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceDesignsApi {

    private final ReferenceDesigns references;

    public ReferenceDesignsApi(ReferenceDesigns references) {
        this.references = references;
    }

    @GET
    @Operation(summary = "The reference designs: name, title, description, Region and component counts")
    public List<Reference> list() {
        return references.list();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One reference design's topology document")
    public String document(@PathParam("name") String name) {
        return references.find(name).map(ReferenceDesigns.Entry::document)
                .orElseThrow(() -> ProblemException.notFound("No reference design '" + name + "'; the reference designs are "
                        + String.join(", ", references.list().stream().map(Reference::name).toList()) + "."));
    }
}

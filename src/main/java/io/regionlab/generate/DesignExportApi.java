package io.regionlab.generate;

import io.quarkus.security.Authenticated;
import io.regionlab.account.Learner;
import io.regionlab.generate.core.ExportBundle;
import io.regionlab.generate.core.GeneratedFile;
import io.regionlab.topology.DesignService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The generated files of a stored design: the export zip, or the files to preview. */
@Path("/api/designs")
@Authenticated
public class DesignExportApi {

    private final DesignService designs;
    private final Writers writers;
    private final Learner learner;

    public DesignExportApi(DesignService designs, Writers writers, Learner learner) {
        this.designs = designs;
        this.writers = writers;
        this.learner = learner;
    }

    @GET
    @Path("{id}/export")
    @Produces(ExportApi.ZIP)
    @Operation(summary = "Export a stored design (latest version, or ?version=n) as a zip")
    public Response export(@PathParam("id") UUID id, @QueryParam("version") Integer version) {
        var stored = designs.get(caller(), id, version);
        return ExportApi.zip(stored.topology(), stored.document(), writers);
    }

    @GET
    @Path("{id}/files")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The generated files of a stored design, to preview")
    public List<GeneratedFile> files(@PathParam("id") UUID id, @QueryParam("version") Integer version) {
        var stored = designs.get(caller(), id, version);
        return ExportBundle.files(stored.topology(), stored.document(), writers.all());
    }

    private DesignService.Caller caller() {
        return new DesignService.Caller(learner.id(), learner.isAdmin());
    }
}

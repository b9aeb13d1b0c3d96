package io.regionlab.generate;

import io.regionlab.generate.core.ExportBundle;
import io.regionlab.generate.core.GeneratedFile;
import io.regionlab.topology.DesignService;
import io.regionlab.topology.core.Topology;
import io.regionlab.topology.core.TopologyCodec;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** CloudFormation, Terraform and boto3 for a design document sent as is: for CI pipelines, no account, nothing stored. */
@Path("/api/export")
public class ExportApi {

    public static final String ZIP = "application/zip";

    private final DesignService designs;
    private final TopologyCodec codec;
    private final Writers writers;

    public ExportApi(DesignService designs, TopologyCodec codec, Writers writers) {
        this.designs = designs;
        this.codec = codec;
        this.writers = writers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(ZIP)
    @Operation(summary = "Export a design document as a zip without storing it")
    public Response export(String document) {
        Topology topology = designs.read(document);
        return zip(topology, codec.write(topology), writers);
    }

    /** The editor previews what is on screen, saved or not; the same files the zip of this document holds. */
    @POST
    @Path("files")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The generated files of a design document, to preview, without storing it")
    public List<GeneratedFile> files(String document) {
        Topology topology = designs.read(document);
        return ExportBundle.files(topology, codec.write(topology), writers.all());
    }

    /** The zip of a design, named after it; the same bytes for the same document. */
    static Response zip(Topology topology, String document, Writers writers) {
        String folder = topology.name().replaceAll("[^A-Za-z0-9._-]", "_");
        byte[] zip = ExportBundle.zip(ExportBundle.files(topology, document, writers.all()), folder);
        return Response.ok(zip, ZIP).header("Content-Disposition", "attachment; filename=\"" + folder + ".zip\"").build();
    }
}

package io.regionlab.topology;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Schema of the design document, for editors and for CI pipelines that keep designs in git. */
@Path("/api/schema/topology")
public class SchemaApi {

    private final String schema;

    public SchemaApi() {
        try (InputStream in = SchemaApi.class.getResourceAsStream("/schema/topology.schema.json")) {
            schema = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Produces("application/schema+json")
    public Response schema() {
        return schema == null ? Response.status(404).build() : Response.ok(schema).build();
    }
}

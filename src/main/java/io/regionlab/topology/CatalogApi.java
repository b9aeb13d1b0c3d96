package io.regionlab.topology;

import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Catalog.CatalogRegion;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The Region catalog designs are checked against, so the editor offers only Regions and zones that exist. */
@Path("/api/catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogApi {

    public record Regions(String version, List<CatalogRegion> regions) {
    }

    private final Regions regions;

    public CatalogApi(Catalog catalog) {
        this.regions = new Regions(catalog.version(), List.copyOf(catalog.regions().values()));
    }

    /** Every Region in the catalog with its name, geography and zone names, in catalog order. */
    @GET
    @Path("regions")
    public Regions regions() {
        return regions;
    }
}

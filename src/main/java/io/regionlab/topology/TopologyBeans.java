package io.regionlab.topology;

import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.TopologyCodec;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;

/** The Region catalog, loaded once, and the codec that validates designs against it. */
public class TopologyBeans {

    @Produces
    @Singleton
    Catalog catalog(DesignConfig config) {
        return Catalog.load(Path.of(config.catalogFile()));
    }

    @Produces
    @Singleton
    TopologyCodec codec(Catalog catalog) {
        return new TopologyCodec(catalog);
    }
}

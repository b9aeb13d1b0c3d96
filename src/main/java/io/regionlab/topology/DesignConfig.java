package io.regionlab.topology;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the Design feature ({@code regionlab.design.*}). */
@ConfigMapping(prefix = "regionlab.design")
public interface DesignConfig {

    /** The Regions and zones designs may use. */
    @WithDefault("content/catalog/regions.yaml")
    String catalogFile();

    /** The reference designs offered as starting points, one {@code *.json} document each. */
    @WithDefault("content/designs")
    String referenceDir();

    /** The largest design document accepted, in bytes (a 10-Region design of 120 components is about 40 KB). */
    @WithDefault("1048576")
    int maxDocumentBytes();
}

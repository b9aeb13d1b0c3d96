package io.regionlab.topology.core;

/** The kinds of component of format version 1, and how each is placed. */
public enum ComponentKind implements Coded {
    LOAD_BALANCER("load-balancer", Placement.ZONAL),
    AUTOSCALING_GROUP("autoscaling-group", Placement.ZONAL),
    SAGEMAKER_ENDPOINT("sagemaker-endpoint", Placement.REGIONAL),
    SAGEMAKER_NOTEBOOK("sagemaker-notebook", Placement.ONE_ZONE),
    RDS_DATABASE("rds-database", Placement.REGIONAL),
    DYNAMODB_TABLE("dynamodb-table", Placement.REGIONAL),
    S3_BUCKET("s3-bucket", Placement.REGIONAL),
    CACHE("cache", Placement.ZONAL),
    CDN("cdn", Placement.GLOBAL),
    DNS_RECORD("dns-record", Placement.GLOBAL);

    /**
     * GLOBAL: no Region. REGIONAL: a Region, and AWS places it across zones itself (no zones).
     * ZONAL: a Region and the zones it spans. ONE_ZONE: a Region and at most one zone.
     */
    public enum Placement { GLOBAL, REGIONAL, ZONAL, ONE_ZONE }

    private final String code;
    private final Placement placement;

    ComponentKind(String code, Placement placement) {
        this.code = code;
        this.placement = placement;
    }

    @Override
    public String code() {
        return code;
    }

    public Placement placement() {
        return placement;
    }

    public boolean isGlobal() {
        return placement == Placement.GLOBAL;
    }
}

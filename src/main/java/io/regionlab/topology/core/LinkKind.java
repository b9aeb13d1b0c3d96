package io.regionlab.topology.core;

/** How two components relate. Links drive security groups, IAM policies, stack order and the review. */
public enum LinkKind implements Coded {
    ROUTES_TO("routes-to"), INVOKES("invokes"), READS_WRITES("reads-writes"), REPLICATES_TO("replicates-to");

    private final String code;

    LinkKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

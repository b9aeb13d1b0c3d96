package io.regionlab.topology.core;

/** What a Region does in the design: the primary serves; secondaries serve too or stand by. */
public enum RegionRole implements Coded {
    PRIMARY("primary"), SECONDARY("secondary");

    private final String code;

    RegionRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

package io.regionlab.topology.core;

import java.util.List;

/** A Region the design uses, its role, and the Availability Zones of it that the design uses. */
public record Region(String code, RegionRole role, List<String> zones) {

    public Region {
        zones = List.copyOf(zones);
    }
}

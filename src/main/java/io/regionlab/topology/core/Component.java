package io.regionlab.topology.core;

import java.util.List;

/**
 * One part of the deployment.
 *
 * @param region the Region code, {@code null} for global components
 * @param zones the zones a zonal component spans (empty for others)
 */
public record Component(String id, ComponentKind kind, String region, List<String> zones, Properties properties) {

    public Component {
        zones = List.copyOf(zones);
    }

    @SuppressWarnings("unchecked")
    public <P extends Properties> P props(Class<P> type) {
        return (P) properties;
    }
}

package io.regionlab.topology.core;

import java.util.List;
import java.util.Optional;

/**
 * A multi-Region, multi-AZ deployment of an ML workload: the design document
 * {@code regionlab/topology@1}. Instances are valid by construction: {@link TopologyCodec} is
 * the only way in from JSON and refuses anything structurally wrong, naming the path.
 *
 * @param recovery the recovery goal the design states, or {@code null}
 */
public record Topology(String name, String description, List<Region> regions, List<Component> components, List<Link> links,
        RecoveryGoal recovery) {

    public static final String FORMAT = "regionlab/topology@1";

    public Topology {
        regions = List.copyOf(regions);
        components = List.copyOf(components);
        links = List.copyOf(links);
    }

    public Optional<Component> component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Region> region(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public List<Component> componentsOf(ComponentKind kind) {
        return components.stream().filter(c -> c.kind() == kind).toList();
    }

    public List<Link> linksFrom(String id) {
        return links.stream().filter(l -> l.from().equals(id)).toList();
    }

    public List<Link> linksTo(String id) {
        return links.stream().filter(l -> l.to().equals(id)).toList();
    }
}

package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Topology;
import java.util.List;
import java.util.Objects;

/**
 * A load balancer not enabled in every zone of the Auto Scaling group it routes to. A group in
 * another Region is left to {@link CrossRegionDependency}.
 */
public final class LbZonesMissTargets extends BaseRule {

    public LbZonesMissTargets() {
        super("lb-zones-miss-targets", "Load balancer zones do not cover its Auto Scaling group's zones", Severity.WARNING,
                List.of("card-elb-inference", "card-autoscaling-state", "seed-multi-az-benefits"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.LOAD_BALANCER).stream()
                .flatMap(lb -> Graph.targets(topology, lb, LinkKind.ROUTES_TO).stream()
                        .filter(asg -> Objects.equals(asg.region(), lb.region()))
                        .filter(asg -> !lb.zones().containsAll(asg.zones()))
                        .map(asg -> finding(lb, asg)))
                .toList();
    }

    private Finding finding(Component lb, Component asg) {
        List<String> missing = asg.zones().stream().filter(z -> !lb.zones().contains(z)).toList();
        return finding(lb.id(),
                "Load balancer " + lb.id() + " is not enabled in " + Graph.join(missing) + ", where Auto Scaling group " + asg.id()
                        + " runs instances",
                "An Application Load Balancer sends requests only to targets in the zones it is enabled in. Instances in the other "
                        + "zones are registered but get no traffic, so they cost money and add neither capacity nor zone redundancy.",
                "Add " + Graph.join(missing) + " to " + lb.id() + "'s zones, or remove " + (missing.size() == 1 ? "that zone" : "those zones")
                        + " from " + asg.id() + ".");
    }
}

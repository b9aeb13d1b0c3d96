package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Topology;
import java.util.List;

/** An Auto Scaling group that lists one zone falls with that zone. */
public final class AsgSingleZone extends BaseRule {

    public AsgSingleZone() {
        super("asg-single-zone", "Auto Scaling group in a single Availability Zone", Severity.ERROR,
                List.of("seed-multi-az-purpose", "seed-multi-az-benefits", "card-multi-az-fault-tolerance", "card-region-and-az"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.AUTOSCALING_GROUP).stream()
                .filter(asg -> asg.zones().size() == 1)
                .map(asg -> finding(asg.id(),
                        "Auto Scaling group " + asg.id() + " runs in one zone only (" + asg.zones().get(0) + ")",
                        "An Availability Zone can fail as a whole (power, networking, connectivity). With every instance in one zone, "
                                + "that failure stops the whole group, and Auto Scaling launches replacements only in the zones the group lists.",
                        "List at least two zones of " + asg.region() + " (three where the design has them) in the group's zones, "
                                + "and enable the load balancer in front of it in the same zones."))
                .toList();
    }
}

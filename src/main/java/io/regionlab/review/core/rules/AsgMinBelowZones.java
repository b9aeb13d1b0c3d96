package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.List;

/** An Auto Scaling group whose minimum cannot keep an instance in each of its zones. */
public final class AsgMinBelowZones extends BaseRule {

    public AsgMinBelowZones() {
        super("asg-min-below-zones", "Auto Scaling group minSize lower than its number of zones", Severity.WARNING,
                List.of("card-multi-az-fault-tolerance", "card-autoscaling-state", "seed-multi-az-benefits"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.AUTOSCALING_GROUP).stream()
                .filter(asg -> asg.props(Properties.AutoScalingGroup.class).minSize() < asg.zones().size())
                .map(asg -> {
                    int min = asg.props(Properties.AutoScalingGroup.class).minSize();
                    int zones = asg.zones().size();
                    return finding(asg.id(),
                            "Auto Scaling group " + asg.id() + " has minSize " + min + " but spans " + zones + " zones",
                            "At minSize the group runs fewer instances than it has zones, so some zone has none. Losing a zone that "
                                    + "holds instances then takes a larger share of the capacity away (with minSize 1, all of it) "
                                    + "until replacements have launched in the remaining zones.",
                            "Set minSize (and desiredCapacity) to at least " + zones + ", one instance per zone, "
                                    + "or list fewer zones if the workload really needs fewer instances.");
                })
                .toList();
    }
}

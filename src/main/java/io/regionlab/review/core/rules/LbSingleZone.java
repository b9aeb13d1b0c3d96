package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Topology;
import java.util.List;

/** An Application Load Balancer enabled in fewer than two zones, which AWS does not allow. */
public final class LbSingleZone extends BaseRule {

    public LbSingleZone() {
        super("lb-single-zone", "Load balancer in fewer than two Availability Zones", Severity.ERROR,
                List.of("card-elb-inference", "card-multi-az-fault-tolerance", "seed-multi-az-benefits"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.LOAD_BALANCER).stream()
                .filter(lb -> lb.zones().size() < 2)
                .map(lb -> finding(lb.id(),
                        "Load balancer " + lb.id() + " is enabled in one zone only (" + Graph.join(lb.zones()) + ")",
                        "An Application Load Balancer must have subnets in at least two Availability Zones: AWS refuses to create "
                                + "one with fewer. Two zones are also what lets it keep serving when one zone fails.",
                        "Enable " + lb.id() + " in at least two zones of " + lb.region() + ", the zones its targets run in."))
                .toList();
    }
}

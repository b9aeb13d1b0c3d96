package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.List;

/** A latency record with targets in one Region, where there is no latency to choose by. */
public final class DnsLatencySingleRegion extends BaseRule {

    public DnsLatencySingleRegion() {
        super("dns-latency-single-region", "Latency-based DNS record that routes to a single Region", Severity.WARNING,
                List.of("card-latency-based-routing", "ops-route53-latency-active-active"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.DNS_RECORD).stream()
                .filter(dns -> "latency".equals(dns.props(Properties.DnsRecord.class).policy()))
                .filter(dns -> Graph.routedRegions(topology, dns).size() < 2)
                .map(dns -> finding(dns.id(),
                        "Latency record " + dns.id() + " (" + dns.props(Properties.DnsRecord.class).domain() + ") routes only to "
                                + (Graph.routedRegions(topology, dns).isEmpty() ? "nothing" : Graph.join(Graph.routedRegions(topology, dns))),
                        "Latency-based routing chooses among the Regions that have a record. With one Region every user gets that "
                                + "Region, so the policy adds nothing over a simple record and gives no Regional redundancy.",
                        "Add targets in the other Regions your users are near (routes-to links to their load balancers), or make it a "
                                + "simple record."))
                .toList();
    }
}

package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Region;
import io.regionlab.topology.core.Topology;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A Route 53 failover record whose targets are not in at least two Regions: nothing to fail over to. */
public final class DnsFailoverNoSecondary extends BaseRule {

    public DnsFailoverNoSecondary() {
        super("dns-failover-no-secondary", "Failover DNS record without a secondary target in another Region", Severity.ERROR,
                List.of("seed-cross-region-dr", "ops-route53-failover-api", "ops-dr-warm-standby", "card-multi-region-benefits"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.DNS_RECORD).stream()
                .filter(dns -> "failover".equals(dns.props(Properties.DnsRecord.class).policy()))
                .flatMap(dns -> check(topology, dns).stream())
                .toList();
    }

    private Optional<Finding> check(Topology topology, Component dns) {
        List<Component> targets = Graph.targets(topology, dns, LinkKind.ROUTES_TO);
        Set<String> regions = Graph.routedRegions(topology, dns);
        if (targets.size() >= 2 && regions.size() >= 2) {
            return Optional.empty();
        }
        String domain = dns.props(Properties.DnsRecord.class).domain();
        String message = targets.isEmpty()
                ? "Failover record " + dns.id() + " (" + domain + ") routes to nothing"
                : "Failover record " + dns.id() + " (" + domain + ") routes only to " + (regions.isEmpty() ? Graph.ids(targets)
                        : Graph.join(regions) + " (" + Graph.ids(targets) + ")") + ": no secondary in another Region";
        List<String> elsewhere = topology.regions().stream().map(Region::code).filter(r -> !regions.contains(r)).toList();
        return Optional.of(finding(dns.id(), message,
                "A failover record set needs a secondary record that points at a working copy of the service elsewhere; with "
                        + "every target in one Region, a Regional outage leaves Route 53 nothing to fail over to.",
                "Run the service in " + (elsewhere.isEmpty() ? "a second Region" : elsewhere.get(0)) + " as well (load balancer, "
                        + "Auto Scaling group or endpoint, and copies of its data) and add a routes-to link from " + dns.id()
                        + " to its load balancer as the secondary."));
    }
}

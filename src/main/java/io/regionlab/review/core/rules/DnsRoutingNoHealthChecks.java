package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.List;
import java.util.Set;

/**
 * A latency, geoproximity or weighted record that spreads users over several targets without health
 * checks. With a single target health checks change nothing (Route 53 answers anyway when every
 * record is unhealthy), so only records with two or more targets are flagged.
 */
public final class DnsRoutingNoHealthChecks extends BaseRule {

    private static final Set<String> POLICIES = Set.of("latency", "geoproximity", "weighted");

    public DnsRoutingNoHealthChecks() {
        super("dns-routing-no-health-checks", "Latency, geoproximity or weighted DNS record without health checks", Severity.ADVICE,
                List.of("card-latency-based-routing", "ops-route53-latency-active-active", "ops-route53-failover-api"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.DNS_RECORD).stream()
                .filter(dns -> POLICIES.contains(dns.props(Properties.DnsRecord.class).policy()))
                .filter(dns -> !dns.props(Properties.DnsRecord.class).healthChecks())
                .filter(dns -> Graph.targets(topology, dns, LinkKind.ROUTES_TO).size() >= 2)
                .map(dns -> finding(topology, dns))
                .toList();
    }

    private Finding finding(Topology topology, Component dns) {
        Properties.DnsRecord p = dns.props(Properties.DnsRecord.class);
        List<Component> targets = Graph.targets(topology, dns, LinkKind.ROUTES_TO);
        return finding(dns.id(),
                "The " + p.policy() + " record " + dns.id() + " (" + p.domain() + ") spreads users over " + Graph.ids(targets)
                        + " without health checks",
                "Route 53 treats a record without a health check as healthy, so it keeps sending a share of users to a target that "
                        + "is down; with health checks it answers with the targets that are still healthy.",
                "Set healthChecks to true: a health check per record, or Evaluate Target Health on aliases to load balancers.");
    }
}

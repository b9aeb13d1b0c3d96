package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.List;

/** A Route 53 failover record without health checks, which therefore never fails over. */
public final class DnsFailoverNoHealthChecks extends BaseRule {

    public DnsFailoverNoHealthChecks() {
        super("dns-failover-no-health-checks", "Failover DNS record without health checks", Severity.ERROR,
                List.of("seed-cross-region-dr", "ops-route53-failover-api", "card-multi-region-benefits"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.DNS_RECORD).stream()
                .filter(dns -> "failover".equals(dns.props(Properties.DnsRecord.class).policy()))
                .filter(dns -> !dns.props(Properties.DnsRecord.class).healthChecks())
                .map(dns -> finding(dns.id(),
                        "Failover record " + dns.id() + " (" + dns.props(Properties.DnsRecord.class).domain() + ") has no health checks",
                        "Route 53 answers with the secondary only when the primary record is unhealthy, and it treats a record with no "
                                + "health check as always healthy, so traffic keeps going to a primary that is down.",
                        "Set healthChecks to true: a Route 53 health check on the primary record, or Evaluate Target Health on its "
                                + "alias to the load balancer."))
                .toList();
    }
}

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
import java.util.Optional;
import java.util.Set;

/**
 * A CloudFront distribution that cannot fail over between origins: one origin only, origins in two
 * Regions without an origin group, or origin failover asked for with fewer than two origins. Several
 * origins in one Region without failover are left alone: that is usually routing by path, not redundancy.
 */
public final class CdnNoOriginFailover extends BaseRule {

    public CdnNoOriginFailover() {
        super("cdn-no-origin-failover", "CloudFront distribution without origin failover", Severity.WARNING,
                List.of("card-multi-region-benefits", "seed-cross-region-dr", "card-latency-based-routing"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.CDN).stream().flatMap(cdn -> check(topology, cdn).stream()).toList();
    }

    private Optional<Finding> check(Topology topology, Component cdn) {
        boolean failover = cdn.props(Properties.Cdn.class).originFailover();
        List<Component> origins = Graph.targets(topology, cdn, LinkKind.ROUTES_TO);
        Set<String> regions = Graph.routedRegions(topology, cdn);
        String why = "CloudFront fails over between origins only through an origin group: a primary and a secondary origin, with "
                + "the status codes that switch requests to the secondary. Without one, cache misses return errors when the origin "
                + "or its Region fails.";
        if (failover && origins.size() < 2) {
            return Optional.of(finding(cdn.id(),
                    "CloudFront distribution " + cdn.id() + " has origin failover on but " + (origins.isEmpty() ? "no origin" : "one origin only"),
                    why, "Add a second origin in another Region (a routes-to link to a replicated bucket or a load balancer there) "
                            + "to form the origin group."));
        }
        if (!failover && origins.size() == 1) {
            Component origin = origins.get(0);
            String second = origin.kind() == ComponentKind.S3_BUCKET ? "a replica of bucket " + origin.id()
                    : "a load balancer serving the same application";
            return Optional.of(finding(cdn.id(),
                    "CloudFront distribution " + cdn.id() + " has a single origin (" + origin.id() + ") and no origin failover",
                    why, "Add an origin in another Region (" + second + " there) and set originFailover to true."));
        }
        if (!failover && regions.size() >= 2) {
            return Optional.of(finding(cdn.id(),
                    "CloudFront distribution " + cdn.id() + " has origins in " + Graph.join(regions) + " but no origin failover",
                    why, "Set originFailover to true so the origin in the second Region becomes the secondary of an origin group."));
        }
        return Optional.empty();
    }
}

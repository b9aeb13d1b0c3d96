package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An ElastiCache replication group that cannot fail over to a replica in another zone. */
public final class CacheNoFailover extends BaseRule {

    public CacheNoFailover() {
        super("cache-no-failover", "ElastiCache without replicas or automatic failover", Severity.WARNING,
                List.of("card-autoscaling-state", "card-multi-az-fault-tolerance"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.CACHE).stream().flatMap(c -> check(c).stream()).toList();
    }

    private Optional<Finding> check(Component cache) {
        Properties.Cache p = cache.props(Properties.Cache.class);
        List<String> missing = new ArrayList<>();
        if (p.replicas() == 0) {
            missing.add("no replica");
        }
        if (!p.automaticFailover()) {
            missing.add("no automatic failover");
        }
        if (cache.zones().size() < 2) {
            missing.add("all its nodes in one zone");
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(finding(cache.id(),
                "Cache " + cache.id() + " has " + and(missing),
                "When the primary node fails, ElastiCache promotes a replica in its place only with automatic failover on, and "
                        + "automatic failover needs at least one replica; a replica survives the loss of a zone only if it sits in "
                        + "another zone than the primary. Without them, losing the primary node or its zone leaves the cache "
                        + "unwritable or empty until the node is replaced, and the load falls through to what is behind it.",
                "Set replicas to at least 1 and automaticFailover to true, and list at least two zones so a replica sits outside "
                        + "the primary's zone."));
    }

    private static String and(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}

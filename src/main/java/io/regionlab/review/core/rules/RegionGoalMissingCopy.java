package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.RecoveryGoal;
import io.regionlab.topology.core.Region;
import io.regionlab.topology.core.RegionRole;
import io.regionlab.topology.core.Topology;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A design with a Region-scope recovery goal where a stateful component of the primary Region (bucket,
 * database, table) has no copy in a secondary Region. What counts as a copy: for a bucket, a direct
 * replica (S3 does not replicate replicas again); for a database, a read replica at any depth (RDS
 * cascades them); for a table, a replica of its global table. A replica itself is not reported
 * (its source is), and a global table is reported once.
 */
public final class RegionGoalMissingCopy extends BaseRule {

    private static final Set<ComponentKind> STATEFUL = Set.of(ComponentKind.S3_BUCKET, ComponentKind.RDS_DATABASE, ComponentKind.DYNAMODB_TABLE);

    public RegionGoalMissingCopy() {
        super("region-goal-missing-copy", "Region-scope recovery goal, but a secondary Region lacks a copy of primary data",
                Severity.WARNING, List.of("seed-cross-region-dr", "card-multi-region-data-consistency", "ops-dr-warm-standby"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        if (topology.recovery() == null || topology.recovery().scope() != RecoveryGoal.Scope.REGION) {
            return List.of();
        }
        String primary = topology.regions().stream().filter(r -> r.role() == RegionRole.PRIMARY).map(Region::code).findFirst().orElse(null);
        List<String> secondaries = topology.regions().stream().map(Region::code).filter(r -> !r.equals(primary)).toList();
        if (primary == null || secondaries.isEmpty()) {
            return List.of();
        }
        return topology.components().stream()
                .filter(c -> STATEFUL.contains(c.kind()) && primary.equals(c.region()))
                .filter(c -> first(topology, c))
                .flatMap(c -> {
                    Set<String> copies = copies(topology, c).stream().map(Component::region).collect(Collectors.toSet());
                    List<String> missing = secondaries.stream().filter(r -> !copies.contains(r)).toList();
                    return missing.isEmpty() ? Stream.<Finding>empty() : Stream.of(finding(c, missing));
                })
                .toList();
    }

    /**
     * Whether {@code c} is where its data starts, so the finding goes there once: not a replica of
     * something else (whose own copies are what count), and for a global table its first table in the Region.
     */
    private static boolean first(Topology topology, Component c) {
        if (c.kind() == ComponentKind.DYNAMODB_TABLE) {
            return Graph.globalTable(topology, c).stream().filter(o -> Objects.equals(o.region(), c.region())).findFirst().orElse(c) == c;
        }
        return !Graph.isReplica(topology, c);
    }

    private static List<Component> copies(Topology topology, Component c) {
        return switch (c.kind()) {
            case S3_BUCKET -> Graph.replicas(topology, c);
            case RDS_DATABASE -> Graph.replicasDownstream(topology, c);
            default -> Graph.globalTable(topology, c).stream().filter(o -> !Objects.equals(o.id(), c.id())).toList();
        };
    }

    private Finding finding(Component c, List<String> missing) {
        String where = Graph.join(missing);
        String what;
        String fix;
        switch (c.kind()) {
            case S3_BUCKET -> {
                what = "Bucket";
                fix = "Add a versioned bucket in " + where + " and a replicates-to link from " + c.id() + " to it (S3 Cross-Region Replication).";
            }
            case RDS_DATABASE -> {
                what = "RDS database";
                fix = "Add a cross-Region read replica in " + where + ": an rds-database there with a replicates-to link from " + c.id() + ".";
            }
            default -> {
                what = "DynamoDB table";
                fix = "Add a table with the same keys in " + where + " and a replicates-to link from " + c.id() + ", making it a global table.";
            }
        }
        return finding(c.id(),
                what + " " + c.id() + " in the primary Region " + c.region() + " has no copy in " + where,
                "The recovery goal covers the loss of the primary Region. Data that exists only there is lost or out of reach with "
                        + "it, so the secondary Region cannot take over with this component's data.",
                fix);
    }
}

package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.List;

/**
 * An RDS database that is not Multi-AZ. Read replicas (databases something replicates to) are left
 * out: a Single-AZ cross-Region replica is a common, deliberate cost trade-off for disaster recovery.
 */
public final class RdsSingleAz extends BaseRule {

    public RdsSingleAz() {
        super("rds-single-az", "RDS database without Multi-AZ", Severity.ERROR,
                List.of("seed-multi-az-benefits", "seed-multi-az-purpose", "card-multi-az-fault-tolerance"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.RDS_DATABASE).stream()
                .filter(db -> !db.props(Properties.RdsDatabase.class).multiAz())
                .filter(db -> !Graph.isReplica(topology, db))
                .map(db -> finding(db.id(),
                        "RDS database " + db.id() + " is a Single-AZ instance",
                        "A Single-AZ DB instance lives in one Availability Zone. If that zone or its host fails, the database is down "
                                + "until RDS recovers it or you restore it, and a point-in-time restore reaches only the latest restorable "
                                + "time (typically a few minutes back). Multi-AZ keeps a synchronous standby in another zone and fails "
                                + "over to it automatically.",
                        "Set multiAz to true."))
                .toList();
    }
}

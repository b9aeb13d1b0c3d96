package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.List;

/**
 * An RDS database with automated backups turned off. A read replica that is not itself the source
 * of another replica is left out: RDS creates read replicas with backups off, and the source holds them.
 */
public final class RdsBackupsOff extends BaseRule {

    public RdsBackupsOff() {
        super("rds-backups-off", "RDS database with automated backups off (retention 0)", Severity.ERROR,
                List.of("seed-cross-region-dr", "ops-dr-warm-standby"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.RDS_DATABASE).stream()
                .filter(db -> db.props(Properties.RdsDatabase.class).backupRetentionDays() == 0)
                .filter(db -> !Graph.isReplica(topology, db) || !Graph.replicas(topology, db).isEmpty())
                .map(db -> finding(db.id(),
                        "RDS database " + db.id() + " has automated backups turned off (retention 0 days)",
                        "With a backup retention period of 0, RDS takes no automated backups, so the database cannot be restored to a "
                                + "point in time after a bad write, a deletion or a failed upgrade, and it cannot be the source of a read replica.",
                        "Set backupRetentionDays to 7 or more (at most 35)" + (Graph.replicas(topology, db).isEmpty() ? ""
                                : "; the read replicas " + Graph.ids(Graph.replicas(topology, db)) + " need it") + "."))
                .toList();
    }
}

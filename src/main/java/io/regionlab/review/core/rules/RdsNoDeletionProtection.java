package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.List;

/** An RDS database that one delete call, or one stack change, can remove. No question in the bank teaches it yet. */
public final class RdsNoDeletionProtection extends BaseRule {

    public RdsNoDeletionProtection() {
        super("rds-no-deletion-protection", "RDS database without deletion protection", Severity.WARNING, List.of());
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.RDS_DATABASE).stream()
                .filter(db -> !db.props(Properties.RdsDatabase.class).deletionProtection())
                .map(db -> finding(db.id(),
                        "RDS database " + db.id() + " has no deletion protection",
                        "Without deletion protection, one DeleteDBInstance call, or a stack update that replaces or removes the "
                                + "instance, deletes the database. With it on, RDS refuses to delete the instance until someone turns "
                                + "protection off.",
                        "Set deletionProtection to true."))
                .toList();
    }
}

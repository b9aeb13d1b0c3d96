package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.List;

/**
 * A DynamoDB table, not replicated, without point-in-time recovery. Replicas of a global table are
 * {@link DynamoDbGlobalTablePitr}'s. No question in the bank teaches it yet.
 */
public final class DynamoDbPitrOff extends BaseRule {

    public DynamoDbPitrOff() {
        super("dynamodb-pitr-off", "DynamoDB table without point-in-time recovery", Severity.WARNING, List.of());
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.DYNAMODB_TABLE).stream()
                .filter(table -> !table.props(Properties.DynamoDbTable.class).pointInTimeRecovery())
                .filter(table -> Graph.globalTable(topology, table).size() == 1)
                .map(table -> finding(table.id(),
                        "DynamoDB table " + table.id() + " has no point-in-time recovery",
                        "Without point-in-time recovery, an accidental delete or a bad batch of writes cannot be undone by restoring the "
                                + "table to an earlier second; with it, DynamoDB keeps continuous backups for up to 35 days.",
                        "Set pointInTimeRecovery to true."))
                .toList();
    }
}

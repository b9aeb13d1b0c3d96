package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.List;

/** A replica of a DynamoDB global table without point-in-time recovery, which is set per replica. */
public final class DynamoDbGlobalTablePitr extends BaseRule {

    public DynamoDbGlobalTablePitr() {
        super("dynamodb-global-table-pitr", "DynamoDB global table whose replicas do not all have point-in-time recovery", Severity.WARNING,
                List.of("card-multi-region-data-consistency", "ops-dynamodb-global-features"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.DYNAMODB_TABLE).stream()
                .filter(table -> !table.props(Properties.DynamoDbTable.class).pointInTimeRecovery())
                .filter(table -> Graph.globalTable(topology, table).size() > 1)
                .map(table -> {
                    List<Component> others = Graph.globalTable(topology, table).stream().filter(o -> o != table).toList();
                    List<Component> without = Graph.globalTable(topology, table).stream()
                            .filter(o -> !o.props(Properties.DynamoDbTable.class).pointInTimeRecovery()).toList();
                    return finding(table.id(),
                            "DynamoDB table " + table.id() + " (" + table.region() + "), a global table replica with " + Graph.ids(others)
                                    + ", has no point-in-time recovery",
                            "A global table copies every write, accidental deletes and overwrites included, to all replicas within seconds, "
                                    + "so replication is no backup. Point-in-time recovery is set per replica, and only a replica that has "
                                    + "it can be restored to an earlier second.",
                            "Set pointInTimeRecovery to true on " + Graph.ids(without) + ".");
                })
                .toList();
    }
}

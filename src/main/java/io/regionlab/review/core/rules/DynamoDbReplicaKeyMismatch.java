package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Link;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.List;

/** Two DynamoDB tables joined as a global table that do not have the same primary key. */
public final class DynamoDbReplicaKeyMismatch extends BaseRule {

    public DynamoDbReplicaKeyMismatch() {
        super("dynamodb-replica-key-mismatch", "DynamoDB global table replicas with different primary keys", Severity.ERROR,
                List.of("card-multi-region-data-consistency", "ops-dynamodb-global-features"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < topology.links().size(); i++) {
            Link link = topology.links().get(i);
            Component from = Graph.from(topology, link);
            Component to = Graph.to(topology, link);
            if (link.kind() != LinkKind.REPLICATES_TO || from.kind() != ComponentKind.DYNAMODB_TABLE) {
                continue;
            }
            String a = key(from);
            String b = key(to);
            if (!a.equals(b)) {
                findings.add(finding(Graph.link(i),
                        "DynamoDB tables " + from.id() + " and " + to.id() + " replicate but have different keys (" + a + " vs " + b + ")",
                        "All replicas of a global table share the same table name, primary key schema and items; a table with another "
                                + "partition or sort key cannot be a replica.",
                        "Give " + to.id() + " the partitionKey and sortKey of " + from.id() + " (" + a + ")."));
            }
        }
        return findings;
    }

    private static String key(Component table) {
        Properties.DynamoDbTable p = table.props(Properties.DynamoDbTable.class);
        return p.partitionKey() + (p.sortKey() == null ? "" : " + " + p.sortKey());
    }
}

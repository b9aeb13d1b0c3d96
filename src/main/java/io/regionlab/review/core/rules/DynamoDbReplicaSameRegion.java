package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Link;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Region;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A DynamoDB global table with two replicas in one Region. The design format already keeps every
 * replica in one of the design's Regions; what can still be wrong is a Region used twice.
 */
public final class DynamoDbReplicaSameRegion extends BaseRule {

    public DynamoDbReplicaSameRegion() {
        super("dynamodb-replica-same-region", "DynamoDB global table with two replicas in one Region", Severity.ERROR,
                List.of("card-multi-region-data-consistency", "ops-dynamodb-global-features"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < topology.links().size(); i++) {
            Link link = topology.links().get(i);
            Component from = Graph.from(topology, link);
            Component to = Graph.to(topology, link);
            if (link.kind() != LinkKind.REPLICATES_TO || from.kind() != ComponentKind.DYNAMODB_TABLE
                    || !Objects.equals(from.region(), to.region())) {
                continue;
            }
            Set<String> used = Graph.globalTable(topology, from).stream().map(Component::region).collect(Collectors.toSet());
            List<String> free = topology.regions().stream().map(Region::code).filter(r -> !used.contains(r)).toList();
            findings.add(finding(Graph.link(i),
                    "DynamoDB table " + from.id() + " replicates to " + to.id() + " in the same Region (" + from.region() + ")",
                    "A DynamoDB global table has at most one replica per Region, so a second table in " + from.region()
                            + " cannot join it; and a copy in the same Region would not survive a Regional outage anyway.",
                    free.isEmpty() ? "Remove the link, or add another Region to the design and move " + to.id() + " there."
                            : "Move " + to.id() + " to " + Graph.join(free) + ", or remove the link."));
        }
        return findings;
    }
}

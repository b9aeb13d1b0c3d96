package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Link;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Regional component that routes to, invokes, or reads and writes a component in another Region.
 * Replication is meant to cross Regions and global components have none, so both are left out.
 */
public final class CrossRegionDependency extends BaseRule {

    public CrossRegionDependency() {
        super("cross-region-dependency", "Component depends on a component in another Region", Severity.WARNING,
                List.of("card-multi-region-challenges", "seed-multi-region-factors", "card-multi-region-costs"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < topology.links().size(); i++) {
            Link link = topology.links().get(i);
            Component from = Graph.from(topology, link);
            Component to = Graph.to(topology, link);
            if (link.kind() == LinkKind.REPLICATES_TO || from.region() == null || to.region() == null
                    || from.region().equals(to.region())) {
                continue;
            }
            findings.add(finding(Graph.link(i),
                    from.id() + " (" + from.region() + ") " + link.kind().code() + " " + to.id() + " in another Region (" + to.region() + ")",
                    "A call across Regions adds inter-Region latency and data-transfer charges, and ties " + from.region()
                            + " to " + to.region() + ": an outage of " + to.region() + " also breaks " + from.id()
                            + ", which defeats having a second Region.",
                    fix(topology, from, to)));
        }
        return findings;
    }

    private static String fix(Topology topology, Component from, Component to) {
        Optional<Component> local = localCopy(topology, to, from.region());
        if (local.isPresent()) {
            return "Link " + from.id() + " to " + local.get().id() + ", the copy of " + to.id() + " in " + from.region() + ".";
        }
        return "Add a " + to.kind().code() + " in " + from.region() + (isData(to) ? " (a replica of " + to.id() + ")" : "")
                + " and link " + from.id() + " to it instead.";
    }

    /** A replica of {@code c} in {@code region}, or for a DynamoDB table any table of its global table there. */
    private static Optional<Component> localCopy(Topology topology, Component c, String region) {
        List<Component> copies = c.kind() == ComponentKind.DYNAMODB_TABLE ? Graph.globalTable(topology, c) : Graph.replicas(topology, c);
        return copies.stream().filter(o -> Objects.equals(o.region(), region)).findFirst();
    }

    private static boolean isData(Component c) {
        return c.kind() == ComponentKind.S3_BUCKET || c.kind() == ComponentKind.DYNAMODB_TABLE || c.kind() == ComponentKind.RDS_DATABASE;
    }
}

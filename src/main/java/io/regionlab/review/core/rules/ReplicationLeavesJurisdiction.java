package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Catalog.CatalogRegion;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.Link;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Replication between Regions whose catalog jurisdictions differ: the data leaves its jurisdiction. */
public final class ReplicationLeavesJurisdiction extends BaseRule {

    public ReplicationLeavesJurisdiction() {
        super("replication-leaves-jurisdiction", "Data replicated to a Region in another jurisdiction", Severity.WARNING,
                List.of("seed-data-residency", "card-region-selection", "card-multi-region-challenges", "card-multi-region-benefits"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < topology.links().size(); i++) {
            Link link = topology.links().get(i);
            if (link.kind() != LinkKind.REPLICATES_TO) {
                continue;
            }
            Component from = Graph.from(topology, link);
            Component to = Graph.to(topology, link);
            Optional<CatalogRegion> a = catalog.region(from.region());
            Optional<CatalogRegion> b = catalog.region(to.region());
            if (a.isEmpty() || b.isEmpty() || a.get().jurisdiction().equals(b.get().jurisdiction())) {
                continue;
            }
            String source = a.get().jurisdiction();
            List<String> alike = catalog.regions().values().stream()
                    .filter(r -> r.jurisdiction().equals(source) && !r.code().equals(from.region()))
                    .map(CatalogRegion::code).sorted().toList();
            findings.add(finding(Graph.link(i),
                    from.id() + " (" + from.region() + ", " + source + ") replicates to " + to.id() + " (" + to.region() + ", "
                            + b.get().jurisdiction() + "): the data leaves the " + source + " jurisdiction",
                    "Data stays in the Region where you store it unless you copy it out. Replication puts a full copy under another "
                            + "jurisdiction, which data-residency and sovereignty rules (transfer rules such as the GDPR's, national "
                            + "residency laws, customer contracts) may forbid or restrict.",
                    (alike.isEmpty() ? "No other Region in the catalog is in " + source + ": keep regulated data out of what "
                            + from.id() + " replicates"
                            : "Replicate to a Region in " + source + " (" + Graph.join(alike) + "), or keep regulated data out of what "
                                    + from.id() + " replicates")
                            + ", or record why the transfer is allowed."));
        }
        return findings;
    }
}

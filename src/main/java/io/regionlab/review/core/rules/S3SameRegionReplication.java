package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Link;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.RecoveryGoal;
import io.regionlab.topology.core.Region;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Same-Region S3 replication where a cross-Region copy is wanted: the design promises recovery from
 * a Region outage, or it spans several Regions and this is the source bucket's only replication.
 */
public final class S3SameRegionReplication extends BaseRule {

    public S3SameRegionReplication() {
        super("s3-same-region-replication", "S3 replication within one Region where a cross-Region copy is needed", Severity.WARNING,
                List.of("seed-cross-region-dr", "card-multi-region-benefits", "ops-crr-model-artifacts"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        boolean regionGoal = topology.recovery() != null && topology.recovery().scope() == RecoveryGoal.Scope.REGION;
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < topology.links().size(); i++) {
            Link link = topology.links().get(i);
            Component from = Graph.from(topology, link);
            Component to = Graph.to(topology, link);
            if (link.kind() != LinkKind.REPLICATES_TO || from.kind() != ComponentKind.S3_BUCKET
                    || !Objects.equals(from.region(), to.region())) {
                continue;
            }
            boolean onlyCopy = topology.regions().size() > 1
                    && Graph.replicas(topology, from).stream().allMatch(r -> Objects.equals(r.region(), from.region()));
            if (regionGoal || onlyCopy) {
                List<String> others = topology.regions().stream().map(Region::code).filter(r -> !r.equals(from.region())).toList();
                findings.add(finding(Graph.link(i),
                        "Bucket " + from.id() + " replicates to " + to.id() + " in the same Region (" + from.region() + ")",
                        "Same-Region Replication keeps both copies in " + from.region() + ", so it does not protect against a Regional "
                                + "outage; only a copy in another Region survives one.",
                        "Replicate " + from.id() + " to a versioned bucket in another Region"
                                + (others.isEmpty() ? "" : " of the design (" + Graph.join(others) + ")")
                                + ", keeping this Same-Region copy if it serves another purpose."));
            }
        }
        return findings;
    }
}

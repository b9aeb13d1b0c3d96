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

/** S3 replication between buckets that do not both have versioning on, which S3 requires. */
public final class S3ReplicationVersioning extends BaseRule {

    public S3ReplicationVersioning() {
        super("s3-replication-versioning", "S3 replication without versioning on both buckets", Severity.ERROR,
                List.of("ops-crr-model-artifacts", "seed-train-each-region", "card-multi-region-data-consistency"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < topology.links().size(); i++) {
            Link link = topology.links().get(i);
            Component from = Graph.from(topology, link);
            Component to = Graph.to(topology, link);
            if (link.kind() != LinkKind.REPLICATES_TO || from.kind() != ComponentKind.S3_BUCKET) {
                continue;
            }
            List<String> unversioned = new ArrayList<>();
            for (Component bucket : List.of(from, to)) {
                if (!bucket.props(Properties.S3Bucket.class).versioning()) {
                    unversioned.add(bucket.id());
                }
            }
            if (!unversioned.isEmpty()) {
                findings.add(finding(Graph.link(i),
                        "Replication from bucket " + from.id() + " to " + to.id() + " without versioning on " + String.join(" and ", unversioned),
                        "S3 Replication requires versioning on both the source and the destination bucket; without it S3 refuses the "
                                + "replication configuration, and nothing is copied.",
                        "Set versioning to true on " + String.join(" and ", unversioned) + "."));
            }
        }
        return findings;
    }
}

package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A SageMaker endpoint whose {@code modelArtifacts} bucket is in another Region, with no replica of
 * that bucket in the endpoint's Region. Only direct replicas count: S3 does not replicate objects
 * that are themselves replicas, so a bucket two replication steps away never receives the artifacts.
 */
public final class EndpointArtifactsOtherRegion extends BaseRule {

    public EndpointArtifactsOtherRegion() {
        super("endpoint-artifacts-other-region", "SageMaker endpoint loads its model from a bucket in another Region", Severity.ERROR,
                List.of("ops-model-artifacts-same-region", "ops-crr-model-artifacts", "card-sagemaker-multi-region", "seed-train-each-region"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.SAGEMAKER_ENDPOINT).stream()
                .flatMap(e -> artifacts(topology, e)
                        .filter(bucket -> !Objects.equals(bucket.region(), e.region()))
                        .filter(bucket -> Graph.replicas(topology, bucket).stream().noneMatch(r -> Objects.equals(r.region(), e.region())))
                        .map(bucket -> finding(topology, e, bucket))
                        .stream())
                .toList();
    }

    private static Optional<Component> artifacts(Topology topology, Component endpoint) {
        String id = endpoint.props(Properties.SageMakerEndpoint.class).modelArtifacts();
        return id == null ? Optional.empty() : topology.component(id);
    }

    private Finding finding(Topology topology, Component endpoint, Component bucket) {
        boolean chained = Graph.replicasDownstream(topology, bucket).stream().anyMatch(r -> Objects.equals(r.region(), endpoint.region()));
        return finding(endpoint.id(),
                "SageMaker endpoint " + endpoint.id() + " (" + endpoint.region() + ") loads its model from bucket " + bucket.id() + " in "
                        + bucket.region() + ", with no replica in " + endpoint.region(),
                "SageMaker needs the model artifacts in an S3 bucket in the same Region as the model and endpoint, so creating the "
                        + "model fails; and an endpoint that depended on " + bucket.region() + " would not survive that Region's outage.",
                "Replicate " + bucket.id() + " directly to a versioned bucket in " + endpoint.region() + " (a replicates-to link) and load the "
                        + "model from that copy" + (chained ? "; the copy that reaches " + endpoint.region() + " through another bucket "
                                + "gets nothing, because S3 does not replicate replicas again" : "") + ".");
    }
}

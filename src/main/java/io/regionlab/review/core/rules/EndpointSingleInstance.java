package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.List;

/** A SageMaker endpoint with one instance: SageMaker spreads instances across zones only from two up. */
public final class EndpointSingleInstance extends BaseRule {

    public EndpointSingleInstance() {
        super("endpoint-single-instance", "SageMaker endpoint with a single instance (no multi-AZ placement)", Severity.ERROR,
                List.of("seed-sagemaker-multi-az", "seed-elb-sagemaker", "card-elb-inference", "ops-endpoint-single-instance-az"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.SAGEMAKER_ENDPOINT).stream()
                .filter(e -> e.props(Properties.SageMakerEndpoint.class).instanceCount() < 2)
                .map(e -> finding(e.id(),
                        "SageMaker endpoint " + e.id() + " has one instance, so it runs in one zone",
                        "SageMaker spreads an endpoint's instances across Availability Zones only when it has two or more. "
                                + "A single-instance endpoint runs in one zone and stops answering when that zone fails.",
                        "Set instanceCount to at least 2 (AWS recommends several instances for every production endpoint), "
                                + "and scale beyond that with Application Auto Scaling on the variant."))
                .toList();
    }
}

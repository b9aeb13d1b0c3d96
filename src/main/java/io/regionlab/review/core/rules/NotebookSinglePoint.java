package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Topology;
import java.util.List;

/** A SageMaker notebook instance: one instance in one zone, which nothing replicates. */
public final class NotebookSinglePoint extends BaseRule {

    public NotebookSinglePoint() {
        super("notebook-single-point", "SageMaker notebook instance is a single point of failure", Severity.ADVICE,
                List.of("seed-notebook-regions"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.SAGEMAKER_NOTEBOOK).stream()
                .map(nb -> finding(nb.id(),
                        "Notebook instance " + nb.id() + " is a single instance in one zone of " + nb.region(),
                        "A SageMaker notebook instance is one ML instance in one Availability Zone, with no failover, and no feature "
                                + "replicates it to another zone or Region; anything kept only on its storage volume is lost with it.",
                        "Keep notebooks in a Git repository attached to the instance and data in S3, so that the instance can be "
                                + "recreated from the design in another zone or Region, and keep live traffic off it."))
                .toList();
    }
}

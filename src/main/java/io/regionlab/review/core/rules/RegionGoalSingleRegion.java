package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Catalog.CatalogRegion;
import io.regionlab.topology.core.RecoveryGoal;
import io.regionlab.topology.core.Topology;
import java.util.List;

/** A design that promises recovery from the loss of a Region but uses one Region. */
public final class RegionGoalSingleRegion extends BaseRule {

    public RegionGoalSingleRegion() {
        super("region-goal-single-region", "Region-scope recovery goal with only one Region", Severity.ERROR,
                List.of("seed-cross-region-dr", "card-multi-region-benefits", "seed-multi-az-purpose", "ops-dr-warm-standby"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        if (topology.recovery() == null || topology.recovery().scope() != RecoveryGoal.Scope.REGION || topology.regions().size() > 1) {
            return List.of();
        }
        String only = topology.regions().get(0).code();
        String jurisdiction = catalog.region(only).map(CatalogRegion::jurisdiction).orElse("");
        List<String> alike = catalog.regions().values().stream()
                .filter(r -> r.jurisdiction().equals(jurisdiction) && !r.code().equals(only))
                .map(CatalogRegion::code).sorted().toList();
        return List.of(finding("design",
                "The design promises recovery from a Region outage but uses only " + only,
                "Availability Zones protect against losing a zone, not a Region: a Regional event or a fault in a Regional service "
                        + "reaches every zone in it. Recovering from the loss of a Region needs the workload and a copy of its data "
                        + "in a second Region.",
                "Add a secondary Region" + (alike.isEmpty() ? "" : " (in the same jurisdiction: " + Graph.join(alike) + ")")
                        + " with a copy of the service and replicas of its data, or set the recovery scope to zone."));
    }
}

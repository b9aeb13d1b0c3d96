package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Catalog.CatalogRegion;
import io.regionlab.topology.core.Region;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Zone names past the first three of a Region (us-east-1e, us-east-1f). "The first three" are the
 * first three names the catalog lists, so ca-central-1's a, b and d count as its first three.
 */
public final class ZoneNameBeyondThird extends BaseRule {

    public ZoneNameBeyondThird() {
        super("zone-name-beyond-third", "Hard-coded zone names beyond the first three of a Region", Severity.ADVICE,
                List.of("card-region-and-az"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        List<Finding> findings = new ArrayList<>();
        for (Region region : topology.regions()) {
            List<String> known = catalog.region(region.code()).map(CatalogRegion::zones).orElse(List.of());
            List<String> late = region.zones().stream().filter(z -> known.indexOf(z) >= 3).toList();
            if (late.isEmpty()) {
                continue;
            }
            findings.add(finding("design",
                    "The design uses " + Graph.join(late) + ", beyond the first three zone names of " + region.code(),
                    "Which Availability Zones an account can use, and which physical zone a name means, vary by account: in the oldest "
                            + "Regions names are mapped to zones separately for each account, and some zones are not offered to newer "
                            + "accounts. Designs that hard-code later zone names fail in accounts that do not have them.",
                    "Use zones the target account reports (aws ec2 describe-availability-zones --region " + region.code()
                            + "), preferably " + Graph.join(known.subList(0, Math.min(3, known.size())))
                            + ", or pick zones by AZ ID and map the IDs to names per account."));
        }
        return findings;
    }
}

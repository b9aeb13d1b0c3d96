package io.regionlab.review.core;

import io.regionlab.review.core.rules.AsgEc2HealthCheck;
import io.regionlab.review.core.rules.AsgLaunchConfiguration;
import io.regionlab.review.core.rules.AsgMinBelowZones;
import io.regionlab.review.core.rules.AsgSingleZone;
import io.regionlab.review.core.rules.CacheNoFailover;
import io.regionlab.review.core.rules.CdnNoOriginFailover;
import io.regionlab.review.core.rules.CrossRegionDependency;
import io.regionlab.review.core.rules.DnsFailoverNoHealthChecks;
import io.regionlab.review.core.rules.DnsFailoverNoSecondary;
import io.regionlab.review.core.rules.DnsLatencySingleRegion;
import io.regionlab.review.core.rules.DnsRoutingNoHealthChecks;
import io.regionlab.review.core.rules.DynamoDbGlobalTablePitr;
import io.regionlab.review.core.rules.DynamoDbPitrOff;
import io.regionlab.review.core.rules.DynamoDbReplicaKeyMismatch;
import io.regionlab.review.core.rules.DynamoDbReplicaSameRegion;
import io.regionlab.review.core.rules.EndpointArtifactsOtherRegion;
import io.regionlab.review.core.rules.EndpointSingleInstance;
import io.regionlab.review.core.rules.LbSingleZone;
import io.regionlab.review.core.rules.LbZonesMissTargets;
import io.regionlab.review.core.rules.NotebookSinglePoint;
import io.regionlab.review.core.rules.RdsBackupsOff;
import io.regionlab.review.core.rules.RdsNoDeletionProtection;
import io.regionlab.review.core.rules.RdsSingleAz;
import io.regionlab.review.core.rules.RegionGoalMissingCopy;
import io.regionlab.review.core.rules.RegionGoalSingleRegion;
import io.regionlab.review.core.rules.ReplicationLeavesJurisdiction;
import io.regionlab.review.core.rules.S3ReplicationVersioning;
import io.regionlab.review.core.rules.S3SameRegionReplication;
import io.regionlab.review.core.rules.ZoneNameBeyondThird;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Topology;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reliability review: every rule, and what they find in a design. */
public final class Review {

    /**
     * The order findings are listed in: errors first, then by the thing they concern (links by
     * their number, so links[9] comes before links[10]), then by rule.
     */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::target, Review::compareTargets)
            .thenComparing(Finding::rule);

    private static final Pattern LINK = Pattern.compile("links\\[(\\d+)]");

    /** Rules are stateless, so one list serves every review; grouped by what they look at. */
    private static final List<Rule> RULES = List.of(
            new RegionGoalSingleRegion(),
            new RegionGoalMissingCopy(),
            new ZoneNameBeyondThird(),
            new CrossRegionDependency(),
            new DnsFailoverNoSecondary(),
            new DnsFailoverNoHealthChecks(),
            new DnsLatencySingleRegion(),
            new DnsRoutingNoHealthChecks(),
            new CdnNoOriginFailover(),
            new LbSingleZone(),
            new LbZonesMissTargets(),
            new AsgSingleZone(),
            new AsgMinBelowZones(),
            new AsgLaunchConfiguration(),
            new AsgEc2HealthCheck(),
            new EndpointSingleInstance(),
            new EndpointArtifactsOtherRegion(),
            new NotebookSinglePoint(),
            new RdsSingleAz(),
            new RdsBackupsOff(),
            new RdsNoDeletionProtection(),
            new S3ReplicationVersioning(),
            new S3SameRegionReplication(),
            new ReplicationLeavesJurisdiction(),
            new DynamoDbPitrOff(),
            new DynamoDbGlobalTablePitr(),
            new DynamoDbReplicaSameRegion(),
            new DynamoDbReplicaKeyMismatch(),
            new CacheNoFailover());

    private Review() {
    }

    private static int compareTargets(String a, String b) {
        Matcher x = LINK.matcher(a);
        Matcher y = LINK.matcher(b);
        if (x.matches() && y.matches()) {
            return Integer.compare(Integer.parseInt(x.group(1)), Integer.parseInt(y.group(1)));
        }
        return a.compareTo(b);
    }

    /** Every rule, in a stable order. */
    public static List<Rule> rules() {
        return RULES;
    }

    /** Everything every rule finds in {@code topology}, sorted by {@link #ORDER}. */
    public static List<Finding> of(Topology topology, Catalog catalog) {
        return RULES.stream().flatMap(r -> r.check(topology, catalog).stream()).sorted(ORDER).toList();
    }
}

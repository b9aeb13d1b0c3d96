package io.regionlab.generate.core;

import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Region;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The addresses of a design's network: one VPC per Region, {@code 10.<n>.0.0/16} where n is the
 * Region's position in the design (so the VPCs never overlap and can be peered later), and per
 * zone the design uses a public and a private {@code /20}: public subnets from the lower half of
 * the VPC, private from the upper half, at most eight zones per Region.
 */
public record NetworkPlan(String region, String vpcCidr, List<ZoneSubnets> zones) {

    public static final int MAX_ZONES = 8;

    public NetworkPlan {
        zones = List.copyOf(zones);
    }

    /** One zone's subnets: the public one holds load balancers and NAT gateways, the private one everything else. */
    public record ZoneSubnets(String zone, String publicCidr, String privateCidr) {
    }

    /** The plan of every Region of the design, in the design's order. */
    public static Map<String, NetworkPlan> of(Topology topology) {
        Map<String, NetworkPlan> plans = new LinkedHashMap<>();
        List<Region> regions = topology.regions();
        for (int n = 0; n < regions.size(); n++) {
            Region region = regions.get(n);
            if (region.zones().size() > MAX_ZONES) {
                throw new IllegalArgumentException(region.code() + " uses " + region.zones().size() + " zones; the network plan has room for " + MAX_ZONES);
            }
            List<ZoneSubnets> zones = new ArrayList<>();
            for (int z = 0; z < region.zones().size(); z++) {
                zones.add(new ZoneSubnets(region.zones().get(z), "10." + n + "." + (16 * z) + ".0/20", "10." + n + "." + (128 + 16 * z) + ".0/20"));
            }
            plans.put(region.code(), new NetworkPlan(region.code(), "10." + n + ".0.0/16", zones));
        }
        return plans;
    }

    public Optional<ZoneSubnets> zone(String zone) {
        return zones.stream().filter(z -> z.zone().equals(zone)).findFirst();
    }

    /** Whether a component of this kind lives in the VPC (the others are reached through AWS endpoints). */
    public static boolean needsNetwork(ComponentKind kind) {
        return switch (kind) {
            case LOAD_BALANCER, AUTOSCALING_GROUP, RDS_DATABASE, CACHE, SAGEMAKER_NOTEBOOK -> true;
            default -> false;
        };
    }
}

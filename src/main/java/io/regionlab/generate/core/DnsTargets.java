package io.regionlab.generate.core;

import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Link;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.RegionRole;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Which targets of a DNS record get an alias record, the same for every writer.
 *
 * @param routable what the record routes to that can be generated: load balancers, and distributions that have origins, in link order
 * @param chosen the targets that get a record under the routing policy, in record order: simple has one; failover a primary (in the
 *        primary Region when there is one) and a secondary; latency and geoproximity route by Region, so only load balancers; weighted
 *        all, with equal weights
 */
record DnsTargets(Properties.DnsRecord record, List<Component> routable, List<Component> chosen) {

    static DnsTargets of(Topology topology, Component dns) {
        Properties.DnsRecord p = dns.props(Properties.DnsRecord.class);
        List<Component> routable = routable(topology, dns);
        return new DnsTargets(p, routable, choose(topology, p.policy(), routable));
    }

    /** The ids of the routable targets that get no record. */
    List<String> leftOut() {
        return routable.stream().filter(x -> !chosen.contains(x)).map(Component::id).toList();
    }

    /** Why {@link #leftOut()} get no record under the routing policy. */
    String whyLeftOut() {
        return switch (record.policy()) {
            case "simple" -> "a simple alias record has one target.";
            case "failover" -> "failover routing has one primary and one secondary.";
            default -> "a CloudFront distribution has no Region to route by.";
        };
    }

    /** Whether this is a failover record with only a primary. */
    boolean lacksSecondary() {
        return "failover".equals(record.policy()) && chosen.size() < 2;
    }

    /** The notes on what gets no record, for record {@code dns}, as the CloudFormation and boto3 writers say them. */
    List<String> notes(Component dns) {
        List<String> notes = new ArrayList<>();
        List<String> left = leftOut();
        if (!left.isEmpty()) {
            notes.add("Record " + record.domain() + " (" + dns.id() + ", " + record.policy() + " routing) gets no record for " + String.join(", ", left)
                    + ": " + whyLeftOut());
        }
        if (lacksSecondary()) {
            notes.add("Record " + record.domain() + " (" + dns.id() + ") is a failover record with only a primary: add a secondary target in another Region.");
        }
        return notes;
    }

    private static List<Component> routable(Topology topology, Component dns) {
        List<Component> targets = new ArrayList<>();
        for (Link l : topology.linksFrom(dns.id())) {
            Component target = topology.component(l.to()).orElseThrow();
            boolean lb = target.kind() == ComponentKind.LOAD_BALANCER;
            boolean cdn = target.kind() == ComponentKind.CDN && !CfnGlobal.origins(topology, target).isEmpty();
            if (l.kind() == LinkKind.ROUTES_TO && (lb || cdn)) {
                targets.add(target);
            }
        }
        return targets;
    }

    private static List<Component> choose(Topology topology, String policy, List<Component> targets) {
        if (targets.isEmpty()) {
            return targets;
        }
        List<Component> ordered = new ArrayList<>(targets);
        ordered.stream().filter(o -> inPrimary(topology, o)).findFirst().ifPresent(primary -> {
            ordered.remove(primary);
            ordered.add(0, primary);
        });
        return switch (policy) {
            case "simple" -> List.of(targets.get(0));
            case "failover" -> List.copyOf(ordered.subList(0, Math.min(2, ordered.size())));
            case "latency", "geoproximity" -> targets.stream().filter(x -> x.kind() == ComponentKind.LOAD_BALANCER).toList();
            default -> targets;
        };
    }

    static boolean inPrimary(Topology topology, Component c) {
        return c.region() != null && topology.region(c.region()).map(r -> r.role() == RegionRole.PRIMARY).orElse(false);
    }
}

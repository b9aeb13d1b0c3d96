package io.regionlab.review.core.rules;

import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Link;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Topology;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Questions about the link graph of a design that several rules ask. */
final class Graph {

    private Graph() {
    }

    /** How a finding names the link at {@code index} of the design's links. */
    static String link(int index) {
        return "links[" + index + "]";
    }

    /** The components {@code c} links to with links of {@code kind}, in link order. */
    static List<Component> targets(Topology t, Component c, LinkKind kind) {
        return t.linksFrom(c.id()).stream().filter(l -> l.kind() == kind).map(l -> component(t, l.to())).toList();
    }

    /** The components that link to {@code c} with links of {@code kind}, in link order. */
    static List<Component> sources(Topology t, Component c, LinkKind kind) {
        return t.linksTo(c.id()).stream().filter(l -> l.kind() == kind).map(l -> component(t, l.from())).toList();
    }

    static Component component(Topology t, String id) {
        return t.component(id).orElseThrow(() -> new IllegalArgumentException("no component " + id));
    }

    static Component from(Topology t, Link l) {
        return component(t, l.from());
    }

    static Component to(Topology t, Link l) {
        return component(t, l.to());
    }

    /**
     * The Regions that traffic sent to {@code target} ends up in: its own Region, or for a global
     * component (a CloudFront distribution) the Regions of the origins it routes to.
     */
    static Set<String> servingRegions(Topology t, Component target) {
        Set<String> regions = new TreeSet<>();
        if (target.kind().isGlobal()) {
            targets(t, target, LinkKind.ROUTES_TO).stream().map(Component::region).filter(Objects::nonNull).forEach(regions::add);
        } else {
            regions.add(target.region());
        }
        return regions;
    }

    /** The Regions of everything a routing component (DNS record or CDN) routes to. */
    static Set<String> routedRegions(Topology t, Component router) {
        Set<String> regions = new TreeSet<>();
        targets(t, router, LinkKind.ROUTES_TO).forEach(target -> regions.addAll(servingRegions(t, target)));
        return regions;
    }

    /** Whether some component replicates into {@code c}: it is a replica (read replica, destination bucket). */
    static boolean isReplica(Topology t, Component c) {
        return !sources(t, c, LinkKind.REPLICATES_TO).isEmpty();
    }

    /** The direct replicas of {@code c}: what it replicates to. */
    static List<Component> replicas(Topology t, Component c) {
        return targets(t, c, LinkKind.REPLICATES_TO);
    }

    /** Every replica downstream of {@code c}, following replicates-to links any number of steps. */
    static List<Component> replicasDownstream(Topology t, Component c) {
        Set<Component> seen = new LinkedHashSet<>();
        Deque<Component> todo = new ArrayDeque<>(replicas(t, c));
        while (!todo.isEmpty()) {
            Component next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(replicas(t, next));
            }
        }
        return new ArrayList<>(seen);
    }

    /**
     * The tables that form one DynamoDB global table with {@code table}: every table joined to it by
     * replicates-to links in either direction, {@code table} included, in design order.
     */
    static List<Component> globalTable(Topology t, Component table) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<Component> todo = new ArrayDeque<>(List.of(table));
        while (!todo.isEmpty()) {
            Component next = todo.pop();
            if (next.kind() == ComponentKind.DYNAMODB_TABLE && seen.add(next.id())) {
                todo.addAll(replicas(t, next));
                todo.addAll(sources(t, next, LinkKind.REPLICATES_TO));
            }
        }
        return t.components().stream().filter(c -> seen.contains(c.id())).toList();
    }

    /** The component ids, comma-separated. */
    static String ids(Collection<Component> components) {
        return String.join(", ", components.stream().map(Component::id).toList());
    }

    static String join(Collection<String> values) {
        return String.join(", ", values);
    }
}

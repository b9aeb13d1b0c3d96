package io.regionlab.generate.core;

import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Link;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which regional stack each component goes to. A stack creates resources in one Region only, and
 * a stack that takes another's output deploys after it: a replica bucket before the bucket that
 * replicates to it, a source database before its cross-Region read replica, a global table before
 * ideally, the principals of other Regions that use its replicas.
 *
 * <p>Each component gets a stage: at least the stage of everything it depends on, plus one when that
 * is in another Region. Components are then moved as late as their dependents allow, onto stages their
 * Region already has, so that a Region needs one stack per distinct stage left. Most designs end with one
 * stack per Region; a design that replicates both ways between two Regions (a bucket one way, a
 * database the other) splits a Region into two stacks, because no single order of whole Regions works.
 * The network of a Region (VPC, subnets, routes, security groups) goes to the first of its stacks
 * that needs one, and later stacks receive its ids as parameters.
 */
final class StackLayout {

    private final Topology topology;
    private final Map<String, Integer> stages = new LinkedHashMap<>();
    private final Map<String, List<Integer>> regionStages = new LinkedHashMap<>();

    private StackLayout(Topology topology) {
        this.topology = topology;
    }

    static StackLayout of(Topology topology) {
        StackLayout layout = new StackLayout(topology);
        layout.assign();
        return layout;
    }

    /** Whether the component creates resources in a regional stack (not global; not a global table's replica, which its root's stack creates). */
    boolean placed(Component c) {
        if (c.kind().isGlobal()) {
            return false;
        }
        return c.kind() != ComponentKind.DYNAMODB_TABLE || DataReplication.globalTableRoot(topology, c) == c;
    }

    int stage(Component c) {
        Integer s = stages.get(c.id());
        if (s == null) {
            throw new IllegalArgumentException(c.id() + " is not in a regional stack");
        }
        return s;
    }

    /** The stages of a Region's stacks, ascending; empty when no component of the design is in the Region. */
    List<Integer> stages(String region) {
        return regionStages.getOrDefault(region, List.of());
    }

    /** The stage of the stack that holds the Region's network, if any component of the Region needs one. */
    OptionalInt networkStage(String region) {
        return topology.components().stream()
                .filter(c -> region.equals(c.region()) && placed(c) && NetworkPlan.needsNetwork(c.kind()))
                .mapToInt(this::stage).min();
    }

    /**
     * The components whose resources {@code c}'s resources refer to through stack outputs. Links a
     * writer cannot realise across Regions (a load balancer routing to instances elsewhere, a database
     * or cache used from another VPC) add none, and neither does a global table: its replicas' ARNs
     * are computed from its name, so waiting for the stack that creates it is a preference, which
     * {@link CfnBuild#after} keeps where it makes no cycle.
     */
    List<Component> dependencies(Component c) {
        List<Component> out = new ArrayList<>();
        switch (c.kind()) {
            case AUTOSCALING_GROUP -> {
                for (Link l : topology.linksTo(c.id())) {
                    Component from = topology.component(l.from()).orElseThrow();
                    if (l.kind() == LinkKind.ROUTES_TO && from.kind() == ComponentKind.LOAD_BALANCER && Objects.equals(from.region(), c.region())) {
                        out.add(from);
                    }
                }
                grantTargets(c, out);
            }
            case SAGEMAKER_NOTEBOOK, SAGEMAKER_ENDPOINT -> grantTargets(c, out);
            case S3_BUCKET -> out.addAll(DataReplication.bucketDestinations(topology, c));
            case RDS_DATABASE -> DataReplication.replicaSource(topology, c).ifPresent(out::add);
            default -> {
            }
        }
        return out.stream().distinct().toList();
    }

    private void grantTargets(Component principal, List<Component> out) {
        for (Access.Grant g : Access.grants(topology, principal)) {
            Component target = g.target();
            boolean network = g.use() == Access.Use.CONNECT || g.use() == Access.Use.READ_DATABASE_SECRET;
            if (network && !Objects.equals(target.region(), principal.region())) {
                continue;
            }
            if (target.kind() == ComponentKind.DYNAMODB_TABLE && DataReplication.globalTable(topology, target).size() > 1) {
                continue;
            }
            out.add(target);
        }
    }

    static boolean crosses(Component a, Component b) {
        return !Objects.equals(a.region(), b.region());
    }

    private void assign() {
        List<Component> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Component c : topology.components()) {
            if (placed(c)) {
                visit(c, done, new HashSet<>(), order);
            }
        }
        Map<String, List<Component>> dependents = new HashMap<>();
        for (Component c : order) {
            int s = 0;
            for (Component d : dependencies(c)) {
                s = Math.max(s, stages.get(d.id()) + (crosses(c, d) ? 1 : 0));
                dependents.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(c);
            }
            stages.put(c.id(), s);
        }
        Map<String, TreeSet<Integer>> available = new HashMap<>();
        order.forEach(c -> available.computeIfAbsent(c.region(), k -> new TreeSet<>()).add(stages.get(c.id())));
        for (int i = order.size() - 1; i >= 0; i--) {
            Component c = order.get(i);
            int limit = Integer.MAX_VALUE;
            for (Component x : dependents.getOrDefault(c.id(), List.of())) {
                limit = Math.min(limit, stages.get(x.id()) - (crosses(x, c) ? 1 : 0));
            }
            Integer latest = available.get(c.region()).floor(limit);
            if (latest != null && latest > stages.get(c.id())) {
                stages.put(c.id(), latest);
            }
        }
        for (var region : topology.regions()) {
            TreeSet<Integer> used = new TreeSet<>();
            order.stream().filter(c -> region.code().equals(c.region())).forEach(c -> used.add(stages.get(c.id())));
            if (!used.isEmpty()) {
                regionStages.put(region.code(), List.copyOf(used));
            }
        }
    }

    private void visit(Component c, Set<String> done, Set<String> path, List<Component> order) {
        if (done.contains(c.id())) {
            return;
        }
        if (!path.add(c.id())) {
            throw new IllegalStateException("components depend on each other in a cycle through " + c.id());
        }
        for (Component d : dependencies(c)) {
            visit(d, done, path, order);
        }
        path.remove(c.id());
        done.add(c.id());
        order.add(c);
    }
}

package io.regionlab.generate.core;

import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Link;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.RegionRole;
import io.regionlab.topology.core.Topology;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How {@code replicates-to} links turn into replication, per kind: an S3 bucket replicates to its
 * destinations (configured on the source), an RDS database gets a read replica (created from the
 * source), and DynamoDB tables joined by links form one global table with one replica per Region.
 */
public final class DataReplication {

    private DataReplication() {
    }

    /** The buckets an S3 bucket replicates to, in link order. */
    public static List<Component> bucketDestinations(Topology topology, Component source) {
        return targets(topology, source, ComponentKind.S3_BUCKET);
    }

    /** The databases that are read replicas of this one, in link order. */
    public static List<Component> readReplicas(Topology topology, Component source) {
        return targets(topology, source, ComponentKind.RDS_DATABASE);
    }

    /** The database an RDS read replica is created from, if this database is one. */
    public static Optional<Component> replicaSource(Topology topology, Component database) {
        return topology.linksTo(database.id()).stream()
                .filter(l -> l.kind() == LinkKind.REPLICATES_TO)
                .map(l -> topology.component(l.from()).orElseThrow())
                .filter(c -> c.kind() == ComponentKind.RDS_DATABASE)
                .findFirst();
    }

    /**
     * The tables that form one DynamoDB global table with {@code table} (all tables joined to it by
     * {@code replicates-to} links, either way), the one that defines it first: the table in the
     * design's primary Region if there is one, else the first in the design's order. A table with no
     * such links is a global table of one: a plain table.
     */
    public static List<Component> globalTable(Topology topology, Component table) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(table.id()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!seen.add(id)) {
                continue;
            }
            for (Link l : topology.links()) {
                if (l.kind() != LinkKind.REPLICATES_TO) {
                    continue;
                }
                if (l.from().equals(id)) {
                    todo.add(l.to());
                } else if (l.to().equals(id)) {
                    todo.add(l.from());
                }
            }
        }
        List<Component> members = new ArrayList<>(topology.components().stream().filter(c -> seen.contains(c.id())).toList());
        Optional<Component> inPrimary = members.stream().filter(c -> topology.region(c.region())
                .map(r -> r.role() == RegionRole.PRIMARY).orElse(false)).findFirst();
        inPrimary.ifPresent(root -> {
            members.remove(root);
            members.add(0, root);
        });
        return members;
    }

    /** The table whose stack defines the global table {@code table} belongs to ({@code table} itself when it is not replicated). */
    public static Component globalTableRoot(Topology topology, Component table) {
        return globalTable(topology, table).get(0);
    }

    /**
     * The members of a global table that become replicas: one per Region, the root's first. A
     * second table of the design in a Region that already has a replica adds nothing: a global table
     * has one replica per Region.
     */
    public static List<Component> replicaPerRegion(Topology topology, Component root) {
        List<Component> out = new ArrayList<>();
        for (Component c : globalTable(topology, root)) {
            if (out.stream().noneMatch(o -> Objects.equals(o.region(), c.region()))) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Component> targets(Topology topology, Component source, ComponentKind kind) {
        return topology.linksFrom(source.id()).stream()
                .filter(l -> l.kind() == LinkKind.REPLICATES_TO)
                .map(l -> topology.component(l.to()).orElseThrow())
                .filter(c -> c.kind() == kind)
                .toList();
    }
}

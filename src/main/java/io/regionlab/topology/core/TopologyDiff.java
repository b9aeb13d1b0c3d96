package io.regionlab.topology.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two versions of a design, item by item. */
public final class TopologyDiff {

    public enum Change { ADDED, REMOVED, CHANGED }

    /** {@code item} is e.g. {@code component api-asg}, {@code region eu-west-1}, {@code link dns routes-to api-lb}, {@code name}. */
    public record Entry(Change change, String item, String before, String after) {
    }

    private TopologyDiff() {
    }

    public static List<Entry> between(Topology before, Topology after) {
        List<Entry> out = new ArrayList<>();
        field(out, "name", before.name(), after.name());
        field(out, "description", before.description(), after.description());
        field(out, "recovery", String.valueOf(before.recovery()), String.valueOf(after.recovery()));
        items(out, "region", index(before.regions(), Region::code), index(after.regions(), Region::code), Object::toString);
        items(out, "component", index(before.components(), Component::id), index(after.components(), Component::id), c -> describe(c));
        items(out, "link", index(before.links(), TopologyDiff::linkKey), index(after.links(), TopologyDiff::linkKey), l -> linkKey(l));
        return out;
    }

    private static String linkKey(Link l) {
        return l.from() + " " + l.kind().code() + " " + l.to();
    }

    private static String describe(Component c) {
        return c.kind().code() + (c.region() == null ? "" : " in " + c.region()) + (c.zones().isEmpty() ? "" : " " + c.zones())
                + " " + c.properties();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static <T> void items(List<Entry> out, String what, Map<String, T> before, Map<String, T> after, Function<T, String> show) {
        before.forEach((key, value) -> {
            if (!after.containsKey(key)) {
                out.add(new Entry(Change.REMOVED, what + " " + key, show.apply(value), null));
            } else if (!after.get(key).equals(value)) {
                out.add(new Entry(Change.CHANGED, what + " " + key, show.apply(value), show.apply(after.get(key))));
            }
        });
        after.forEach((key, value) -> {
            if (!before.containsKey(key)) {
                out.add(new Entry(Change.ADDED, what + " " + key, null, show.apply(value)));
            }
        });
    }

    private static void field(List<Entry> out, String name, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(new Entry(Change.CHANGED, name, before, after));
        }
    }
}

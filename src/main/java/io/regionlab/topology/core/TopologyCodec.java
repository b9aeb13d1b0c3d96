package io.regionlab.topology.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.regionlab.topology.core.ComponentKind.Placement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and writes the design document. Reading validates everything the format promises and
 * refuses a document with every problem named by its path, e.g.
 * {@code components[3].zones[1]: zone eu-west-1a is not in region us-west-2}.
 */
public final class TopologyCodec {

    public static final int MAX_REGIONS = 30;
    public static final int MAX_COMPONENTS = 1000;
    public static final int MAX_LINKS = 4000;
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    static final Pattern EC2_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9]+");
    static final Pattern ML_TYPE = Pattern.compile("ml\\.[a-z][a-z0-9-]*\\.[a-z0-9]+");
    static final Pattern DB_CLASS = Pattern.compile("db\\.[a-z][a-z0-9-]*\\.[a-z0-9]+");
    static final Pattern CACHE_TYPE = Pattern.compile("cache\\.[a-z][a-z0-9-]*\\.[a-z0-9]+");
    static final Pattern DOMAIN = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    static final Pattern KEY_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,255}");
    static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/-]{0,1023}");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** Which link kinds may join which component kinds. */
    private static final Map<LinkKind, Map<ComponentKind, Set<ComponentKind>>> ALLOWED = allowedLinks();

    private final Catalog catalog;

    public TopologyCodec(Catalog catalog) {
        this.catalog = catalog;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Topology read(String json) {
        List<TopologyProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new TopologyException(List.of(new TopologyProblem("(document)", "not valid JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()))));
        }
        if (root == null || root.isMissingNode()) {
            throw new TopologyException(List.of(new TopologyProblem("(document)", "empty document")));
        }
        Fields top = new Fields(root, "", problems, Set.of("format", "name", "description", "regions", "components", "links", "recovery"));
        String format = top.text("format", true, null, null, 100);
        if (format != null && !format.equals(Topology.FORMAT)) {
            top.problem("format", "expected \"" + Topology.FORMAT + "\" (got \"" + format + "\")");
        }
        String name = top.text("name", true, Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]*"), "a name of letters, digits, spaces, '.', '_' or '-'", 100);
        String description = top.text("description", false, null, null, 2000);
        List<Region> regions = regions(top, problems);
        Map<String, Region> regionsByCode = new HashMap<>();
        regions.forEach(r -> regionsByCode.put(r.code(), r));
        List<Component> components = components(top, regionsByCode, problems);
        List<Link> links = links(top, components, problems);
        RecoveryGoal recovery = recovery(top, problems);
        if (!problems.isEmpty()) {
            throw new TopologyException(problems);
        }
        return new Topology(name, description, regions, components, links, recovery);
    }

    private List<Region> regions(Fields top, List<TopologyProblem> problems) {
        List<Region> regions = new ArrayList<>();
        JsonNode list = top.raw("regions");
        if (!list.isArray() || list.isEmpty()) {
            top.problem("regions", "expected a list of at least one Region");
            return regions;
        }
        if (list.size() > MAX_REGIONS) {
            top.problem("regions", "at most " + MAX_REGIONS + " Regions (got " + list.size() + ")");
            return regions;
        }
        Set<String> seen = new HashSet<>();
        int primaries = 0;
        for (int i = 0; i < list.size(); i++) {
            String path = "regions[" + i + "]";
            Fields f = new Fields(list.get(i), path, problems, Set.of("code", "role", "zones"));
            String code = f.text("code", true, null, null, 40);
            String roleCode = f.choice("role", RegionRole.SECONDARY.code(), List.of("primary", "secondary"));
            RegionRole role = Coded.of(RegionRole.class, roleCode).orElse(RegionRole.SECONDARY);
            List<String> zones = f.strings("zones", 30);
            if (code == null) {
                continue;
            }
            var known = catalog.region(code);
            if (known.isEmpty()) {
                f.problem(f.at("code"), "unknown Region '" + code + "'; expected a Region code such as us-west-2 or eu-west-1");
                continue;
            }
            if (!seen.add(code)) {
                f.problem(f.at("code"), "Region " + code + " is listed twice");
            }
            if (zones.isEmpty()) {
                f.problem(f.at("zones"), "list the Availability Zones of " + code + " that the design uses, e.g. " + known.get().zones().get(0));
            }
            Set<String> zoneSeen = new HashSet<>();
            for (int z = 0; z < zones.size(); z++) {
                String zone = zones.get(z);
                if (!known.get().zones().contains(zone)) {
                    f.problem(f.at("zones") + "[" + z + "]", zoneMessage(zone, code, known.get().zones()));
                } else if (!zoneSeen.add(zone)) {
                    f.problem(f.at("zones") + "[" + z + "]", "zone " + zone + " is listed twice");
                }
            }
            if (role == RegionRole.PRIMARY) {
                primaries++;
            }
            regions.add(new Region(code, role, zones));
        }
        if (primaries != 1 && problems.stream().noneMatch(p -> p.path().startsWith("regions"))) {
            top.problem("regions", "exactly one Region must have the role primary (found " + primaries + ")");
        }
        return regions;
    }

    private String zoneMessage(String zone, String region, List<String> zonesOfRegion) {
        return catalog.regionOfZone(zone)
                .map(other -> "zone " + zone + " is not in region " + region + "; it is in " + other.code())
                .orElse("unknown zone " + zone + "; " + region + " has " + String.join(", ", zonesOfRegion));
    }

    private List<Component> components(Fields top, Map<String, Region> regions, List<TopologyProblem> problems) {
        List<Component> components = new ArrayList<>();
        JsonNode list = top.raw("components");
        if (!list.isArray()) {
            top.problem("components", "expected a list of components");
            return components;
        }
        if (list.size() > MAX_COMPONENTS) {
            top.problem("components", "at most " + MAX_COMPONENTS + " components (got " + list.size() + ")");
            return components;
        }
        Map<String, Integer> ids = new HashMap<>();
        Map<Component, Integer> positions = new java.util.IdentityHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "components[" + i + "]";
            Fields f = new Fields(list.get(i), path, problems, Set.of("id", "kind", "region", "zones", "properties"));
            String id = f.text("id", true, ID, "an id of lower-case letters, digits and '-', starting with a letter (at most 63)", 63);
            String kindCode = f.text("kind", true, null, null, 40);
            ComponentKind kind = kindCode == null ? null : Coded.of(ComponentKind.class, kindCode).orElse(null);
            if (kindCode != null && kind == null) {
                f.problem(f.at("kind"), "unknown kind '" + kindCode + "'; expected one of " + Coded.codes(ComponentKind.class));
            }
            if (id != null && ids.putIfAbsent(id, i) != null) {
                f.problem(f.at("id"), "duplicate id '" + id + "' (also components[" + ids.get(id) + "])");
            }
            String region = f.text("region", false, null, null, 40);
            List<String> zones = f.strings("zones", 30);
            if (kind == null) {
                continue;
            }
            placement(f, kind, region, zones, regions);
            JsonNode props = list.get(i).path("properties");
            Fields p = new Fields(props.isMissingNode() || props.isNull() ? JSON.createObjectNode() : props, f.at("properties"),
                    problems, PropertyReader.fieldsOf(kind));
            Properties properties = PropertyReader.read(kind, p);
            components.add(new Component(id == null ? "" : id, kind, region, zones, properties));
            positions.put(components.get(components.size() - 1), i);
        }
        for (Component c : components) {
            if (c.properties() instanceof Properties.SageMakerEndpoint e && e.modelArtifacts() != null) {
                boolean bucket = components.stream().anyMatch(o -> o.id().equals(e.modelArtifacts()) && o.kind() == ComponentKind.S3_BUCKET);
                if (!bucket) {
                    problems.add(new TopologyProblem("components[" + positions.get(c) + "].properties.modelArtifacts",
                            "no s3-bucket component '" + e.modelArtifacts() + "'"));
                }
            }
        }
        return components;
    }

    private void placement(Fields f, ComponentKind kind, String region, List<String> zones, Map<String, Region> regions) {
        if (kind.placement() == Placement.GLOBAL) {
            if (region != null) {
                f.problem(f.at("region"), kind.code() + " is global: remove region");
            }
            if (!zones.isEmpty()) {
                f.problem(f.at("zones"), kind.code() + " is global: remove zones");
            }
            return;
        }
        if (region == null) {
            f.problem(f.at("region"), "required: the Region this " + kind.code() + " is in");
            return;
        }
        Region placed = regions.get(region);
        if (placed == null) {
            f.problem(f.at("region"), region + " is not one of this design's Regions (" + String.join(", ", regions.keySet()) + ")");
            return;
        }
        switch (kind.placement()) {
            case REGIONAL -> {
                if (!zones.isEmpty()) {
                    f.problem(f.at("zones"), "AWS places a " + kind.code() + " across zones itself: remove zones");
                }
            }
            case ZONAL -> {
                if (zones.isEmpty()) {
                    f.problem(f.at("zones"), "required: the zones of " + region + " this " + kind.code() + " spans");
                }
            }
            case ONE_ZONE -> {
                if (zones.size() > 1) {
                    f.problem(f.at("zones"), "a " + kind.code() + " sits in at most one zone (got " + zones.size() + ")");
                }
            }
            default -> {
            }
        }
        Set<String> seen = new HashSet<>();
        for (int z = 0; z < zones.size(); z++) {
            String zone = zones.get(z);
            String where = f.at("zones") + "[" + z + "]";
            if (!placed.zones().contains(zone)) {
                boolean elsewhere = catalog.region(region).map(r -> !r.zones().contains(zone)).orElse(true);
                f.problem(where, elsewhere ? "zone " + zone + " is not in region " + region
                        : "zone " + zone + " is not one of the zones this design uses in " + region + " (" + String.join(", ", placed.zones()) + ")");
            } else if (!seen.add(zone)) {
                f.problem(where, "zone " + zone + " is listed twice");
            }
        }
    }

    private List<Link> links(Fields top, List<Component> components, List<TopologyProblem> problems) {
        List<Link> links = new ArrayList<>();
        JsonNode list = top.raw("links");
        if (list.isMissingNode() || list.isNull()) {
            return links;
        }
        if (!list.isArray()) {
            top.problem("links", "expected a list of links");
            return links;
        }
        if (list.size() > MAX_LINKS) {
            top.problem("links", "at most " + MAX_LINKS + " links (got " + list.size() + ")");
            return links;
        }
        Map<String, Component> byId = new LinkedHashMap<>();
        components.forEach(c -> byId.putIfAbsent(c.id(), c));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "links[" + i + "]";
            Fields f = new Fields(list.get(i), path, problems, Set.of("from", "to", "kind"));
            String from = f.text("from", true, null, null, 63);
            String to = f.text("to", true, null, null, 63);
            String kindCode = f.text("kind", true, null, null, 40);
            LinkKind kind = kindCode == null ? null : Coded.of(LinkKind.class, kindCode).orElse(null);
            if (kindCode != null && kind == null) {
                f.problem(f.at("kind"), "unknown link kind '" + kindCode + "'; expected one of " + Coded.codes(LinkKind.class));
            }
            Component a = from == null ? null : byId.get(from);
            Component b = to == null ? null : byId.get(to);
            if (from != null && a == null) {
                f.problem(f.at("from"), "no component '" + from + "'");
            }
            if (to != null && b == null) {
                f.problem(f.at("to"), "no component '" + to + "'");
            }
            if (a == null || b == null || kind == null) {
                continue;
            }
            if (a == b) {
                f.problem(path, "a component cannot link to itself");
                continue;
            }
            Set<ComponentKind> targets = ALLOWED.get(kind).getOrDefault(a.kind(), Set.of());
            if (!targets.contains(b.kind())) {
                f.problem(f.at("kind"), "a " + a.kind().code() + " cannot " + kind.code() + " a " + b.kind().code()
                        + (targets.isEmpty() ? "" : "; it can " + kind.code() + " " + targets.stream().map(ComponentKind::code).sorted().toList()));
                continue;
            }
            if (!seen.add(from + ">" + to + ">" + kind)) {
                f.problem(path, "duplicate link " + from + " " + kind.code() + " " + to);
                continue;
            }
            links.add(new Link(from, to, kind));
        }
        cycle(links).ifPresent(c -> top.problem("links", "links form a cycle: " + String.join(" → ", c)));
        return links;
    }

    /** A cycle in the link graph, as the ids along it, if there is one. */
    static java.util.Optional<List<String>> cycle(List<Link> links) {
        Map<String, List<String>> next = new HashMap<>();
        links.forEach(l -> next.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l.to()));
        Map<String, Integer> state = new HashMap<>();
        for (String start : next.keySet()) {
            List<String> path = new ArrayList<>();
            var found = visit(start, next, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<List<String>> visit(String node, Map<String, List<String>> next, Map<String, Integer> state,
            List<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return java.util.Optional.empty();
        }
        if (s != null && s == 1) {
            List<String> loop = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            loop.add(node);
            return java.util.Optional.of(loop);
        }
        state.put(node, 1);
        path.add(node);
        for (String n : next.getOrDefault(node, List.of())) {
            var found = visit(n, next, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return java.util.Optional.empty();
    }

    private RecoveryGoal recovery(Fields top, List<TopologyProblem> problems) {
        if (!top.has("recovery")) {
            return null;
        }
        Fields f = new Fields(top.raw("recovery"), "recovery", problems, Set.of("scope", "rtoMinutes", "rpoMinutes"));
        String scope = f.choice("scope", null, List.of("zone", "region"));
        Integer rto = f.integer("rtoMinutes", null, 0, 100_000);
        Integer rpo = f.integer("rpoMinutes", null, 0, 100_000);
        if (scope == null || rto == null || rpo == null) {
            return null;
        }
        return new RecoveryGoal(Coded.of(RecoveryGoal.Scope.class, scope).orElseThrow(), rto, rpo);
    }

    // --- writing --------------------------------------------------------------------------

    public String write(Topology t) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", Topology.FORMAT);
        root.put("name", t.name());
        if (t.description() != null) {
            root.put("description", t.description());
        }
        ArrayNode regions = root.putArray("regions");
        for (Region r : t.regions()) {
            ObjectNode node = regions.addObject().put("code", r.code()).put("role", r.role().code());
            r.zones().forEach(node.putArray("zones")::add);
        }
        ArrayNode components = root.putArray("components");
        for (Component c : t.components()) {
            ObjectNode node = components.addObject().put("id", c.id()).put("kind", c.kind().code());
            if (c.region() != null) {
                node.put("region", c.region());
            }
            if (!c.zones().isEmpty()) {
                c.zones().forEach(node.putArray("zones")::add);
            }
            node.set("properties", PropertyReader.write(c.properties(), JSON));
        }
        ArrayNode links = root.putArray("links");
        t.links().forEach(l -> links.addObject().put("from", l.from()).put("to", l.to()).put("kind", l.kind().code()));
        if (t.recovery() != null) {
            root.putObject("recovery").put("scope", t.recovery().scope().code())
                    .put("rtoMinutes", t.recovery().rtoMinutes()).put("rpoMinutes", t.recovery().rpoMinutes());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a link of {@code kind} may join a {@code from} component to a {@code to} component. */
    public static boolean joins(LinkKind kind, ComponentKind from, ComponentKind to) {
        return ALLOWED.get(kind).getOrDefault(from, Set.of()).contains(to);
    }

    private static Map<LinkKind, Map<ComponentKind, Set<ComponentKind>>> allowedLinks() {
        Map<LinkKind, Map<ComponentKind, Set<ComponentKind>>> m = new HashMap<>();
        for (LinkKind k : LinkKind.values()) {
            m.put(k, new HashMap<>());
        }
        m.get(LinkKind.ROUTES_TO).put(ComponentKind.DNS_RECORD, Set.of(ComponentKind.LOAD_BALANCER, ComponentKind.CDN));
        m.get(LinkKind.ROUTES_TO).put(ComponentKind.CDN, Set.of(ComponentKind.LOAD_BALANCER, ComponentKind.S3_BUCKET));
        m.get(LinkKind.ROUTES_TO).put(ComponentKind.LOAD_BALANCER, Set.of(ComponentKind.AUTOSCALING_GROUP));
        m.get(LinkKind.INVOKES).put(ComponentKind.AUTOSCALING_GROUP, Set.of(ComponentKind.SAGEMAKER_ENDPOINT));
        m.get(LinkKind.INVOKES).put(ComponentKind.SAGEMAKER_NOTEBOOK, Set.of(ComponentKind.SAGEMAKER_ENDPOINT));
        Set<ComponentKind> data = Set.of(ComponentKind.RDS_DATABASE, ComponentKind.DYNAMODB_TABLE, ComponentKind.S3_BUCKET, ComponentKind.CACHE);
        m.get(LinkKind.READS_WRITES).put(ComponentKind.AUTOSCALING_GROUP, data);
        m.get(LinkKind.READS_WRITES).put(ComponentKind.SAGEMAKER_NOTEBOOK, data);
        m.get(LinkKind.READS_WRITES).put(ComponentKind.SAGEMAKER_ENDPOINT, Set.of(ComponentKind.S3_BUCKET, ComponentKind.DYNAMODB_TABLE));
        for (ComponentKind k : List.of(ComponentKind.S3_BUCKET, ComponentKind.DYNAMODB_TABLE, ComponentKind.RDS_DATABASE)) {
            m.get(LinkKind.REPLICATES_TO).put(k, Set.of(k));
        }
        return m;
    }
}

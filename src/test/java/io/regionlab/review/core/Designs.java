package io.regionlab.review.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Topology;
import io.regionlab.topology.core.TopologyCodec;
import java.nio.file.Path;
import java.util.List;

/**
 * Small designs for rule tests, read through the real codec and the real Region catalog, so that
 * every design a test reviews is one the editor could have saved.
 *
 * <p>Each component helper starts from sound properties (Multi-AZ, versioning, health checks ...) and
 * lays the test's own over them, so a test shows only what it is about. Properties are JSON
 * objects written with single quotes: {@code "{'minSize': 1}"}.
 */
public final class Designs {

    public static final Catalog CATALOG = Catalog.load(Path.of("content/catalog/regions.yaml"));
    public static final TopologyCodec CODEC = new TopologyCodec(CATALOG);
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);

    private Designs() {
    }

    /** The example of DESIGN.md, the same text the codec is tested with. */
    public static String exampleJson() {
        return io.regionlab.topology.core.TopologyCodecTest.EXAMPLE;
    }

    public static Topology example() {
        return CODEC.read(exampleJson());
    }

    /**
     * A two-Region design that every rule passes: failover DNS with health checks to a load balancer
     * and Auto Scaling group per Region, endpoints with two instances loading local artifacts,
     * replicated versioned buckets, a Multi-AZ database with a cross-Region read replica, a global
     * table with point-in-time recovery everywhere, a Multi-AZ cache, and a Region-scope goal.
     */
    public static Design sound() {
        return design("us-east-1:abc", "us-west-2:abc")
                .dns("dns", "failover", "{}")
                .lb("lb-east", "us-east-1", "abc").lb("lb-west", "us-west-2", "abc")
                .asg("asg-east", "us-east-1", "abc", "{}").asg("asg-west", "us-west-2", "abc", "{}")
                .bucket("artifacts-east", "us-east-1", "{}").bucket("artifacts-west", "us-west-2", "{}")
                .endpoint("model-east", "us-east-1", "{'instanceCount': 2, 'modelArtifacts': 'artifacts-east'}")
                .endpoint("model-west", "us-west-2", "{'instanceCount': 2, 'modelArtifacts': 'artifacts-west'}")
                .rds("db-east", "us-east-1", "{}").rds("db-west", "us-west-2", "{}")
                .table("table-east", "us-east-1", "{}").table("table-west", "us-west-2", "{}")
                .cache("cache-east", "us-east-1", "abc", "{}")
                .routes("dns", "lb-east").routes("dns", "lb-west")
                .routes("lb-east", "asg-east").routes("lb-west", "asg-west")
                .link("asg-east", "model-east", "invokes").link("asg-west", "model-west", "invokes")
                .link("asg-east", "db-east", "reads-writes").link("asg-west", "db-west", "reads-writes")
                .link("asg-east", "table-east", "reads-writes").link("asg-west", "table-west", "reads-writes")
                .link("asg-east", "cache-east", "reads-writes")
                .replicates("artifacts-east", "artifacts-west").replicates("db-east", "db-west").replicates("table-east", "table-west")
                .recovery("region");
    }

    /**
     * A design in these Regions, the first one primary, each written as code and zone letters:
     * {@code "us-west-2:abc"} uses us-west-2a, us-west-2b and us-west-2c.
     */
    public static Design design(String... regions) {
        return new Design(regions);
    }

    /** What {@code rule} finds in {@code topology}, against the real catalog. */
    public static List<Finding> check(Rule rule, Topology topology) {
        return rule.check(topology, CATALOG);
    }

    /** A design document under construction. */
    public static final class Design {

        private final ObjectNode root = JSON.createObjectNode();

        private Design(String... regions) {
            root.put("format", Topology.FORMAT).put("name", "test-design");
            ArrayNode list = root.putArray("regions");
            for (int i = 0; i < regions.length; i++) {
                String[] parts = regions[i].split(":");
                ObjectNode r = list.addObject().put("code", parts[0]).put("role", i == 0 ? "primary" : "secondary");
                r.set("zones", zones(parts[0], parts[1]));
            }
            root.putArray("components");
            root.putArray("links");
        }

        public Design lb(String id, String region, String letters) {
            return add(id, "load-balancer", region, letters, "{}", "{}");
        }

        /** Starts from minSize = one per zone and ELB health checks. */
        public Design asg(String id, String region, String letters, String props) {
            return add(id, "autoscaling-group", region, letters,
                    "{'instanceType': 'm5.large', 'minSize': " + letters.length() + ", 'maxSize': 10, 'healthCheckType': 'ELB'}", props);
        }

        /** Starts from two instances. */
        public Design endpoint(String id, String region, String props) {
            return add(id, "sagemaker-endpoint", region, "", "{'instanceCount': 2}", props);
        }

        public Design notebook(String id, String region, String letters) {
            return add(id, "sagemaker-notebook", region, letters, "{}", "{}");
        }

        /** Starts from Multi-AZ, backups and deletion protection. */
        public Design rds(String id, String region, String props) {
            return add(id, "rds-database", region, "", "{'engine': 'postgres', 'multiAz': true, 'deletionProtection': true}", props);
        }

        /** Starts from partition key {@code pk} and point-in-time recovery. */
        public Design table(String id, String region, String props) {
            return add(id, "dynamodb-table", region, "", "{'partitionKey': 'pk', 'pointInTimeRecovery': true}", props);
        }

        /** Starts from versioning on. */
        public Design bucket(String id, String region, String props) {
            return add(id, "s3-bucket", region, "", "{'versioning': true}", props);
        }

        /** Starts from one replica and automatic failover. */
        public Design cache(String id, String region, String letters, String props) {
            return add(id, "cache", region, letters, "{'replicas': 1, 'automaticFailover': true}", props);
        }

        public Design cdn(String id, String props) {
            return add(id, "cdn", null, "", "{}", props);
        }

        /** Starts from health checks on. */
        public Design dns(String id, String policy, String props) {
            return add(id, "dns-record", null, "", "{'domain': 'api.example.com', 'policy': '" + policy + "', 'healthChecks': true}", props);
        }

        public Design link(String from, String to, String kind) {
            ((ArrayNode) root.get("links")).addObject().put("from", from).put("to", to).put("kind", kind);
            return this;
        }

        public Design routes(String from, String to) {
            return link(from, to, "routes-to");
        }

        public Design replicates(String from, String to) {
            return link(from, to, "replicates-to");
        }

        public Design recovery(String scope) {
            root.putObject("recovery").put("scope", scope).put("rtoMinutes", 60).put("rpoMinutes", 15);
            return this;
        }

        /** Replaces properties of component {@code id} (to turn one thing off in a sound design). */
        public Design set(String id, String props) {
            for (var c : root.get("components")) {
                if (c.get("id").asText().equals(id)) {
                    ((ObjectNode) c.get("properties")).setAll(object(props));
                    return this;
                }
            }
            throw new IllegalArgumentException("no component " + id);
        }

        /** Removes property {@code field} of component {@code id}, so the codec's default applies. */
        public Design without(String id, String field) {
            for (var c : root.get("components")) {
                if (c.get("id").asText().equals(id)) {
                    ((ObjectNode) c.get("properties")).remove(field);
                    return this;
                }
            }
            throw new IllegalArgumentException("no component " + id);
        }

        public String json() {
            return root.toPrettyString();
        }

        public Topology read() {
            return CODEC.read(json());
        }

        private Design add(String id, String kind, String region, String letters, String defaults, String props) {
            ObjectNode c = ((ArrayNode) root.get("components")).addObject().put("id", id).put("kind", kind);
            if (region != null) {
                c.put("region", region);
            }
            if (!letters.isEmpty()) {
                c.set("zones", zones(region, letters));
            }
            ObjectNode p = object(defaults);
            p.setAll(object(props));
            c.set("properties", p);
            return this;
        }

        private static ArrayNode zones(String region, String letters) {
            ArrayNode zones = JSON.createArrayNode();
            letters.chars().forEach(l -> zones.add(region + (char) l));
            return zones;
        }

        private static ObjectNode object(String json) {
            try {
                return (ObjectNode) JSON.readTree(json);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("not a JSON object: " + json, e);
            }
        }
    }
}

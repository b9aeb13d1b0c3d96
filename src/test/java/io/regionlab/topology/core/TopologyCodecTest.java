package io.regionlab.topology.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

public class TopologyCodecTest {

    static final Catalog CATALOG = catalog();
    static final TopologyCodec CODEC = new TopologyCodec(CATALOG);

    /** The example of DESIGN.md: two Regions, an ASG across three zones, RDS Multi-AZ, replicated buckets. */
    public static final String EXAMPLE = """
            {
              "format": "regionlab/topology@1",
              "name": "ml-inference-global",
              "description": "Real-time inference in two Regions with failover",
              "regions": [
                {"code": "us-west-2", "role": "primary",   "zones": ["us-west-2a", "us-west-2b", "us-west-2c"]},
                {"code": "eu-west-1", "role": "secondary", "zones": ["eu-west-1a", "eu-west-1b"]}
              ],
              "components": [
                {"id": "api-lb",  "kind": "load-balancer",     "region": "us-west-2", "zones": ["us-west-2a", "us-west-2b", "us-west-2c"]},
                {"id": "api-asg", "kind": "autoscaling-group", "region": "us-west-2", "zones": ["us-west-2a", "us-west-2b", "us-west-2c"],
                 "properties": {"instanceType": "m5.large", "minSize": 3, "maxSize": 10, "desiredCapacity": 5}},
                {"id": "model",   "kind": "sagemaker-endpoint","region": "us-west-2",
                 "properties": {"instanceType": "ml.m5.large", "instanceCount": 2}},
                {"id": "db",      "kind": "rds-database",      "region": "us-west-2", "properties": {"engine": "postgres", "multiAz": true}},
                {"id": "data",    "kind": "s3-bucket",         "region": "us-west-2", "properties": {"versioning": true}},
                {"id": "data-eu", "kind": "s3-bucket",         "region": "eu-west-1", "properties": {"versioning": true}},
                {"id": "dns",     "kind": "dns-record",        "properties": {"domain": "api.example.com", "policy": "failover"}}
              ],
              "links": [
                {"from": "dns",    "to": "api-lb",  "kind": "routes-to"},
                {"from": "api-lb", "to": "api-asg", "kind": "routes-to"},
                {"from": "api-asg","to": "model",   "kind": "invokes"},
                {"from": "api-asg","to": "db",      "kind": "reads-writes"},
                {"from": "data",   "to": "data-eu", "kind": "replicates-to"}
              ]
            }
            """;

    @Test
    void readsTheDesignDocumentOfTheDesignGuide() {
        Topology t = CODEC.read(EXAMPLE);
        assertThat(t.regions()).extracting(Region::code).containsExactly("us-west-2", "eu-west-1");
        assertThat(t.components()).hasSize(7);
        var asg = t.component("api-asg").orElseThrow().props(Properties.AutoScalingGroup.class);
        assertThat(asg.minSize()).isEqualTo(3);
        assertThat(asg.launch()).isEqualTo("template");
        assertThat(asg.healthCheckType()).isEqualTo("EC2");
        assertThat(t.component("db").orElseThrow().props(Properties.RdsDatabase.class).backupRetentionDays()).isEqualTo(7);
        assertThat(t.linksFrom("api-asg")).hasSize(2);
        assertThat(t.recovery()).isNull();
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        Topology t = CODEC.read(EXAMPLE);
        String written = CODEC.write(t);
        assertThat(CODEC.read(written)).isEqualTo(t);
        assertThat(CODEC.write(CODEC.read(written))).isEqualTo(written);
        assertThat(written).contains("\"format\" : \"regionlab/topology@1\"").doesNotContain("null");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "zone of another Region | /components/3/zones | [\"us-west-2a\", \"eu-west-1a\"] | components[3].zones[1]: zone eu-west-1a is not in region us-west-2",
            "unknown Region | /regions/1/code | \"mars-north-1\" | regions[1].code: unknown Region 'mars-north-1'; expected a Region code such as us-west-2 or eu-west-1",
            "zone the design does not use | /components/0/zones | [\"us-west-2d\"] | components[0].zones[0]: zone us-west-2d is not one of the zones this design uses in us-west-2 (us-west-2a, us-west-2b, us-west-2c)",
            "unknown kind | /components/2/kind | \"lambda-function\" | components[2].kind: unknown kind 'lambda-function'; expected one of load-balancer, autoscaling-group, sagemaker-endpoint, sagemaker-notebook, rds-database, dynamodb-table, s3-bucket, cache, cdn, dns-record",
            "duplicate id | /components/5/id | \"data\" | components[5].id: duplicate id 'data' (also components[4])",
            "dangling link | /links/3/to | \"database\" | links[3].to: no component 'database'",
            "value out of range | /components/1/properties/minSize | -1 | components[1].properties.minSize: must be between 0 and 1000 (got -1)",
            "wrong type | /components/3/properties/multiAz | \"yes\" | components[3].properties.multiAz: expected true or false",
            "global with a Region | /components/6/region | \"us-west-2\" | components[6].region: dns-record is global: remove region",
            "regional with zones | /components/4/zones | [\"us-west-2a\"] | components[4].zones: AWS places a s3-bucket across zones itself: remove zones",
            "link kind that makes no sense | /links/2/kind | \"replicates-to\" | links[2].kind: a autoscaling-group cannot replicates-to a sagemaker-endpoint",
            "wrong format | /format | \"regionlab/topology@2\" | format: expected \"regionlab/topology@1\" (got \"regionlab/topology@2\")",
            "bad routing policy | /components/6/properties/policy | \"round-robin\" | components[6].properties.policy: 'round-robin' is not one of simple, failover, latency, geoproximity, weighted",
    })
    void refusalsNameThePathAndWhatWasExpected(String why, String pointer, String value, String expected) {
        String broken = with(EXAMPLE, pointer, value);
        assertThatThrownBy(() -> CODEC.read(broken)).isInstanceOfSatisfying(TopologyException.class,
                e -> assertThat(e.problems()).extracting(TopologyProblem::toString).contains(expected));
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        String broken = with(EXAMPLE, "/components/1/properties/launchConfigurationName", "\"old\"");
        assertThatThrownBy(() -> CODEC.read(broken)).isInstanceOfSatisfying(TopologyException.class,
                e -> assertThat(e.problems().get(0).path()).isEqualTo("components[1].properties.launchConfigurationName"));
    }

    @Test
    void aReplicationCycleIsRefused() {
        String looped = EXAMPLE.replace("{\"from\": \"data\",   \"to\": \"data-eu\", \"kind\": \"replicates-to\"}",
                "{\"from\": \"data\", \"to\": \"data-eu\", \"kind\": \"replicates-to\"}, {\"from\": \"data-eu\", \"to\": \"data\", \"kind\": \"replicates-to\"}");
        assertThatThrownBy(() -> CODEC.read(looped)).isInstanceOfSatisfying(TopologyException.class,
                e -> assertThat(e.problems()).extracting(TopologyProblem::toString).anyMatch(p -> p.startsWith("links: links form a cycle: data")));
    }

    @Test
    void minSizeAboveMaxSizeIsRefused() {
        String broken = with(EXAMPLE, "/components/1/properties/minSize", "12");
        assertThatThrownBy(() -> CODEC.read(broken)).isInstanceOfSatisfying(TopologyException.class,
                e -> assertThat(e.problems()).extracting(TopologyProblem::toString)
                        .contains("components[1].properties.maxSize: must be at least minSize (12), got 10"));
    }

    @Test
    void exactlyOnePrimaryRegion() {
        String two = EXAMPLE.replace("\"role\": \"secondary\"", "\"role\": \"primary\"");
        assertThatThrownBy(() -> CODEC.read(two)).isInstanceOfSatisfying(TopologyException.class,
                e -> assertThat(e.problems()).extracting(TopologyProblem::toString)
                        .contains("regions: exactly one Region must have the role primary (found 2)"));
    }

    @Test
    void malformedJsonSaysWhere() {
        assertThatThrownBy(() -> CODEC.read("{\"format\": ")).isInstanceOfSatisfying(TopologyException.class,
                e -> assertThat(e.problems().get(0).toString()).startsWith("(document): not valid JSON").contains("line 1"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String broken = with(with(EXAMPLE, "/components/1/properties/minSize", "-1"), "/links/0/to", "\"nowhere\"");
        assertThatThrownBy(() -> CODEC.read(broken)).isInstanceOfSatisfying(TopologyException.class,
                e -> assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2));
    }

    /** The example with the value at a JSON pointer replaced (or added). */
    static String with(String json, String pointer, String value) {
        try {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var root = mapper.readTree(json);
            var parent = root.at(pointer.substring(0, pointer.lastIndexOf('/')));
            String last = pointer.substring(pointer.lastIndexOf('/') + 1);
            var node = mapper.readTree(value);
            if (parent.isArray()) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), node);
            } else {
                ((com.fasterxml.jackson.databind.node.ObjectNode) parent).set(last, node);
            }
            return mapper.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Catalog catalog() {
        Map<String, Catalog.CatalogRegion> regions = new LinkedHashMap<>();
        regions.put("us-west-2", new Catalog.CatalogRegion("us-west-2", "US West (Oregon)", "North America", "US", false,
                List.of("us-west-2a", "us-west-2b", "us-west-2c", "us-west-2d")));
        regions.put("eu-west-1", new Catalog.CatalogRegion("eu-west-1", "Europe (Ireland)", "Europe", "EU", false,
                List.of("eu-west-1a", "eu-west-1b", "eu-west-1c")));
        regions.put("us-east-1", new Catalog.CatalogRegion("us-east-1", "US East (N. Virginia)", "North America", "US", false,
                List.of("us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f")));
        return new Catalog("test", regions);
    }
}

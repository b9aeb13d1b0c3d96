package io.regionlab.topology.core;

import static io.regionlab.topology.core.TopologyCodecTest.EXAMPLE;
import static io.regionlab.topology.core.TopologyCodecTest.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema of the design format ({@code src/main/resources/schema/topology.schema.json})
 * says what {@link TopologyCodec} accepts: a document the codec refuses for its shape, the schema
 * refuses at the same path, and what the codec accepts, the schema accepts.
 */
class TopologySchemaTest {

    static final String SCHEMA_RESOURCE = "/schema/topology.schema.json";
    static final JsonSchema SCHEMA = schema();
    static final TopologyCodec CODEC = new TopologyCodec(Catalog.load(Path.of("content/catalog/regions.yaml")));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SchemaLocation.of(SchemaId.V202012));
        try (InputStream in = TopologySchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(meta.validate(JSON.readTree(in))).isEmpty();
        }
    }

    @Test
    void acceptsTheExampleOfTheDesignGuide() {
        assertThat(errors(EXAMPLE)).isEmpty();
        CODEC.read(EXAMPLE);
    }

    @Test
    void acceptsWhatTheCodecWritesWithEveryDefaultSpelledOut() {
        String written = CODEC.write(CODEC.read(EXAMPLE));
        assertThat(errors(written)).isEmpty();
    }

    @Test
    void acceptsOptionalFieldsLeftOutOrNullAsTheCodecDoes() {
        String sparse = edit(EXAMPLE, root -> {
            root.putNull("description");
            root.putNull("links");
            root.putNull("recovery");
            ((ObjectNode) root.at("/regions/1")).remove("role");
            ((ObjectNode) root.at("/components/0")).putNull("properties");
            ((ObjectNode) root.at("/components/2/properties")).putNull("instanceCount");
            ((ObjectNode) root.at("/components/5")).remove("properties");
            ((ObjectNode) root.at("/components/6")).putNull("region");
            ((ObjectNode) root.at("/components/6")).putArray("zones");
        });
        assertThat(errors(sparse)).isEmpty();
        CODEC.read(sparse);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown kind | /components/2/kind | \"lambda-function\" | components[2].kind",
            "unknown property | /components/1/properties/launchConfigurationName | \"old\" | components[1].properties.launchConfigurationName",
            "minSize below zero | /components/1/properties/minSize | -1 | components[1].properties.minSize",
            "bad routing policy | /components/6/properties/policy | \"round-robin\" | components[6].properties.policy",
            "wrong format | /format | \"regionlab/topology@2\" | format",
            "unknown top-level field | /owner | \"ops\" | owner",
            "id that is not lower-case | /components/0/id | \"ApiLB\" | components[0].id",
            "name with a slash | /name | \"ml/inference\" | name",
            "global component with a Region | /components/6/region | \"us-west-2\" | components[6].region",
            "regional component with zones | /components/4/zones | [\"us-west-2a\"] | components[4].zones",
            "zonal component without zones | /components/0/zones | [] | components[0].zones",
            "Region without zones | /regions/1/zones | [] | regions[1].zones",
            "zone listed twice | /regions/0/zones/1 | \"us-west-2a\" | regions[0].zones[1]",
            "two primary Regions | /regions/1/role | \"primary\" | regions",
            "unknown Region role | /regions/1/role | \"standby\" | regions[1].role",
            "wrong type | /components/3/properties/multiAz | \"yes\" | components[3].properties.multiAz",
            "fractional instance count | /components/2/properties/instanceCount | 2.5 | components[2].properties.instanceCount",
            "EC2 type for a SageMaker endpoint | /components/2/properties/instanceType | \"m5.large\" | components[2].properties.instanceType",
            "backups kept too long | /components/3/properties/backupRetentionDays | 36 | components[3].properties.backupRetentionDays",
            "RDS without an engine | /components/3/properties | {\"multiAz\": true} | components[3].properties.engine",
            "dns-record without properties | /components/6/properties | null | components[6].properties.domain",
            "upper-case domain | /components/6/properties/domain | \"API.example.com\" | components[6].properties.domain",
            "unknown link kind | /links/1/kind | \"calls\" | links[1].kind",
            "link without a target | /links/1/to | null | links[1].to",
            "unknown recovery scope | /recovery | {\"scope\": \"planet\", \"rtoMinutes\": 5, \"rpoMinutes\": 1} | recovery.scope",
            "recovery without an RPO | /recovery | {\"scope\": \"zone\", \"rtoMinutes\": 5} | recovery.rpoMinutes",
    })
    void refusesWhatTheCodecRefusesAtTheSamePath(String why, String pointer, String value, String codecPath) {
        String broken = with(EXAMPLE, pointer, value);

        assertThat(codecProblemPaths(broken)).as("the codec refuses " + why).contains(codecPath);
        List<ValidationMessage> errors = errors(broken);
        assertThat(errors).as("the schema refuses " + why).isNotEmpty();
        assertThat(errors).extracting(e -> codecPath(e.getInstanceLocation().toString()))
                .as("schema errors at %s or at an object holding it", codecPath)
                .anyMatch(at -> at.equals(codecPath) || at.isEmpty() || codecPath.startsWith(at + ".") || codecPath.startsWith(at + "["));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.regionlab.topology.core.ReferenceDesignsTest#designs")
    void schemaAndCodecAgreeOnEachReferenceDesignAndItsBrokenVariants(Path file) throws IOException {
        String design = Files.readString(file);
        assertThat(errors(design)).as("schema errors").isEmpty();
        CODEC.read(design);

        List<String> disagreements = new ArrayList<>();
        JsonNode components = JSON.readTree(design).path("components");
        for (int i = 0; i < components.size(); i++) {
            String at = "/components/" + i;
            JsonNode c = components.get(i);
            ComponentKind kind = Coded.of(ComponentKind.class, c.path("kind").asText()).orElseThrow();
            List<String[]> variants = new ArrayList<>(List.of(
                    new String[] {at + "/properties/unexpected", "true"},
                    new String[] {at + "/kind", "\"lambda-function\""},
                    new String[] {at + "/id", "\"" + c.path("id").asText().toUpperCase() + "\""}));
            String region = c.path("region").asText();
            if (kind.isGlobal()) {
                variants.add(new String[] {at + "/region", "\"" + JSON.readTree(design).at("/regions/0/code").asText() + "\""});
            } else if (kind.placement() == ComponentKind.Placement.ZONAL) {
                variants.add(new String[] {at + "/region", "null"});
                variants.add(new String[] {at + "/zones", "[]"});
            } else {
                variants.add(new String[] {at + "/region", "null"});
                variants.add(new String[] {at + "/zones", "[\"" + region + "a\", \"" + region + "b\"]"});
            }
            c.path("properties").fieldNames().forEachRemaining(name -> variants.add(new String[] {at + "/properties/" + name, "\"?\""}));
            for (String[] v : variants) {
                String broken = with(design, v[0], v[1]);
                boolean codecRefuses = !codecProblemPaths(broken).isEmpty();
                boolean schemaRefuses = !errors(broken).isEmpty();
                if (!codecRefuses || !schemaRefuses) {
                    disagreements.add(v[0] + " = " + v[1] + ": codec " + (codecRefuses ? "refuses" : "accepts") + ", schema "
                            + (schemaRefuses ? "refuses" : "accepts"));
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    static List<ValidationMessage> errors(String json) {
        try {
            return List.copyOf(SCHEMA.validate(JSON.readTree(json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paths of the codec's problems with a document; empty when it reads it. */
    private static List<String> codecProblemPaths(String json) {
        try {
            CODEC.read(json);
            return List.of();
        } catch (TopologyException e) {
            return e.problems().stream().map(TopologyProblem::path).toList();
        }
    }

    /** A schema error's instance location ({@code $.components[1].zones}) as the codec writes paths. */
    private static String codecPath(String location) {
        return location.equals("$") ? "" : location.substring(2);
    }

    private static String edit(String json, Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(json);
            change.accept(root);
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema() {
        if (TopologySchemaTest.class.getResource(SCHEMA_RESOURCE) == null) {
            throw new IllegalStateException("no " + SCHEMA_RESOURCE + " on the classpath");
        }
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:" + SCHEMA_RESOURCE.substring(1)));
    }
}

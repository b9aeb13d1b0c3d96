package io.regionlab.topology.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Content is code: every design in {@code content/designs/} is a valid document that survives a round trip. */
class ReferenceDesignsTest {

    static final Path DESIGNS = Path.of("content/designs");
    static final TopologyCodec CODEC = new TopologyCodec(Catalog.load(Path.of("content/catalog/regions.yaml")));

    static Stream<Path> designs() {
        try (Stream<Path> files = Files.list(DESIGNS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theReferenceDesignsOfTheDesignGuideAreThere() {
        assertThat(designs().map(ReferenceDesignsTest::stem)).contains("seed-multi-az-ml", "pilot-light-dr", "warm-standby",
                "active-active-three-regions", "regionlab-itself");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void readsWithTheRealCatalogAndExplainsItself(Path file) throws IOException {
        Topology t = CODEC.read(Files.readString(file));

        assertThat(t.name()).as("the design is named like its file").isEqualTo(stem(file));
        assertThat(t.description()).as("the description explains the pattern and its trade-offs").isNotBlank().hasSizeGreaterThan(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void whatIsWrittenReadsBackEqual(Path file) throws IOException {
        Topology t = CODEC.read(Files.readString(file));
        String written = CODEC.write(t);

        assertThat(CODEC.read(written)).isEqualTo(t);
        assertThat(CODEC.write(CODEC.read(written))).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void matchesThePublishedSchema(Path file) throws IOException {
        List<String> errors = TopologySchemaTest.errors(Files.readString(file)).stream().map(ValidationMessage::toString).toList();

        assertThat(errors).isEmpty();
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }
}

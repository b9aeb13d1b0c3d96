package io.regionlab.review.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.TopologyCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The reference designs teach good patterns, so the review finds no error in any of them. */
class ReferenceDesignsReviewTest {

    static final Catalog CATALOG = Catalog.load(Path.of("content/catalog/regions.yaml"));

    static Stream<Path> designs() throws IOException {
        return Files.list(Path.of("content/designs")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("designs")
    void aReferenceDesignHasNoErrorFindings(Path file) throws IOException {
        var topology = new TopologyCodec(CATALOG).read(Files.readString(file));
        assertThat(Review.of(topology, CATALOG)).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    }
}

package io.regionlab.topology.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Region catalog in content/ is data the portal trusts: hold it to its shape. */
class CatalogFileTest {

    static final Catalog CATALOG = Catalog.load(Path.of("content/catalog/regions.yaml"));

    @Test
    void everyZoneBelongsToItsRegionAndEveryRegionHasSeveralZones() {
        assertThat(CATALOG.regions()).hasSizeGreaterThanOrEqualTo(30);
        CATALOG.regions().values().forEach(r -> {
            assertThat(r.zones()).as(r.code()).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(z -> assertThat(z).matches(r.code() + "[a-z]"));
            assertThat(r.jurisdiction()).as(r.code()).matches("EU|[A-Z]{2}");
            assertThat(r.name()).isNotBlank();
        });
    }

    @Test
    void knowsTheRegionsOfTheSourceText() {
        assertThat(CATALOG.region("us-west-2").orElseThrow().zones()).contains("us-west-2a", "us-west-2b", "us-west-2c");
        assertThat(CATALOG.region("eu-west-1").orElseThrow().jurisdiction()).isEqualTo("EU");
        assertThat(CATALOG.region("us-east-1").orElseThrow().optIn()).isFalse();
    }

    @Test
    void theDesignGuideExampleIsValidAgainstTheRealCatalog() {
        Topology t = new TopologyCodec(CATALOG).read(TopologyCodecTest.EXAMPLE);
        assertThat(t.name()).isEqualTo("ml-inference-global");
    }
}

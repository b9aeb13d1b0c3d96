package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Topology;
import org.junit.jupiter.api.Test;

class CdnNoOriginFailoverTest {

    private final Rule rule = new CdnNoOriginFailover();

    @Test
    void flagsASingleOrigin() {
        var t = design("us-west-2:abc").cdn("cdn", "{}").bucket("site", "us-west-2", "{}").routes("cdn", "site").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("cdn");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("CloudFront distribution cdn has a single origin (site) and no origin failover");
            assertThat(f.fix()).contains("replica of bucket site");
        });
    }

    @Test
    void flagsOriginsInTwoRegionsWithoutAnOriginGroup() {
        var t = twoRegionOrigins("{'originFailover': false}");

        assertThat(check(rule, t)).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("CloudFront distribution cdn has origins in eu-west-1, us-west-2 but no origin failover"));
    }

    @Test
    void flagsOriginFailoverWithOnlyOneOrigin() {
        var t = design("us-west-2:abc").cdn("cdn", "{'originFailover': true}").lb("lb", "us-west-2", "abc").routes("cdn", "lb").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("CloudFront distribution cdn has origin failover on but one origin only"));
    }

    @Test
    void passesOriginFailoverAcrossTwoRegions() {
        assertThat(check(rule, twoRegionOrigins("{'originFailover': true}"))).isEmpty();
    }

    @Test
    void passesTwoOriginsInOneRegionWhichIsRoutingByPathNotRedundancy() {
        var t = design("us-west-2:abc").cdn("cdn", "{}").lb("api", "us-west-2", "abc").bucket("site", "us-west-2", "{}")
                .routes("cdn", "api").routes("cdn", "site").read();

        assertThat(check(rule, t)).isEmpty();
    }

    private static Topology twoRegionOrigins(String cdn) {
        return design("us-west-2:abc", "eu-west-1:abc").cdn("cdn", cdn).bucket("us", "us-west-2", "{}").bucket("eu", "eu-west-1", "{}")
                .routes("cdn", "us").routes("cdn", "eu").read();
    }
}

package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Designs;
import io.regionlab.review.core.Rule;
import org.junit.jupiter.api.Test;

class DnsFailoverNoSecondaryTest {

    private final Rule rule = new DnsFailoverNoSecondary();

    @Test
    void flagsTheDesignGuideExampleWhoseFailoverRecordRoutesToOneRegion() {
        assertThat(check(rule, Designs.example())).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("dns");
            assertThat(f.message()).isEqualTo("Failover record dns (api.example.com) routes only to us-west-2 (api-lb): no secondary in another Region");
            assertThat(f.fix()).contains("eu-west-1");
        });
    }

    @Test
    void flagsTwoTargetsInTheSameRegion() {
        var t = design("us-west-2:abc", "us-east-1:abc").dns("dns", "failover", "{}").lb("a", "us-west-2", "abc").lb("b", "us-west-2", "abc")
                .routes("dns", "a").routes("dns", "b").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> assertThat(f.message()).contains("routes only to us-west-2 (a, b)"));
    }

    @Test
    void flagsARecordThatRoutesToNothing() {
        var t = design("us-west-2:abc").dns("dns", "failover", "{}").read();

        assertThat(check(rule, t)).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("Failover record dns (api.example.com) routes to nothing"));
    }

    @Test
    void passesAPrimaryAndASecondaryInTwoRegions() {
        var t = design("us-west-2:abc", "us-east-1:abc").dns("dns", "failover", "{}").lb("a", "us-west-2", "abc").lb("b", "us-east-1", "abc")
                .routes("dns", "a").routes("dns", "b").read();

        assertThat(check(rule, t)).isEmpty();
    }

    @Test
    void followsCloudFrontTargetsToTheRegionsOfTheirOrigins() {
        var t = design("us-west-2:abc", "us-east-1:abc").dns("dns", "failover", "{}").cdn("cdn-west", "{}").cdn("cdn-east", "{}")
                .lb("a", "us-west-2", "abc").lb("b", "us-east-1", "abc")
                .routes("dns", "cdn-west").routes("dns", "cdn-east").routes("cdn-west", "a").routes("cdn-east", "b").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

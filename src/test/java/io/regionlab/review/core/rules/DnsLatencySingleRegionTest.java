package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import io.regionlab.review.core.Severity;
import org.junit.jupiter.api.Test;

class DnsLatencySingleRegionTest {

    private final Rule rule = new DnsLatencySingleRegion();

    @Test
    void flagsLatencyRoutingToOneRegion() {
        var t = design("us-west-2:abc").dns("dns", "latency", "{}").lb("lb", "us-west-2", "abc").routes("dns", "lb").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("dns");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("Latency record dns (api.example.com) routes only to us-west-2");
        });
    }

    @Test
    void passesLatencyRoutingAcrossRegions() {
        var t = design("us-west-2:abc", "eu-west-1:abc").dns("dns", "latency", "{}").lb("us", "us-west-2", "abc").lb("eu", "eu-west-1", "abc")
                .routes("dns", "us").routes("dns", "eu").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

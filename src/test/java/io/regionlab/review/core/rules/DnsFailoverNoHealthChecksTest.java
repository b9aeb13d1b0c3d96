package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Designs;
import io.regionlab.review.core.Rule;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Topology;
import org.junit.jupiter.api.Test;

class DnsFailoverNoHealthChecksTest {

    private final Rule rule = new DnsFailoverNoHealthChecks();

    @Test
    void flagsAFailoverRecordWithoutHealthChecks() {
        var t = twoRegions("{'healthChecks': false}");

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("dns");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("Failover record dns (api.example.com) has no health checks");
            assertThat(f.why()).contains("always healthy");
        });
    }

    @Test
    void flagsTheDesignGuideExample() {
        assertThat(check(rule, Designs.example())).extracting(f -> f.target()).containsExactly("dns");
    }

    @Test
    void passesAFailoverRecordWithHealthChecks() {
        assertThat(check(rule, twoRegions("{'healthChecks': true}"))).isEmpty();
    }

    @Test
    void leavesOtherPoliciesToTheirOwnRule() {
        var t = design("us-west-2:abc").dns("dns", "simple", "{'healthChecks': false}").lb("lb", "us-west-2", "abc").routes("dns", "lb").read();

        assertThat(check(rule, t)).isEmpty();
    }

    private static Topology twoRegions(String dns) {
        return design("us-west-2:abc", "us-east-1:abc").dns("dns", "failover", dns)
                .lb("lb-west", "us-west-2", "abc").lb("lb-east", "us-east-1", "abc").routes("dns", "lb-west").routes("dns", "lb-east").read();
    }
}

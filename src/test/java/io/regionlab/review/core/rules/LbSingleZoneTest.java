package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import io.regionlab.review.core.Severity;
import org.junit.jupiter.api.Test;

class LbSingleZoneTest {

    private final Rule rule = new LbSingleZone();

    @Test
    void flagsALoadBalancerInOneZone() {
        var t = design("eu-west-1:abc").lb("lb", "eu-west-1", "c").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("lb");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("Load balancer lb is enabled in one zone only (eu-west-1c)");
            assertThat(f.why()).contains("at least two Availability Zones");
        });
    }

    @Test
    void passesALoadBalancerInTwoZones() {
        var t = design("eu-west-1:abc").lb("lb", "eu-west-1", "ab").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

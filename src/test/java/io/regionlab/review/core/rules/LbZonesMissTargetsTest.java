package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import org.junit.jupiter.api.Test;

class LbZonesMissTargetsTest {

    private final Rule rule = new LbZonesMissTargets();

    @Test
    void flagsZonesOfTheGroupTheLoadBalancerIsNotEnabledIn() {
        var t = design("us-west-2:abcd").lb("lb", "us-west-2", "ab").asg("api", "us-west-2", "abcd", "{}").routes("lb", "api").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("lb");
            assertThat(f.message()).isEqualTo("Load balancer lb is not enabled in us-west-2c, us-west-2d, where Auto Scaling group api runs instances");
        });
    }

    @Test
    void passesALoadBalancerThatCoversTheGroupsZones() {
        var t = design("us-west-2:abcd").lb("lb", "us-west-2", "abcd").asg("api", "us-west-2", "abc", "{}").routes("lb", "api").read();

        assertThat(check(rule, t)).isEmpty();
    }

    @Test
    void leavesAGroupInAnotherRegionToTheCrossRegionRule() {
        var t = design("us-west-2:abc", "us-east-1:abc").lb("lb", "us-west-2", "abc").asg("api", "us-east-1", "abc", "{}")
                .routes("lb", "api").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

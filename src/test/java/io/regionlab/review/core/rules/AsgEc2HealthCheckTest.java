package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import org.junit.jupiter.api.Test;

class AsgEc2HealthCheckTest {

    private final Rule rule = new AsgEc2HealthCheck();

    @Test
    void flagsEc2HealthChecksOnAGroupBehindALoadBalancer() {
        var t = design("us-west-2:abc").lb("lb", "us-west-2", "abc").asg("api", "us-west-2", "abc", "{'healthCheckType': 'EC2'}")
                .routes("lb", "api").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("api");
            assertThat(f.message()).isEqualTo("Auto Scaling group api behind load balancer lb uses EC2 health checks, not ELB");
            assertThat(f.fix()).contains("ELB");
        });
    }

    @Test
    void passesElbHealthChecksBehindALoadBalancer() {
        var t = design("us-west-2:abc").lb("lb", "us-west-2", "abc").asg("api", "us-west-2", "abc", "{'healthCheckType': 'ELB'}")
                .routes("lb", "api").read();

        assertThat(check(rule, t)).isEmpty();
    }

    @Test
    void passesEc2HealthChecksOnAGroupNoLoadBalancerRoutesTo() {
        var t = design("us-west-2:abc").asg("workers", "us-west-2", "abc", "{'healthCheckType': 'EC2'}").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DnsRoutingNoHealthChecksTest {

    private final Rule rule = new DnsRoutingNoHealthChecks();

    @ParameterizedTest
    @ValueSource(strings = {"latency", "geoproximity", "weighted"})
    void advisesHealthChecksForRecordsThatSpreadUsersOverSeveralTargets(String policy) {
        assertThat(check(rule, twoTargets(policy, false))).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("dns");
            assertThat(f.severity()).isEqualTo(Severity.ADVICE);
            assertThat(f.message()).isEqualTo("The " + policy + " record dns (api.example.com) spreads users over us, eu without health checks");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"latency", "geoproximity", "weighted"})
    void passesRecordsWithHealthChecks(String policy) {
        assertThat(check(rule, twoTargets(policy, true))).isEmpty();
    }

    @Test
    void passesASingleTargetWhereHealthChecksWouldChangeNothing() {
        var t = design("us-west-2:abc").dns("dns", "weighted", "{'healthChecks': false}").lb("lb", "us-west-2", "abc").routes("dns", "lb").read();

        assertThat(check(rule, t)).isEmpty();
    }

    private static Topology twoTargets(String policy, boolean healthChecks) {
        return design("us-west-2:abc", "eu-west-1:abc").dns("dns", policy, "{'healthChecks': " + healthChecks + "}")
                .lb("us", "us-west-2", "abc").lb("eu", "eu-west-1", "abc").routes("dns", "us").routes("dns", "eu").read();
    }
}

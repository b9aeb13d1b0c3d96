package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import io.regionlab.review.core.Severity;
import org.junit.jupiter.api.Test;

class AsgSingleZoneTest {

    private final Rule rule = new AsgSingleZone();

    @Test
    void flagsAGroupThatRunsInOneZone() {
        var t = design("us-west-2:abc").asg("api", "us-west-2", "b", "{}").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("api");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("Auto Scaling group api runs in one zone only (us-west-2b)");
        });
    }

    @Test
    void passesAGroupAcrossTwoZonesOrMore() {
        var t = design("us-west-2:abc").asg("two", "us-west-2", "ab", "{}").asg("three", "us-west-2", "abc", "{}").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import org.junit.jupiter.api.Test;

class AsgMinBelowZonesTest {

    private final Rule rule = new AsgMinBelowZones();

    @Test
    void flagsAMinimumThatCannotKeepAnInstanceInEachZone() {
        var t = design("us-west-2:abc").asg("api", "us-west-2", "abc", "{'minSize': 2}").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("api");
            assertThat(f.message()).isEqualTo("Auto Scaling group api has minSize 2 but spans 3 zones");
            assertThat(f.fix()).contains("at least 3");
        });
    }

    @Test
    void passesAMinimumOfOnePerZoneOrMore() {
        var t = design("us-west-2:abc").asg("exact", "us-west-2", "abc", "{'minSize': 3}")
                .asg("more", "us-west-2", "ab", "{'minSize': 4}").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

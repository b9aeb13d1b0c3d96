package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import io.regionlab.review.core.Severity;
import org.junit.jupiter.api.Test;

class RegionGoalSingleRegionTest {

    private final Rule rule = new RegionGoalSingleRegion();

    @Test
    void flagsARegionScopeGoalWithOneRegion() {
        var t = design("eu-west-1:abc").recovery("region").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("design");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("The design promises recovery from a Region outage but uses only eu-west-1");
            assertThat(f.fix()).contains("eu-central-1");
        });
    }

    @Test
    void passesAZoneScopeGoalOrNoGoalInOneRegion() {
        assertThat(check(rule, design("eu-west-1:abc").recovery("zone").read())).isEmpty();
        assertThat(check(rule, design("eu-west-1:abc").read())).isEmpty();
    }

    @Test
    void passesARegionScopeGoalWithTwoRegions() {
        assertThat(check(rule, design("eu-west-1:abc", "eu-central-1:abc").recovery("region").read())).isEmpty();
    }
}

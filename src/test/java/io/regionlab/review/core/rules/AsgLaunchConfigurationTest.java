package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import org.junit.jupiter.api.Test;

class AsgLaunchConfigurationTest {

    private final Rule rule = new AsgLaunchConfiguration();

    @Test
    void flagsALaunchConfigurationAndSaysWhenTheyWereRetired() {
        var t = design("us-west-2:abc").asg("api", "us-west-2", "abc", "{'launch': 'configuration'}").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("api");
            assertThat(f.why()).contains("1 January 2023", "1 June 2023", "1 October 2024");
            assertThat(f.fix()).contains("launch template");
        });
    }

    @Test
    void passesALaunchTemplateWhichIsTheDefault() {
        var t = design("us-west-2:abc").asg("api", "us-west-2", "abc", "{}").asg("explicit", "us-west-2", "abc", "{'launch': 'template'}").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

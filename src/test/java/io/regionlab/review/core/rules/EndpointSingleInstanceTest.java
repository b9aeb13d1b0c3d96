package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import org.junit.jupiter.api.Test;

class EndpointSingleInstanceTest {

    private final Rule rule = new EndpointSingleInstance();

    @Test
    void flagsAnEndpointWithOneInstance() {
        var t = design("us-west-2:abc").endpoint("model", "us-west-2", "{'instanceCount': 1}").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("model");
            assertThat(f.message()).isEqualTo("SageMaker endpoint model has one instance, so it runs in one zone");
            assertThat(f.why()).contains("two or more");
            assertThat(f.teaches()).contains("seed-sagemaker-multi-az");
        });
    }

    @Test
    void flagsAnEndpointThatKeepsTheDefaultOfOneInstance() {
        var t = design("us-west-2:abc").endpoint("model", "us-west-2", "{}").without("model", "instanceCount").read();

        assertThat(check(rule, t)).hasSize(1);
    }

    @Test
    void passesAnEndpointWithTwoInstances() {
        var t = design("us-west-2:abc").endpoint("model", "us-west-2", "{'instanceCount': 2}").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

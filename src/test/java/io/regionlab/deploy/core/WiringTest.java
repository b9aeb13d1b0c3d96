package io.regionlab.deploy.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.generate.core.ParameterWiring;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WiringTest {

    private static final List<ParameterWiring> WIRING = List.of(new ParameterWiring("DataEuArn", "x-eu-west-1", "DataEuArn"),
            new ParameterWiring("LbDns", "x-us-west-2", "LbDnsName"));

    @Test
    void outputsOfEarlierStacksBecomeParameters() {
        var outputs = Map.of("x-eu-west-1", Map.of("DataEuArn", "arn:aws:s3:::eu"), "x-us-west-2", Map.of("LbDnsName", "lb.example"));
        assertThat(Wiring.resolve(WIRING, outputs)).hasValue(Map.of("DataEuArn", "arn:aws:s3:::eu", "LbDns", "lb.example"));
    }

    @Test
    void aMissingOutputIsNamed() {
        var outputs = Map.of("x-eu-west-1", Map.of("DataEuArn", "arn:aws:s3:::eu"));
        assertThat(Wiring.resolve(WIRING, outputs)).isEmpty();
        assertThat(Wiring.missing(WIRING, outputs)).containsExactly("x-us-west-2.LbDnsName");
    }

    @Test
    void theDeferredNoteNamesParametersAndTheirStack() {
        assertThat(Wiring.deferredNote(WIRING.subList(0, 1)))
                .startsWith("Parameter DataEuArn comes from stack x-eu-west-1's outputs at apply time");
    }

    @Test
    void stackNamesCarryThePrefix() {
        assertThat(Wiring.stackName("regionlab", "shop-eu-west-1")).isEqualTo("regionlab-shop-eu-west-1");
        assertThat(Wiring.stackName("", "shop-eu-west-1")).isEqualTo("shop-eu-west-1");
        assertThat(Wiring.stackName("p", "s".repeat(200))).hasSize(128);
    }
}

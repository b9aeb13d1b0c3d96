package io.regionlab.deploy.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.generate.core.ParameterWiring;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolloutTest {

    @Test
    void stacksComeInDeploymentOrderUnderPrefixedNamesWithTheirWiringRenamed() {
        var topology = TwoRegionDesign.codec().read(TwoRegionDesign.JSON);
        List<Rollout.Target> targets = Rollout.of(topology, "regionlab");

        assertThat(targets).extracting(Rollout.Target::name)
                .containsExactly("regionlab-apply-two-regions-eu-west-1", "regionlab-apply-two-regions-us-west-2");
        assertThat(targets).extracting(Rollout.Target::order).containsExactly(1, 2);
        assertThat(targets.get(1).wiring())
                .contains(new ParameterWiring("DataEuArn", "regionlab-apply-two-regions-eu-west-1", "DataEuArn"));
        assertThat(targets.get(1).template()).doesNotContain("\n").contains("\"Resources\"");
    }

    @Test
    void aChainOfReplicationDeploysFromItsEnd() {
        List<Rollout.Target> targets = Rollout.of(TwoRegionDesign.codec().read(TwoRegionDesign.chain("chain")), "p");
        assertThat(targets).extracting(Rollout.Target::region).containsExactly("ap-southeast-2", "eu-west-1", "us-west-2");
        assertThat(targets.get(1).wiring()).extracting(ParameterWiring::fromStack).containsOnly("p-chain-ap-southeast-2");
        assertThat(targets.get(2).wiring()).extracting(ParameterWiring::fromStack).containsOnly("p-chain-eu-west-1");
    }
}

package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import io.regionlab.review.core.Severity;
import org.junit.jupiter.api.Test;

class DynamoDbReplicaSameRegionTest {

    private final Rule rule = new DynamoDbReplicaSameRegion();

    @Test
    void flagsAReplicaInTheSameRegionAndSuggestsAnUnusedRegion() {
        var t = design("us-west-2:abc", "eu-central-1:abc").table("a", "us-west-2", "{}").table("b", "us-west-2", "{}")
                .replicates("a", "b").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("links[0]");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("DynamoDB table a replicates to b in the same Region (us-west-2)");
            assertThat(f.fix()).isEqualTo("Move b to eu-central-1, or remove the link.");
        });
    }

    @Test
    void passesReplicasInDifferentRegions() {
        var t = design("us-west-2:abc", "eu-central-1:abc").table("a", "us-west-2", "{}").table("b", "eu-central-1", "{}")
                .replicates("a", "b").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import org.junit.jupiter.api.Test;

class DynamoDbReplicaKeyMismatchTest {

    private final Rule rule = new DynamoDbReplicaKeyMismatch();

    @Test
    void flagsReplicasWithDifferentSortKeys() {
        var t = design("us-west-2:abc", "us-east-1:abc").table("a", "us-west-2", "{'sortKey': 'ts'}").table("b", "us-east-1", "{}")
                .replicates("a", "b").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("links[0]");
            assertThat(f.message()).isEqualTo("DynamoDB tables a and b replicate but have different keys (pk + ts vs pk)");
        });
    }

    @Test
    void passesReplicasWithTheSameKeys() {
        var t = design("us-west-2:abc", "us-east-1:abc").table("a", "us-west-2", "{'sortKey': 'ts'}").table("b", "us-east-1", "{'sortKey': 'ts'}")
                .replicates("a", "b").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

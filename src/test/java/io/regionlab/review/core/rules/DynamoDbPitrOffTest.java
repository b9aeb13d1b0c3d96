package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import org.junit.jupiter.api.Test;

class DynamoDbPitrOffTest {

    private final Rule rule = new DynamoDbPitrOff();

    @Test
    void flagsATableWithoutPointInTimeRecovery() {
        var t = design("us-west-2:abc").table("features", "us-west-2", "{'pointInTimeRecovery': false}").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("features");
            assertThat(f.message()).isEqualTo("DynamoDB table features has no point-in-time recovery");
        });
    }

    @Test
    void passesATableWithPointInTimeRecovery() {
        var t = design("us-west-2:abc").table("features", "us-west-2", "{'pointInTimeRecovery': true}").read();

        assertThat(check(rule, t)).isEmpty();
    }

    @Test
    void leavesGlobalTableReplicasToTheGlobalTableRule() {
        var t = design("us-west-2:abc", "us-east-1:abc").table("a", "us-west-2", "{'pointInTimeRecovery': false}")
                .table("b", "us-east-1", "{'pointInTimeRecovery': false}").replicates("a", "b").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

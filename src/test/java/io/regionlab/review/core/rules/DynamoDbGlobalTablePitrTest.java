package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import org.junit.jupiter.api.Test;

class DynamoDbGlobalTablePitrTest {

    private final Rule rule = new DynamoDbGlobalTablePitr();

    @Test
    void flagsEachReplicaWithoutPointInTimeRecovery() {
        var t = design("us-west-2:abc", "us-east-1:abc", "eu-west-1:abc").table("a", "us-west-2", "{}")
                .table("b", "us-east-1", "{'pointInTimeRecovery': false}").table("c", "eu-west-1", "{'pointInTimeRecovery': false}")
                .replicates("a", "b").replicates("a", "c").read();

        assertThat(check(rule, t)).extracting(f -> f.target()).containsExactly("b", "c");
        assertThat(check(rule, t).get(0).message()).isEqualTo(
                "DynamoDB table b (us-east-1), a global table replica with a, c, has no point-in-time recovery");
        assertThat(check(rule, t).get(0).fix()).isEqualTo("Set pointInTimeRecovery to true on b, c.");
    }

    @Test
    void passesAGlobalTableWithPointInTimeRecoveryOnEveryReplica() {
        var t = design("us-west-2:abc", "us-east-1:abc").table("a", "us-west-2", "{}").table("b", "us-east-1", "{}").replicates("a", "b").read();

        assertThat(check(rule, t)).isEmpty();
    }

    @Test
    void leavesATableThatIsNotReplicatedToTheTableRule() {
        var t = design("us-west-2:abc").table("a", "us-west-2", "{'pointInTimeRecovery': false}").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

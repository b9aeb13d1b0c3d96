package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import org.junit.jupiter.api.Test;

class S3SameRegionReplicationTest {

    private final Rule rule = new S3SameRegionReplication();

    @Test
    void flagsSameRegionReplicationUnderARegionScopeGoal() {
        var t = design("us-west-2:abc").bucket("data", "us-west-2", "{}").bucket("data-copy", "us-west-2", "{}")
                .replicates("data", "data-copy").recovery("region").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("links[0]");
            assertThat(f.message()).isEqualTo("Bucket data replicates to data-copy in the same Region (us-west-2)");
            assertThat(f.why()).contains("does not protect against a Regional outage");
        });
    }

    @Test
    void flagsSameRegionReplicationThatIsABucketsOnlyCopyInAMultiRegionDesign() {
        var t = design("us-west-2:abc", "eu-west-1:abc").bucket("data", "us-west-2", "{}").bucket("data-copy", "us-west-2", "{}")
                .replicates("data", "data-copy").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> assertThat(f.fix()).contains("eu-west-1"));
    }

    @Test
    void passesSameRegionReplicationBesideACrossRegionCopy() {
        var t = design("us-west-2:abc", "us-east-1:abc").bucket("data", "us-west-2", "{}").bucket("logs", "us-west-2", "{}")
                .bucket("data-east", "us-east-1", "{}").replicates("data", "logs").replicates("data", "data-east").read();

        assertThat(check(rule, t)).isEmpty();
    }

    @Test
    void passesSameRegionReplicationInASingleRegionDesignWithoutARegionGoal() {
        var t = design("us-west-2:abc").bucket("data", "us-west-2", "{}").bucket("logs", "us-west-2", "{}")
                .replicates("data", "logs").recovery("zone").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

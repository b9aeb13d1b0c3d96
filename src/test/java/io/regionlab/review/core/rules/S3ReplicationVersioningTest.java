package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import io.regionlab.review.core.Severity;
import org.junit.jupiter.api.Test;

class S3ReplicationVersioningTest {

    private final Rule rule = new S3ReplicationVersioning();

    @Test
    void flagsTheLinkAndNamesEveryBucketWithoutVersioning() {
        var t = design("us-west-2:abc", "us-east-1:abc").bucket("data", "us-west-2", "{'versioning': false}")
                .bucket("data-east", "us-east-1", "{'versioning': false}").replicates("data", "data-east").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("links[0]");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("Replication from bucket data to data-east without versioning on data and data-east");
        });
    }

    @Test
    void flagsADestinationWithoutVersioning() {
        var t = design("us-west-2:abc", "us-east-1:abc").bucket("data", "us-west-2", "{}")
                .bucket("data-east", "us-east-1", "{'versioning': false}").replicates("data", "data-east").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> assertThat(f.fix()).isEqualTo("Set versioning to true on data-east."));
    }

    @Test
    void passesVersioningOnBothBucketsAndBucketsThatDoNotReplicate() {
        var t = design("us-west-2:abc", "us-east-1:abc").bucket("data", "us-west-2", "{}").bucket("data-east", "us-east-1", "{}")
                .bucket("scratch", "us-west-2", "{'versioning': false}").replicates("data", "data-east").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

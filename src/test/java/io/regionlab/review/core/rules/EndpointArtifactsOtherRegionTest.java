package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import io.regionlab.review.core.Severity;
import org.junit.jupiter.api.Test;

class EndpointArtifactsOtherRegionTest {

    private final Rule rule = new EndpointArtifactsOtherRegion();

    @Test
    void flagsArtifactsInAnotherRegionWithNoReplicaInTheEndpointsRegion() {
        var t = design("us-east-1:abc", "ap-northeast-1:acd").bucket("models", "us-east-1", "{}")
                .endpoint("dr-model", "ap-northeast-1", "{'modelArtifacts': 'models'}").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("dr-model");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo(
                    "SageMaker endpoint dr-model (ap-northeast-1) loads its model from bucket models in us-east-1, with no replica in ap-northeast-1");
            assertThat(f.why()).contains("same Region");
        });
    }

    @Test
    void passesArtifactsThatAreReplicatedIntoTheEndpointsRegion() {
        var t = design("us-east-1:abc", "ap-northeast-1:acd").bucket("models", "us-east-1", "{}").bucket("models-tokyo", "ap-northeast-1", "{}")
                .replicates("models", "models-tokyo").endpoint("dr-model", "ap-northeast-1", "{'modelArtifacts': 'models'}").read();

        assertThat(check(rule, t)).isEmpty();
    }

    @Test
    void aReplicaOfAReplicaDoesNotCountBecauseS3DoesNotReplicateReplicas() {
        var t = design("us-east-1:abc", "us-east-2:abc", "ap-northeast-1:acd").bucket("models", "us-east-1", "{}")
                .bucket("models-ohio", "us-east-2", "{}").bucket("models-tokyo", "ap-northeast-1", "{}")
                .replicates("models", "models-ohio").replicates("models-ohio", "models-tokyo")
                .endpoint("dr-model", "ap-northeast-1", "{'modelArtifacts': 'models'}").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> assertThat(f.fix()).contains("S3 does not replicate replicas"));
    }

    @Test
    void passesArtifactsInTheEndpointsOwnRegionAndEndpointsWithoutArtifacts() {
        var t = design("us-east-1:abc").bucket("models", "us-east-1", "{}")
                .endpoint("model", "us-east-1", "{'modelArtifacts': 'models'}").endpoint("bare", "us-east-1", "{}").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

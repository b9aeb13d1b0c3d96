package io.regionlab.deploy.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.deploy.core.JobSummary.StackOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobSummaryTest {

    @Test
    void aFailedApplySaysWhatWasCreatedAndWhatWasNot() {
        String text = JobSummary.of(false, List.of(new StackOutcome("a-eu-west-1", Phase.COMPLETE),
                new StackOutcome("a-us-west-2", Phase.ROLLED_BACK), new StackOutcome("a-global", Phase.NOT_STARTED)),
                "resource Asg failed: capacity.", List.of());
        assertThat(text).isEqualTo("Stack a-us-west-2 failed: resource Asg failed: capacity. CloudFormation rolled it back."
                + " Created: a-eu-west-1. Not started: a-global.");
    }

    @Test
    void aFirstStackFailureCreatedNothing() {
        String text = JobSummary.of(false, List.of(new StackOutcome("a", Phase.FAILED), new StackOutcome("b", Phase.NOT_STARTED)),
                null, List.of());
        assertThat(text).contains("Created: none.").contains("Not started: b.").contains("no reason given");
    }

    @Test
    void aDestroyListsWhatItLeftBehind() {
        String text = JobSummary.of(true, List.of(new StackOutcome("b", Phase.DELETED), new StackOutcome("a", Phase.DELETED)), null,
                List.of(new Retained("a", "Data", "AWS::S3::Bucket", "bucket-1")));
        assertThat(text).isEqualTo("Deleted 2 stacks: b, a. Left behind by their retain policy: Data (AWS::S3::Bucket) of a.");
    }
}

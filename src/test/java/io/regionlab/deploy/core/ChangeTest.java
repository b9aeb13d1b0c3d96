package io.regionlab.deploy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void reportedChangesReadAsADiffWithReplacementsFirst() {
        List<Change> diff = Change.fromReported(List.of(
                new Change.Reported("Add", "Queue", "AWS::SQS::Queue", null, List.of(), List.of()),
                new Change.Reported("Modify", "Asg", "AWS::AutoScaling::AutoScalingGroup", "False", List.of("Properties"),
                        List.of(new Change.Detail("Properties", "MinSize"), new Change.Detail("Properties", "MinSize"))),
                new Change.Reported("Modify", "Db", "AWS::RDS::DBInstance", "True", List.of("Properties"),
                        List.of(new Change.Detail("Properties", "DBInstanceIdentifier"))),
                new Change.Reported("Remove", "Old", "AWS::S3::Bucket", null, List.of(), List.of())));

        assertThat(diff).extracting(Change::logicalId).containsExactly("Old", "Db", "Asg", "Queue");
        assertThat(diff.get(1).replaces()).isTrue();
        assertThat(diff.get(1).details()).containsExactly("Properties.DBInstanceIdentifier");
        assertThat(diff.get(2).details()).as("duplicates are shown once").containsExactly("Properties.MinSize");
        assertThat(diff.get(2).replaces()).isFalse();
        assertThat(diff.get(3).replacement()).as("only a Modify can replace").isNull();
    }

    @Test
    void aModifyWithoutReplacementInformationIsShownAsInPlace() {
        Change c = Change.from(new Change.Reported("Dynamic", "Fn", "AWS::Lambda::Function", null, List.of("Tags"),
                List.of(new Change.Detail("Tags", null))));
        assertThat(c.action()).isEqualTo("Modify");
        assertThat(c.replacement()).isEqualTo("False");
        assertThat(c.details()).containsExactly("Tags");
    }
}

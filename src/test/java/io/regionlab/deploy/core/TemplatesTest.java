package io.regionlab.deploy.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplatesTest {

    private static final String TEMPLATE = """
            {
              "Resources": {
                "Data": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Retain", "Properties": {}},
                "Db": {"Type": "AWS::RDS::DBInstance", "DeletionPolicy": "Snapshot"},
                "Role": {"Type": "AWS::IAM::Role"}
              }
            }""";

    @Test
    void aStackThatDoesNotExistYetGetsEveryResourceAsAnAdd() {
        assertThat(Templates.adds(TEMPLATE)).extracting(Change::logicalId, Change::action, Change::resourceType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Data", "Add", "AWS::S3::Bucket"),
                        org.assertj.core.groups.Tuple.tuple("Db", "Add", "AWS::RDS::DBInstance"),
                        org.assertj.core.groups.Tuple.tuple("Role", "Add", "AWS::IAM::Role"));
    }

    @Test
    void retainAndSnapshotResourcesAreListedAsLeftBehind() {
        assertThat(Templates.retainedOnDelete(TEMPLATE))
                .containsEntry("Data", "AWS::S3::Bucket")
                .containsEntry("Db", "AWS::RDS::DBInstance (final snapshot)")
                .doesNotContainKey("Role");
    }

    @Test
    void theBodyLimitIsCloudFormationsAndTheMessageSaysWhatToDo() {
        assertThat(Templates.tooLarge("s", "x".repeat(Templates.MAX_BODY_BYTES))).isEmpty();
        assertThat(Templates.tooLarge("regionlab-big-eu-west-1", "x".repeat(Templates.MAX_BODY_BYTES + 1)))
                .hasValueSatisfying(m -> assertThat(m).contains("regionlab-big-eu-west-1", "51201 bytes", "51200"));
    }

    @Test
    void compactKeepsTheContentAndDropsTheIndentation() {
        String compact = Templates.compact(TEMPLATE);
        assertThat(compact).doesNotContain("\n").doesNotContain("  ");
        assertThat(Templates.adds(compact)).hasSize(3);
    }
}

package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import io.regionlab.review.core.Severity;
import org.junit.jupiter.api.Test;

class ReplicationLeavesJurisdictionTest {

    private final Rule rule = new ReplicationLeavesJurisdiction();

    @Test
    void warnsWhenEuDataIsReplicatedToTheUs() {
        var t = design("eu-west-1:abc", "us-east-1:abc").bucket("patients", "eu-west-1", "{}").bucket("patients-us", "us-east-1", "{}")
                .replicates("patients", "patients-us").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("links[0]");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo(
                    "patients (eu-west-1, EU) replicates to patients-us (us-east-1, US): the data leaves the EU jurisdiction");
            assertThat(f.fix()).contains("eu-central-1");
        });
    }

    @Test
    void coversDatabasesAndTablesToo() {
        var t = design("eu-west-1:abc", "eu-west-2:abc").rds("db", "eu-west-1", "{}").rds("db-uk", "eu-west-2", "{}")
                .table("t", "eu-west-1", "{}").table("t-uk", "eu-west-2", "{}").replicates("db", "db-uk").replicates("t", "t-uk").read();

        assertThat(check(rule, t)).extracting(f -> f.target()).containsExactly("links[0]", "links[1]");
    }

    @Test
    void passesReplicationWithinOneJurisdiction() {
        var t = design("eu-west-1:abc", "eu-central-1:abc").bucket("patients", "eu-west-1", "{}").bucket("patients-de", "eu-central-1", "{}")
                .replicates("patients", "patients-de").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

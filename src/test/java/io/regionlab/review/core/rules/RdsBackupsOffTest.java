package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import org.junit.jupiter.api.Test;

class RdsBackupsOffTest {

    private final Rule rule = new RdsBackupsOff();

    @Test
    void flagsARetentionOfZeroDays() {
        var t = design("us-west-2:abc").rds("db", "us-west-2", "{'backupRetentionDays': 0}").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("db");
            assertThat(f.message()).isEqualTo("RDS database db has automated backups turned off (retention 0 days)");
        });
    }

    @Test
    void namesTheReadReplicasThatNeedBackupsOnTheSource() {
        var t = design("us-west-2:abc", "us-east-1:abc").rds("db", "us-west-2", "{'backupRetentionDays': 0}").rds("db-dr", "us-east-1", "{}")
                .replicates("db", "db-dr").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> assertThat(f.fix()).contains("db-dr"));
    }

    @Test
    void passesBackupsKeptForSomeDaysAndAReadReplicaWithoutItsOwn() {
        var t = design("us-west-2:abc", "us-east-1:abc").rds("db", "us-west-2", "{'backupRetentionDays': 1}")
                .rds("db-dr", "us-east-1", "{'backupRetentionDays': 0}").replicates("db", "db-dr").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

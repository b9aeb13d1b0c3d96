package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import io.regionlab.review.core.Severity;
import org.junit.jupiter.api.Test;

class RdsNoDeletionProtectionTest {

    private final Rule rule = new RdsNoDeletionProtection();

    @Test
    void flagsADatabaseWithoutDeletionProtection() {
        var t = design("us-west-2:abc").rds("db", "us-west-2", "{'deletionProtection': false}").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("db");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("RDS database db has no deletion protection");
        });
    }

    @Test
    void passesAProtectedDatabase() {
        var t = design("us-west-2:abc").rds("db", "us-west-2", "{'deletionProtection': true}").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

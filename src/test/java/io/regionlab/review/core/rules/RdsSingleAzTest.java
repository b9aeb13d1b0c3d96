package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import org.junit.jupiter.api.Test;

class RdsSingleAzTest {

    private final Rule rule = new RdsSingleAz();

    @Test
    void flagsASingleAzDatabase() {
        var t = design("us-west-2:abc").rds("db", "us-west-2", "{'multiAz': false}").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("db");
            assertThat(f.message()).isEqualTo("RDS database db is a Single-AZ instance");
            assertThat(f.fix()).isEqualTo("Set multiAz to true.");
        });
    }

    @Test
    void passesAMultiAzDatabase() {
        var t = design("us-west-2:abc").rds("db", "us-west-2", "{'multiAz': true}").read();

        assertThat(check(rule, t)).isEmpty();
    }

    @Test
    void leavesASingleAzCrossRegionReadReplicaAlone() {
        var t = design("us-west-2:abc", "us-east-1:abc").rds("db", "us-west-2", "{}").rds("db-dr", "us-east-1", "{'multiAz': false}")
                .replicates("db", "db-dr").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

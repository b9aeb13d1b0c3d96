package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import org.junit.jupiter.api.Test;

class RegionGoalMissingCopyTest {

    private final Rule rule = new RegionGoalMissingCopy();

    @Test
    void flagsEachKindOfPrimaryDataWithoutACopyInTheSecondary() {
        var t = design("us-west-2:abc", "us-east-1:abc").bucket("data", "us-west-2", "{}").rds("db", "us-west-2", "{}")
                .table("t", "us-west-2", "{}").recovery("region").read();

        assertThat(check(rule, t)).extracting(f -> f.target()).containsExactly("data", "db", "t");
        assertThat(check(rule, t).get(0).message()).isEqualTo("Bucket data in the primary Region us-west-2 has no copy in us-east-1");
    }

    @Test
    void passesPrimaryDataWithACopyInEverySecondary() {
        var t = design("us-west-2:abc", "us-east-1:abc").bucket("data", "us-west-2", "{}").bucket("data-east", "us-east-1", "{}")
                .rds("db", "us-west-2", "{}").rds("db-east", "us-east-1", "{}").table("t", "us-west-2", "{}").table("t-east", "us-east-1", "{}")
                .replicates("data", "data-east").replicates("db", "db-east").replicates("t-east", "t").recovery("region").read();

        assertThat(check(rule, t)).isEmpty();
    }

    @Test
    void namesTheSecondaryRegionThatLacksTheCopy() {
        var t = design("us-west-2:abc", "us-east-1:abc", "us-east-2:abc").bucket("data", "us-west-2", "{}").bucket("data-east", "us-east-1", "{}")
                .replicates("data", "data-east").recovery("region").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> assertThat(f.message()).endsWith("has no copy in us-east-2"));
    }

    @Test
    void reportsTheSourceNotItsSameRegionReplica() {
        var t = design("us-west-2:abc", "us-east-1:abc").bucket("data", "us-west-2", "{}").bucket("data-copy", "us-west-2", "{}")
                .replicates("data", "data-copy").recovery("region").read();

        assertThat(check(rule, t)).extracting(f -> f.target()).containsExactly("data");
    }

    @Test
    void saysNothingWithoutARegionScopeGoal() {
        var t = design("us-west-2:abc", "us-east-1:abc").bucket("data", "us-west-2", "{}").recovery("zone").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

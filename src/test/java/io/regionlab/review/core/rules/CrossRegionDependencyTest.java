package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import org.junit.jupiter.api.Test;

class CrossRegionDependencyTest {

    private final Rule rule = new CrossRegionDependency();

    @Test
    void flagsAGroupThatReadsADatabaseInAnotherRegion() {
        var t = design("us-west-2:abc", "eu-west-1:abc").asg("api-eu", "eu-west-1", "abc", "{}").rds("db", "us-west-2", "{}")
                .link("api-eu", "db", "reads-writes").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("links[0]");
            assertThat(f.message()).isEqualTo("api-eu (eu-west-1) reads-writes db in another Region (us-west-2)");
            assertThat(f.fix()).isEqualTo("Add a rds-database in eu-west-1 (a replica of db) and link api-eu to it instead.");
        });
    }

    @Test
    void pointsToTheLocalReplicaOfAGlobalTable() {
        var t = design("us-west-2:abc", "eu-west-1:abc").asg("api-eu", "eu-west-1", "abc", "{}")
                .table("t", "us-west-2", "{}").table("t-eu", "eu-west-1", "{}").replicates("t", "t-eu")
                .link("api-eu", "t", "reads-writes").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> assertThat(f.fix()).isEqualTo("Link api-eu to t-eu, the copy of t in eu-west-1."));
    }

    @Test
    void passesCallsWithinARegionReplicationAndGlobalComponents() {
        var t = design("us-west-2:abc", "eu-west-1:abc").dns("dns", "failover", "{}").lb("lb", "us-west-2", "abc").lb("lb-eu", "eu-west-1", "abc")
                .asg("api", "us-west-2", "abc", "{}").endpoint("model", "us-west-2", "{}").bucket("b", "us-west-2", "{}").bucket("b-eu", "eu-west-1", "{}")
                .routes("dns", "lb").routes("dns", "lb-eu").routes("lb", "api").link("api", "model", "invokes").replicates("b", "b-eu").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

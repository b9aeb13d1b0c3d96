package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import org.junit.jupiter.api.Test;

class CacheNoFailoverTest {

    private final Rule rule = new CacheNoFailover();

    @Test
    void flagsACacheWithoutReplicas() {
        var t = design("us-west-2:abc").cache("cache", "us-west-2", "ab", "{'replicas': 0}").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("cache");
            assertThat(f.message()).isEqualTo("Cache cache has no replica");
        });
    }

    @Test
    void flagsACacheWithReplicasButNoAutomaticFailover() {
        var t = design("us-west-2:abc").cache("cache", "us-west-2", "ab", "{'automaticFailover': false}").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("Cache cache has no automatic failover"));
    }

    @Test
    void namesEverythingMissingInOneFinding() {
        var t = design("us-west-2:abc").cache("cache", "us-west-2", "a", "{'replicas': 0, 'automaticFailover': false}").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Cache cache has no replica, no automatic failover and all its nodes in one zone"));
    }

    @Test
    void passesAReplicatedCacheWithAutomaticFailoverAcrossZones() {
        var t = design("us-west-2:abc").cache("cache", "us-west-2", "ab", "{'replicas': 2, 'automaticFailover': true}").read();

        assertThat(check(rule, t)).isEmpty();
    }
}

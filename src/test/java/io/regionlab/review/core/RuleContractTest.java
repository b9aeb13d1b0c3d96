package io.regionlab.review.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.topology.core.Topology;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every rule promises, whatever it checks: a proper id and title, and findings a person can act on. */
class RuleContractTest {

    static Stream<Rule> rules() {
        return Review.rules().stream();
    }

    /** Designs with plenty wrong in them, so that most rules have something to say. */
    private static final List<Topology> FLAWED = List.of(
            Designs.example(),
            Designs.design("eu-west-1:abc", "us-east-1:abcdef")
                    .dns("dns", "latency", "{'healthChecks': false}").dns("fo", "failover", "{'healthChecks': false}")
                    .dns("w", "weighted", "{'healthChecks': false}")
                    .cdn("cdn", "{}").lb("lb", "eu-west-1", "a")
                    .asg("asg", "eu-west-1", "ab", "{'minSize': 1, 'healthCheckType': 'EC2', 'launch': 'configuration'}")
                    .asg("asg-us", "us-east-1", "e", "{}").lb("lb-us", "us-east-1", "ef")
                    .bucket("raw", "eu-west-1", "{'versioning': false}").bucket("raw-copy", "eu-west-1", "{}").bucket("raw-us", "us-east-1", "{}")
                    .endpoint("model", "eu-west-1", "{'instanceCount': 1, 'modelArtifacts': 'raw-us'}").notebook("lab", "eu-west-1", "b")
                    .rds("db", "eu-west-1", "{'multiAz': false, 'backupRetentionDays': 0, 'deletionProtection': false}")
                    .table("t1", "eu-west-1", "{'pointInTimeRecovery': false}").table("t2", "eu-west-1", "{'partitionKey': 'other'}")
                    .table("t3", "eu-west-1", "{'pointInTimeRecovery': false}")
                    .cache("cache", "eu-west-1", "a", "{'replicas': 0, 'automaticFailover': false}")
                    .routes("dns", "lb").routes("fo", "cdn").routes("w", "lb").routes("w", "lb-us")
                    .routes("cdn", "lb").routes("lb", "asg").routes("lb-us", "asg-us")
                    .link("asg", "model", "invokes").link("asg", "db", "reads-writes").link("asg-us", "t1", "reads-writes")
                    .replicates("raw", "raw-copy").replicates("raw", "raw-us").replicates("t1", "t2")
                    .recovery("region").read(),
            Designs.design("ap-southeast-1:abc").recovery("region").rds("db", "ap-southeast-1", "{}").read());

    @ParameterizedTest
    @MethodSource("rules")
    void hasAKebabCaseIdATitleAndTeachingIds(Rule rule) {
        assertThat(rule.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(rule.title()).isNotBlank().doesNotContain("\n");
        assertThat(rule.teaches()).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches("[a-z0-9-]+"));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void findingsAreComplete(Rule rule) {
        for (Topology design : FLAWED) {
            for (Finding f : rule.check(design, Designs.CATALOG)) {
                assertThat(f.rule()).isEqualTo(rule.id());
                assertThat(f.severity()).isEqualTo(rule.severity());
                assertThat(f.teaches()).isEqualTo(rule.teaches());
                assertThat(f.target()).satisfiesAnyOf(
                        t -> assertThat(t).isEqualTo("design"),
                        t -> assertThat(t).matches("links\\[\\d+]"),
                        t -> assertThat(design.component(t)).isPresent());
                assertThat(f.message()).as("one line").isNotBlank().doesNotContain("\n");
                if (!f.target().equals("design") && !f.target().startsWith("links[")) {
                    assertThat(f.message()).as("names its component").contains(f.target());
                }
                assertThat(f.why()).isNotBlank();
                assertThat(f.fix()).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("rules")
    void isQuietOnASoundDesign(Rule rule) {
        assertThat(rule.check(Designs.sound().read(), Designs.CATALOG)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void firesOnSomeFlawedDesign(Rule rule) {
        assertThat(FLAWED.stream().flatMap(d -> rule.check(d, Designs.CATALOG).stream())).as(rule.id()).isNotEmpty();
    }
}

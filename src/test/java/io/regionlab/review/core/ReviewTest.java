package io.regionlab.review.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The whole review over the DESIGN.md example and over a design that does everything right. */
class ReviewTest {

    private final List<Finding> example = Review.of(Designs.example(), Designs.CATALOG);

    @Test
    void theDesignGuideExampleGetsExactlyTheFindingsItDeserves() {
        assertThat(example).extracting(Finding::rule, Finding::target).containsExactly(
                tuple("dns-failover-no-health-checks", "dns"),
                tuple("dns-failover-no-secondary", "dns"),
                tuple("asg-ec2-health-check", "api-asg"),
                tuple("rds-no-deletion-protection", "db"),
                tuple("replication-leaves-jurisdiction", "links[4]"));
    }

    @Test
    void theExamplesFailoverRecordIsFlaggedForRoutingToASingleRegion() {
        assertThat(example).filteredOn(f -> f.rule().equals("dns-failover-no-secondary")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo(
                    "Failover record dns (api.example.com) routes only to us-west-2 (api-lb): no secondary in another Region");
            assertThat(f.fix()).contains("eu-west-1");
        });
    }

    @Test
    void whatTheExampleGetsRightIsNotFlagged() {
        Set<String> rules = example.stream().map(Finding::rule).collect(Collectors.toSet());
        assertThat(rules).as("ASG across 3 zones with minSize 3").doesNotContain("asg-single-zone", "asg-min-below-zones");
        assertThat(rules).as("endpoint with 2 instances").doesNotContain("endpoint-single-instance");
        assertThat(rules).as("versioning on both buckets").doesNotContain("s3-replication-versioning");
        assertThat(rules).as("RDS Multi-AZ with backups").doesNotContain("rds-single-az", "rds-backups-off");
        assertThat(rules).as("load balancer in the ASG's three zones").doesNotContain("lb-single-zone", "lb-zones-miss-targets");
        assertThat(rules).as("a launch template by default").doesNotContain("asg-launch-configuration");
    }

    @Test
    void aDesignThatDoesEverythingRightHasNoFindings() {
        assertThat(Review.of(Designs.sound().read(), Designs.CATALOG)).isEmpty();
    }

    @Test
    void findingsAreSortedBySeverityThenTargetThenRule() {
        List<Finding> findings = Review.of(Designs.sound()
                .set("db-east", "{'multiAz': false, 'deletionProtection': false}")
                .set("model-west", "{'instanceCount': 1}")
                .set("dns", "{'healthChecks': false}")
                .notebook("lab", "us-east-1", "a")
                .read(), Designs.CATALOG);

        assertThat(findings).extracting(Finding::severity, Finding::target, Finding::rule).containsExactly(
                tuple(Severity.ERROR, "db-east", "rds-single-az"),
                tuple(Severity.ERROR, "dns", "dns-failover-no-health-checks"),
                tuple(Severity.ERROR, "model-west", "endpoint-single-instance"),
                tuple(Severity.WARNING, "db-east", "rds-no-deletion-protection"),
                tuple(Severity.ADVICE, "lab", "notebook-single-point"));
    }

    @Test
    void thereAreAtLeastTwentyTwoRulesWithUniqueIdsInAStableOrder() {
        List<String> ids = Review.rules().stream().map(Rule::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(22).doesNotHaveDuplicates();
        assertThat(Review.rules().stream().map(Rule::id).toList()).isEqualTo(ids);
    }
}

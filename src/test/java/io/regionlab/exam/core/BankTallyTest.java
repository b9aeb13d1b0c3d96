package io.regionlab.exam.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BankTallyTest {

    @Test
    void identicalPromptsAreFullySimilarAndUnrelatedOnesAreNot() {
        assertThat(BankTally.similarity("A company stores data in S3.", "a company stores data in s3")).isEqualTo(1.0);
        assertThat(BankTally.similarity("Which metric suits imbalanced fraud labels?", "How should the team encrypt endpoint volumes?"))
                .isLessThan(0.1);
    }

    @Test
    void aRewordedPromptIsCaughtAsANearDuplicate() {
        String a = "A retailer streams clickstream events and needs them in Amazon S3 within 60 seconds with the least operational overhead.";
        String b = "A retailer streams clickstream events and needs them in Amazon S3 within 90 seconds with the least operational overhead.";
        assertThat(BankTally.similarity(a, b)).isGreaterThanOrEqualTo(BankTally.NEAR_DUPLICATE);
    }
}

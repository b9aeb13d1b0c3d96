package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Rule;
import io.regionlab.review.core.Severity;
import org.junit.jupiter.api.Test;

class ZoneNameBeyondThirdTest {

    private final Rule rule = new ZoneNameBeyondThird();

    @Test
    void advisesAgainstTheFifthAndSixthZoneNamesOfUsEast1() {
        var t = design("us-east-1:abef").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("design");
            assertThat(f.severity()).isEqualTo(Severity.ADVICE);
            assertThat(f.message()).isEqualTo("The design uses us-east-1e, us-east-1f, beyond the first three zone names of us-east-1");
            assertThat(f.fix()).contains("describe-availability-zones");
        });
    }

    @Test
    void passesTheFirstThreeZoneNames() {
        assertThat(check(rule, design("us-east-1:abc", "us-west-2:abc").read())).isEmpty();
    }

    @Test
    void countsTheCatalogsZonesNotTheAlphabet() {
        assertThat(check(rule, design("ca-central-1:abd").read())).as("ca-central-1 has a, b and d").isEmpty();
    }
}

package io.regionlab.review.core.rules;

import static io.regionlab.review.core.Designs.check;
import static io.regionlab.review.core.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.review.core.Designs;
import io.regionlab.review.core.Rule;
import io.regionlab.review.core.Severity;
import org.junit.jupiter.api.Test;

class NotebookSinglePointTest {

    private final Rule rule = new NotebookSinglePoint();

    @Test
    void advisesThatANotebookIsASinglePointOfFailure() {
        var t = design("us-west-2:abc").notebook("lab", "us-west-2", "a").read();

        assertThat(check(rule, t)).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("lab");
            assertThat(f.severity()).isEqualTo(Severity.ADVICE);
            assertThat(f.message()).isEqualTo("Notebook instance lab is a single instance in one zone of us-west-2");
            assertThat(f.teaches()).containsExactly("seed-notebook-regions");
        });
    }

    @Test
    void saysNothingWithoutNotebooks() {
        assertThat(check(rule, Designs.example())).isEmpty();
    }
}

package io.regionlab.exam.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Content is code: the real exam folder must load without a single problem. */
class ContentFilesTest {

    private static final Path MLS_C01 = Path.of("content/mls-c01");

    @Test
    void theMlsC01FolderLoadsWithoutProblems() {
        assertThatCode(() -> ContentLoader.load(MLS_C01)).doesNotThrowAnyException();
    }

    @Test
    void theMlsC01BlueprintHasTheExamGuidesFourDomainsAndFifteenTasks() {
        Blueprint bp = ContentLoader.load(MLS_C01).blueprint();

        assertThat(bp.exam()).isEqualTo("MLS-C01");
        assertThat(bp.domains()).extracting(Domain::id).containsExactly("1", "2", "3", "4");
        assertThat(bp.domains()).extracting(Domain::weight).containsExactly(20, 24, 36, 20);
        assertThat(bp.tasks()).hasSize(15);
        assertThat(bp.format().passingScore()).isEqualTo(750);
    }

    @Test
    void theMlsC01BankHasQuestionsAndCardsWithDistinctVersions() {
        ContentBank bank = ContentLoader.load(MLS_C01);

        assertThat(bank.questions()).isNotEmpty();
        assertThat(bank.cards()).isNotEmpty();
        Set<String> versions = bank.questions().stream().map(Question::version).collect(Collectors.toSet());
        assertThat(versions).hasSameSizeAs(bank.questions());
    }
}

package io.regionlab.exam.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentLoaderTest {

    private static final String BLUEPRINT = """
            exam: TEST-C01
            title: Test exam
            version: "1"
            source:
              title: Test guide
              url: https://example.com/guide
            format:
              questions: 65
              scored: 50
              unscored: 15
              minutes: 180
              questionTypes: [single, multiple]
              scaledScore: {min: 100, max: 1000, passing: 750}
            estimate:
              cutProportion: 0.72
              confidence: 0.95
            domains:
              - id: "1"
                name: Data
                weight: 40
                tasks:
                  - id: "1.1"
                    name: Store data
                  - id: "1.2"
                    name: Move data
              - id: "2"
                name: Models
                weight: 60
                tasks:
                  - id: "2.1"
                    name: Train models
            """;

    private static final String QUESTION = """
            questions:
              - id: seed-x
                type: single
                domain: "1"
                task: "1.1"
                source: seed
                prompt: |
                  Which service stores a data lake?
                options:
                  - text: Amazon S3
                    correct: true
                    why: Object storage at any scale.
                  - text: Amazon EBS
                    correct: false
                    why: Block storage for one instance.
                  - text: Amazon EFS
                    correct: false
                    why: A shared file system.
                  - text: Amazon RDS
                    correct: false
                    why: A relational database.
                explanation: |
                  S3 is the usual data lake store.
                references:
                  - title: What is Amazon S3?
                    url: https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html
            """;

    private static final String TRUE_FALSE = """
            questions:
              - id: seed-tf
                type: true-false
                domain: "2"
                task: "2.1"
                source: original
                prompt: Training needs labelled data for supervised learning.
                options:
                  - text: "True"
                    correct: true
                    why: Supervised learning learns from labels.
                  - text: "False"
                    correct: false
                    why: Without labels it is unsupervised.
                explanation: Labels are the supervision.
                references:
                  - title: Supervised learning
                    url: https://docs.aws.amazon.com/machine-learning/
            """;

    private static final String MULTIPLE = """
            questions:
              - id: seed-multi
                type: multiple
                domain: "1"
                task: "1.2"
                source: original
                prompt: Which two services ingest streams?
                options:
                  - text: Amazon Kinesis Data Streams
                    correct: true
                    why: It ingests streams.
                  - text: Amazon Data Firehose
                    correct: true
                    why: It delivers streams.
                  - text: Amazon Athena
                    correct: false
                    why: It queries data at rest.
                  - text: AWS Glue DataBrew
                    correct: false
                    why: It prepares data visually.
                explanation: Kinesis and Firehose handle streams.
                references:
                  - title: Streaming data
                    url: https://docs.aws.amazon.com/streams/
            """;

    private static final String CARD = """
            cards:
              - id: card-lake
                domain: "1"
                task: "1.1"
                source: seed
                front: Where does a data lake usually live on AWS?
                back: In Amazon S3.
                references: []
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void validExam() throws IOException {
        write("blueprint.yaml", BLUEPRINT);
        write("questions/q.yaml", QUESTION);
        write("cards/c.yaml", CARD);
    }

    // ---------------------------------------------------------------- what loads

    @Test
    void aValidExamFolderLoads() throws IOException {
        write("questions/tf.yaml", TRUE_FALSE);
        write("questions/multi.yaml", MULTIPLE);

        ContentBank bank = ContentLoader.load(dir);

        Blueprint bp = bank.blueprint();
        assertThat(bp.exam()).isEqualTo("TEST-C01");
        assertThat(bp.format()).isEqualTo(new ExamFormat(65, 50, 15, 180,
                List.of(QuestionType.SINGLE, QuestionType.MULTIPLE), 100, 1000, 750));
        assertThat(bp.estimate()).isEqualTo(new ScoreEstimate(0.72, 0.95));
        assertThat(bp.domains()).extracting(Domain::id, Domain::weight).containsExactly(tuple("1", 40),
                tuple("2", 60));
        assertThat(bp.domainOfTask("1.2").name()).isEqualTo("Data");
        assertThat(bp.task("2.1")).contains(new Task("2.1", "Train models"));

        // files in name order: multi.yaml, q.yaml, tf.yaml
        assertThat(bank.questions()).extracting(Question::id).containsExactly("seed-multi", "seed-x", "seed-tf");
        Question question = bank.questions().get(1);
        assertThat(question.prompt()).isEqualTo("Which service stores a data lake?");
        assertThat(question.options()).extracting(Option::key).containsExactly("A", "B", "C", "D");
        assertThat(question.correctKeys()).containsExactly("A");
        assertThat(question.version()).matches("[0-9a-f]{16}");
        assertThat(question.reviewerNote()).isNull();
        assertThat(bank.questions().get(0).correctKeys()).containsExactly("A", "B");

        assertThat(bank.cards()).singleElement().satisfies(card -> {
            assertThat(card.id()).isEqualTo("card-lake");
            assertThat(card.back()).isEqualTo("In Amazon S3.");
            assertThat(card.references()).isEmpty();
            assertThat(card.version()).matches("[0-9a-f]{16}");
        });
    }

    @Test
    void loadedItemsSurviveAJsonRoundTrip() throws IOException {
        write("questions/multi.yaml", MULTIPLE);
        ContentBank bank = ContentLoader.load(dir);
        ObjectMapper json = new ObjectMapper();

        for (Question question : bank.questions()) {
            assertThat(json.readValue(json.writeValueAsString(question), Question.class)).isEqualTo(question);
        }
        assertThat(json.readValue(json.writeValueAsString(bank.cards().get(0)), Card.class))
                .isEqualTo(bank.cards().get(0));
        assertThat(json.readValue(json.writeValueAsString(bank.blueprint()), Blueprint.class))
                .isEqualTo(bank.blueprint());
    }

    @Test
    void theCardsFolderIsOptional() throws IOException {
        Files.delete(dir.resolve("cards/c.yaml"));
        Files.delete(dir.resolve("cards"));

        assertThat(ContentLoader.load(dir).cards()).isEmpty();
    }

    // ---------------------------------------------------------------- versions

    @Test
    void theVersionIsStableAcrossLoadsAndIgnoresReformatting() throws IOException {
        String before = ContentLoader.load(dir).questions().get(0).version();
        assertThat(ContentLoader.load(dir).questions().get(0).version()).isEqualTo(before);

        write("questions/q.yaml", """
                # the same question, written differently
                questions:
                - task: '1.1'
                  domain: '1'
                  id: seed-x
                  type: "single"
                  source: seed
                  prompt: "Which service stores a data lake?\\n"
                  options:
                  - {why: Object storage at any scale., correct: true, text: Amazon S3}
                  - {text: Amazon EBS, correct: false, why: Block storage for one instance.}
                  - text: Amazon EFS
                    why: >-
                      A shared
                      file system.
                    correct: false
                  - text: "Amazon RDS"
                    correct: false
                    why: |-
                      A relational database.
                  explanation: S3 is the usual data lake store.
                  references: [{url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html",
                                title: "What is Amazon S3?"}]
                """);

        assertThat(ContentLoader.load(dir).questions().get(0).version()).isEqualTo(before);
    }

    @Test
    void theVersionDoesNotDependOnTheId() throws IOException {
        String before = ContentLoader.load(dir).questions().get(0).version();
        write("questions/q.yaml", QUESTION.replace("id: seed-x", "id: seed-renamed"));

        assertThat(ContentLoader.load(dir).questions().get(0).version()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Which service stores a data lake?        | Which service stores a data lake today?
            text: Amazon EFS                         | text: Amazon FSx
            why: A shared file system.               | why: A shared NFS file system.
            S3 is the usual data lake store.         | S3 is the usual store.
            title: What is Amazon S3?                | title: Amazon S3 user guide
            userguide/Welcome.html                   | userguide/GetStartedWithS3.html
            task: "1.1"                              | task: "1.2"
            source: seed                             | source: original
            """)
    void theVersionChangesWhenAnyContentChanges(String from, String to) throws IOException {
        String before = ContentLoader.load(dir).questions().get(0).version();
        write("questions/q.yaml", replaced(QUESTION, from, to));

        assertThat(ContentLoader.load(dir).questions().get(0).version()).isNotEqualTo(before);
    }

    @Test
    void theVersionChangesWhenTheKeyOrAReviewerNoteChanges() throws IOException {
        String before = ContentLoader.load(dir).questions().get(0).version();

        write("questions/q.yaml", replaced(replaced(QUESTION, "correct: true", "correct: false"),
                "text: Amazon EBS\n        correct: false", "text: Amazon EBS\n        correct: true"));
        String rekeyed = ContentLoader.load(dir).questions().get(0).version();

        write("questions/q.yaml", QUESTION + "    reviewerNote: The source said EFS; the S3 guide says S3.\n");
        String noted = ContentLoader.load(dir).questions().get(0).version();

        assertThat(List.of(before, rekeyed, noted)).doesNotHaveDuplicates();
    }

    // ---------------------------------------------------------------- refusals, one by one

    @Test
    void malformedYamlIsRefusedWithItsLine() throws IOException {
        write("questions/q.yaml", "questions:\n  - id: seed-x\n   type: single\n");

        assertThat(problems()).containsExactly("questions/q.yaml: malformed YAML at line 3, column 4: while parsing "
                + "a block collection: expected <block end>, but found '<block mapping start>'");
    }

    @Test
    void aRepeatedKeyIsMalformed() throws IOException {
        write("questions/q.yaml", replaced(QUESTION, "type: single", "type: single\n    type: multiple"));

        assertThat(problems()).containsExactly("questions/q.yaml: malformed YAML at line 4, column 9: "
                + "Duplicate field 'type'");
    }

    @Test
    void unknownFieldsAreNamed() throws IOException {
        write("questions/q.yaml", replaced(QUESTION, "why: Block storage for one instance.",
                "why: Block storage for one instance.\n        hint: think blocks"));

        assertThat(problems()).containsExactly(
                "questions/q.yaml: seed-x: options[1].hint: unknown field (allowed: text, correct, why)");
    }

    @Test
    void missingAndBlankFieldsAreNamedWithTheirPath() throws IOException {
        write("questions/q.yaml", replaced(replaced(QUESTION, "why: Block storage for one instance.", "why: \" \""),
                "    explanation: |\n      S3 is the usual data lake store.\n", ""));

        assertThat(problems()).containsExactly(
                "questions/q.yaml: seed-x: options[1].why: must not be blank",
                "questions/q.yaml: seed-x: explanation: is required");
    }

    @Test
    void idsMustBeLowercaseWordsJoinedByHyphens() throws IOException {
        write("questions/q.yaml", replaced(replaced(QUESTION, "id: seed-x", "id: Seed_X"),
                "prompt: |\n      Which service stores a data lake?", "prompt: ''"));

        assertThat(problems()).containsExactly(
                "questions/q.yaml: questions[0].id: must match [a-z0-9]+(-[a-z0-9]+)* "
                        + "(lowercase letters and digits, words joined by -)",
                "questions/q.yaml: questions[0].prompt: must not be blank");
    }

    @Test
    void duplicateIdsNameBothFiles() throws IOException {
        write("questions/a.yaml", QUESTION);

        assertThat(problems()).containsExactly(
                "questions/q.yaml: seed-x: id: duplicate id, also used in questions/a.yaml");
    }

    @Test
    void unknownTypesAreRefused() throws IOException {
        write("questions/q.yaml", replaced(QUESTION, "type: single", "type: essay"));

        assertThat(problems()).containsExactly(
                "questions/q.yaml: seed-x: type: must be one of true-false, single, multiple (was \"essay\")");
    }

    @Test
    void theDomainMustBeInTheBlueprint() throws IOException {
        write("questions/q.yaml", replaced(QUESTION, "domain: \"1\"", "domain: \"7\""));

        assertThat(problems()).containsExactly(
                "questions/q.yaml: seed-x: domain: unknown domain \"7\" (the blueprint has 1, 2)");
    }

    @Test
    void theTaskMustBeInTheQuestionsDomain() throws IOException {
        write("questions/q.yaml", replaced(QUESTION, "task: \"1.1\"", "task: \"2.1\""));
        write("cards/c.yaml", replaced(CARD, "task: \"1.1\"", "task: \"1.9\""));

        assertThat(problems()).containsExactly(
                "questions/q.yaml: seed-x: task: task \"2.1\" belongs to domain \"2\", not \"1\"",
                "cards/c.yaml: card-lake: task: unknown task \"1.9\" (domain \"1\" has 1.1, 1.2)");
    }

    @Test
    void idsLikeDomainsMustBeQuoted() throws IOException {
        write("questions/q.yaml", replaced(QUESTION, "domain: \"1\"", "domain: 1"));

        assertThat(problems()).containsExactly(
                "questions/q.yaml: seed-x: domain: must be a string (put it in quotes)");
    }

    @Test
    void aSingleQuestionNeedsFourOptionsAndOneCorrect() throws IOException {
        write("questions/q.yaml", replaced(replaced(QUESTION,
                "      - text: Amazon RDS\n        correct: false\n        why: A relational database.\n", ""),
                "text: Amazon EBS\n        correct: false", "text: Amazon EBS\n        correct: true"));

        assertThat(problems()).containsExactly(
                "questions/q.yaml: seed-x: options: a \"single\" question must have at least 4 options (has 3)",
                "questions/q.yaml: seed-x: options: a \"single\" question must have exactly 1 correct option (has 2)");
    }

    @Test
    void aMultipleQuestionNeedsTwoCorrectAndOneWrong() throws IOException {
        write("questions/q.yaml", replaced(QUESTION, "type: single", "type: multiple"));
        write("questions/multi.yaml", MULTIPLE.replace("correct: false", "correct: true"));

        assertThat(problems()).containsExactly(
                "questions/multi.yaml: seed-multi: options: a \"multiple\" question must have at least 1 wrong option "
                        + "(has 0)",
                "questions/q.yaml: seed-x: options: a \"multiple\" question must have at least 2 correct options "
                        + "(has 1)");
    }

    @Test
    void aTrueFalseQuestionHasTrueThenFalseAndOneCorrect() throws IOException {
        write("questions/tf.yaml", TRUE_FALSE.replace("text: \"True\"", "text: \"Yes\"")
                .replace("correct: false", "correct: true"));

        assertThat(problems()).containsExactly(
                "questions/tf.yaml: seed-tf: options[0].text: must be \"True\" in a true-false question",
                "questions/tf.yaml: seed-tf: options: a \"true-false\" question must have exactly 1 correct option "
                        + "(has 2)");
    }

    @Test
    void aTrueFalseQuestionHasExactlyTwoOptions() throws IOException {
        write("questions/tf.yaml", TRUE_FALSE.replace("    explanation:",
                "      - text: Maybe\n        correct: false\n        why: Not an option.\n    explanation:"));

        assertThat(problems()).containsExactly(
                "questions/tf.yaml: seed-tf: options: a \"true-false\" question must have exactly 2 options (has 3)");
    }

    @Test
    void anUnquotedTrueIsABooleanNotText() throws IOException {
        write("questions/tf.yaml", TRUE_FALSE.replace("text: \"True\"", "text: True"));

        assertThat(problems()).containsExactly(
                "questions/tf.yaml: seed-tf: options[0].text: must be a string (put it in quotes)");
    }

    @Test
    void optionTextsMustDiffer() throws IOException {
        write("questions/q.yaml", replaced(QUESTION, "text: Amazon EFS", "text: amazon  s3"));

        assertThat(problems()).containsExactly(
                "questions/q.yaml: seed-x: options[2].text: repeats the text of options[0]");
    }

    @Test
    void referencesMustExistAndUseHttps() throws IOException {
        write("questions/q.yaml", replaced(QUESTION, "https://docs.aws.amazon.com/AmazonS3",
                "http://docs.aws.amazon.com/AmazonS3"));
        write("questions/tf.yaml", replaced(TRUE_FALSE, "references:\n      - title: Supervised learning\n"
                + "        url: https://docs.aws.amazon.com/machine-learning/\n", "references: []\n"));

        assertThat(problems()).containsExactly(
                "questions/q.yaml: seed-x: references[0].url: must be an https URL "
                        + "(was \"http://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html\")",
                "questions/tf.yaml: seed-tf: references: must list at least one reference");
    }

    @Test
    void domainWeightsMustSumTo100() throws IOException {
        write("blueprint.yaml", replaced(BLUEPRINT, "weight: 60", "weight: 50"));

        assertThat(problems()).containsExactly("blueprint.yaml: domains: weights must sum to 100 (sum is 90)");
    }

    @Test
    void taskIdsStartWithTheirDomainId() throws IOException {
        write("blueprint.yaml", replaced(BLUEPRINT, "id: \"2.1\"", "id: \"3.1\""));
        write("questions/tf.yaml", TRUE_FALSE.replace("task: \"2.1\"", "task: \"3.1\""));

        assertThat(problems()).containsExactly(
                "blueprint.yaml: domains[1].tasks[0].id: must start with \"2.\" (its domain id and a dot)");
    }

    @Test
    void theFormatNumbersMustAgree() throws IOException {
        write("blueprint.yaml", replaced(replaced(BLUEPRINT, "unscored: 15", "unscored: 14"), "passing: 750",
                "passing: 1100"));

        assertThat(problems()).containsExactly(
                "blueprint.yaml: format: scored + unscored must equal questions (50 + 14 != 65)",
                "blueprint.yaml: format.scaledScore.passing: must be between min and max (100..1000), was 1100");
    }

    @Test
    void theEstimateMustBeAProportion() throws IOException {
        write("blueprint.yaml", replaced(BLUEPRINT, "cutProportion: 0.72", "cutProportion: 72"));

        assertThat(problems()).containsExactly(
                "blueprint.yaml: estimate.cutProportion: must be between 0 and 1, exclusive");
    }

    @Test
    void anUnknownQuestionTypeInTheFormatIsRefused() throws IOException {
        write("blueprint.yaml", replaced(BLUEPRINT, "[single, multiple]", "[single, ordering]"));

        assertThat(problems()).containsExactly("blueprint.yaml: format.questionTypes[1]: must be one of true-false, "
                + "single, multiple (was \"ordering\")");
    }

    @Test
    void cardsAreCheckedLikeQuestions() throws IOException {
        write("cards/c.yaml", replaced(replaced(CARD, "back: In Amazon S3.", "answer: In Amazon S3."),
                "source: seed", "source: blog"));

        assertThat(problems()).containsExactly(
                "cards/c.yaml: card-lake: answer: unknown field (allowed: id, domain, task, source, front, back, "
                        + "references, reviewerNote)",
                "cards/c.yaml: card-lake: source: must be seed or original (was \"blog\")",
                "cards/c.yaml: card-lake: back: is required");
    }

    @Test
    void missingFilesAndFoldersAreNamed() throws IOException {
        Files.delete(dir.resolve("blueprint.yaml"));
        Files.delete(dir.resolve("questions/q.yaml"));

        assertThat(problems()).containsExactly("blueprint.yaml: file is missing", "questions: holds no .yaml files");
        assertThat(catchThrowableOfType(ContentException.class, () -> ContentLoader.load(dir.resolve("nowhere")))
                .problems()).extracting(ContentProblem::message).singleElement().asString()
                .startsWith("exam folder not found: ");
    }

    @Test
    void aYmlFileIsNotSilentlySkipped() throws IOException {
        write("questions/extra.yml", MULTIPLE);

        assertThat(problems()).containsExactly(
                "questions/extra.yml: only .yaml files are read: rename it to end in .yaml");
    }

    @Test
    void everyProblemInEveryFileIsReportedAtOnce() throws IOException {
        write("blueprint.yaml", replaced(BLUEPRINT, "weight: 60", "weight: 61"));
        write("questions/q.yaml", replaced(QUESTION, "source: seed", "source: web"));
        write("questions/broken.yaml", "questions: [");
        write("cards/c.yaml", replaced(CARD, "front: Where", "front: \"\"\n    extra: Where"));

        ContentException refused = catchThrowableOfType(ContentException.class, () -> ContentLoader.load(dir));

        assertThat(refused.problems()).hasSize(5);
        assertThat(refused.getMessage()).startsWith("5 content problems:\n")
                .contains("\nblueprint.yaml: domains: weights must sum to 100 (sum is 101)\n")
                .contains("\nquestions/broken.yaml: malformed YAML at line ")
                .contains("\nquestions/q.yaml: seed-x: source: must be seed or original (was \"web\")\n")
                .contains("\ncards/c.yaml: card-lake: extra: unknown field")
                .endsWith("\ncards/c.yaml: card-lake: front: must not be blank");
        assertThat(refused.getMessage().lines()).hasSize(6);
    }

    @Test
    void aProblemReadsAsFileItemFieldAndMessage() {
        assertThat(new ContentProblem("questions/seed.yaml", "seed-x", "options[1].why", "must not be blank"))
                .hasToString("questions/seed.yaml: seed-x: options[1].why: must not be blank");
        assertThat(new ContentProblem("blueprint.yaml", null, "domains", "weights must sum to 100 (sum is 90)"))
                .hasToString("blueprint.yaml: domains: weights must sum to 100 (sum is 90)");
        assertThat(new ContentProblem("blueprint.yaml", null, null, "file is missing"))
                .hasToString("blueprint.yaml: file is missing");
        assertThat(new ContentException(List.of(new ContentProblem("a.yaml", null, null, "file is empty"))))
                .hasMessage("1 content problem:\na.yaml: file is empty");
        assertThatThrownBy(() -> QuestionType.ofCode("essay")).isInstanceOf(IllegalArgumentException.class);
        assertThat(QuestionType.ofCode("true-false")).isEqualTo(QuestionType.TRUE_FALSE);
    }

    // ---------------------------------------------------------------- helpers

    private List<String> problems() {
        ContentException refused = catchThrowableOfType(ContentException.class, () -> ContentLoader.load(dir));
        assertThat(refused).as("the content should have been refused").isNotNull();
        return refused.problems().stream().map(ContentProblem::toString).toList();
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** {@code text} with {@code from} replaced; fails when {@code from} is not there, so a test cannot go stale. */
    private static String replaced(String text, String from, String to) {
        assertThat(text).as("fixture").contains(from);
        return text.replace(from, to);
    }
}

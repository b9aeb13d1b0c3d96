package io.regionlab.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.support.Learners;
import io.regionlab.support.Learners.Client;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExamApiTest {

    @Inject
    AgroalDataSource db;

    @Inject
    ContentStore content;

    @Test
    void aWholeExamFromStartToReview() throws SQLException {
        Client learner = Learners.signUp();
        JsonPath exam = learner.json(Map.of("mode", "exam")).post("/api/attempts")
                .then().statusCode(201).contentType(containsString("json"))
                .body("mode", equalTo("exam"))
                .body("status", equalTo("open"))
                .body("requested", equalTo(65))
                .body("secondsLeft", equalTo(180 * 60))
                .extract().jsonPath();
        String id = exam.getString("id");
        int count = exam.getInt("count");
        // The bank holds more than one exam, so this one is the real exam's size, drawn by the blueprint's weights.
        assertThat(count).isEqualTo(65);
        assertThat(exam.getString("notice")).isNull();
        Map<String, Long> perDomain = new java.util.TreeMap<>();
        for (int p = 1; p <= count; p++) {
            String qid = learner.req().get("/api/attempts/{id}/items/{p}", id, p).then().extract().path("question.id");
            perDomain.merge(content.current(qid).orElseThrow().domain(), 1L, Long::sum);
        }
        assertThat(perDomain).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("1", 13L, "2", 16L, "3", 23L, "4", 13L)));

        // An exam question shows no key and no explanation while the exam is open.
        String q1 = learner.req().get("/api/attempts/{id}/items/1", id).then().statusCode(200)
                .body("feedback", nullValue()).body("question.options", notNullValue())
                .extract().path("question.id");
        var question1 = content.current(q1).orElseThrow();
        List<String> wrong = wrongAnswer(question1);
        List<String> right = List.copyOf(question1.correctKeys());

        learner.json(Map.of("chosen", wrong)).put("/api/attempts/{id}/items/1/answer", id)
                .then().statusCode(200).body("chosen", equalTo(wrong)).body("feedback", nullValue());
        learner.json(Map.of("chosen", right)).put("/api/attempts/{id}/items/1/answer", id)
                .then().statusCode(200).body("chosen", equalTo(right));
        learner.json(Map.of("flagged", true)).put("/api/attempts/{id}/items/2/flag", id)
                .then().statusCode(200).body("flagged", equalTo(true));

        // Leave and come back in a new session: the exam resumes where it was.
        Client again = new Client(learner.username(), relogin(learner), learner.csrf());
        again.req().get("/api/attempts/{id}", id).then().statusCode(200)
                .body("status", equalTo("open"))
                .body("answered", equalTo(1))
                .body("flagged", equalTo(1))
                .body("items[0].answered", equalTo(true))
                .body("items[0].correct", nullValue())
                .body("items[1].flagged", equalTo(true));

        // The deadline passes while the learner is away.
        moveDeadlineIntoThePast(id);

        again.req().get("/api/attempts/{id}", id).then().statusCode(200)
                .body("status", equalTo("submitted"))
                .body("submittedBy", equalTo("deadline"));
        again.json(Map.of("chosen", wrong)).put("/api/attempts/{id}/items/1/answer", id)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("submitted"));

        JsonPath result = again.req().get("/api/attempts/{id}/result", id).then().statusCode(200).extract().jsonPath();
        assertThat(result.getInt("correct")).isEqualTo(1);
        assertThat(result.getInt("total")).isEqualTo(count);
        assertThat(result.getInt("unanswered")).isEqualTo(count - 1);
        assertThat(result.getString("estimateNote")).contains("Estimated");
        assertThat(result.getList("domains")).hasSize(4);
        assertThat(result.getList("tasks")).hasSize(15);
        assertThat(result.getInt("scaledEstimate.low")).isLessThanOrEqualTo(result.getInt("scaledEstimate.estimate"));
        assertThat(result.getBoolean("passed")).isFalse();

        // The review shows every question with its key, explanation and the answer kept from before the deadline.
        again.req().get("/api/attempts/{id}/review", id).then().statusCode(200)
                .body("items", hasSize(count))
                .body("items[0].chosen", equalTo(right))
                .body("items[0].feedback.correct", equalTo(true))
                .body("items[0].feedback.explanation", notNullValue())
                .body("items[1].feedback.correct", equalTo(false));
    }

    @Test
    void aSubmittedExamRefusesAnswersAndFlagsAndChangesNothing() {
        Client learner = Learners.signUp();
        String id = learner.json(Map.of("mode", "exam")).post("/api/attempts").then().statusCode(201).extract().path("id");
        learner.req().post("/api/attempts/{id}/submit", id).then().statusCode(200).body("correct", equalTo(0));

        learner.json(Map.of("chosen", List.of("A"))).put("/api/attempts/{id}/items/1/answer", id)
                .then().statusCode(409).contentType("application/problem+json");
        learner.json(Map.of("flagged", true)).put("/api/attempts/{id}/items/1/flag", id).then().statusCode(409);
        learner.req().post("/api/attempts/{id}/submit", id).then().statusCode(409);
        learner.req().get("/api/attempts/{id}", id).then()
                .body("answered", equalTo(0)).body("flagged", equalTo(0)).body("submittedBy", equalTo("learner"));
    }

    @Test
    void onlyOneExamRunsAtATime() {
        Client learner = Learners.signUp();
        String first = learner.json(Map.of("mode", "exam")).post("/api/attempts").then().statusCode(201).extract().path("id");
        learner.json(Map.of("mode", "exam")).post("/api/attempts").then().statusCode(409)
                .body("detail", containsString(first));
    }

    @Test
    void practiceExplainsEachAnswerAndKeepsTheFirstOne() {
        Client learner = Learners.signUp();
        String id = learner.json(Map.of("mode", "practice", "count", 3)).post("/api/attempts")
                .then().statusCode(201).body("count", equalTo(3)).body("deadlineAt", nullValue()).extract().path("id");
        String qid = learner.req().get("/api/attempts/{id}/items/1", id).then().extract().path("question.id");
        var question = content.current(qid).orElseThrow();
        List<String> wrong = wrongAnswer(question);

        learner.json(Map.of("chosen", wrong)).put("/api/attempts/{id}/items/1/answer", id).then().statusCode(200)
                .body("feedback.correct", equalTo(false))
                .body("feedback.correctKeys", equalTo(List.copyOf(question.correctKeys())))
                .body("feedback.explanation", equalTo(question.explanation()))
                .body("feedback.options", hasSize(question.options().size()))
                .body("feedback.options[0].why", equalTo(question.options().get(0).why()));

        // The same answer again is the same answer; a different one is refused.
        learner.json(Map.of("chosen", wrong)).put("/api/attempts/{id}/items/1/answer", id).then().statusCode(200)
                .body("feedback.correct", equalTo(false));
        learner.json(Map.of("chosen", List.copyOf(question.correctKeys()))).put("/api/attempts/{id}/items/1/answer", id)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("already answered"));
    }

    @Test
    void drillAsksOnlyTheChosenTaskAndMissedReviewAsksWhatWasWrong() {
        Client learner = Learners.signUp();
        String drill = learner.json(Map.of("mode", "drill", "task", "4.1", "count", 50)).post("/api/attempts")
                .then().statusCode(201).body("scope", equalTo("4.1")).extract().path("id");
        int count = learner.req().get("/api/attempts/{id}", drill).then().extract().path("count");
        long inTask = content.questions().stream().filter(q -> q.task().equals("4.1")).count();
        assertThat(count).isEqualTo((int) inTask);
        for (int p = 1; p <= count; p++) {
            learner.req().get("/api/attempts/{id}/items/{p}", drill, p).then().body("question.task", equalTo("4.1"));
        }

        learner.json(Map.of("mode", "missed")).post("/api/attempts").then().statusCode(409)
                .body("detail", containsString("no missed questions"));

        String qid = learner.req().get("/api/attempts/{id}/items/1", drill).then().extract().path("question.id");
        learner.json(Map.of("chosen", wrongAnswer(content.current(qid).orElseThrow()))).put("/api/attempts/{id}/items/1/answer", drill)
                .then().statusCode(200);
        String missed = learner.json(Map.of("mode", "missed")).post("/api/attempts").then().statusCode(201)
                .body("count", equalTo(1)).extract().path("id");
        learner.req().get("/api/attempts/{id}/items/1", missed).then().body("question.id", equalTo(qid));
    }

    @Test
    void anotherLearnersAttemptIsNeitherReadableNorAnswerable() {
        Client owner = Learners.signUp();
        Client other = Learners.signUp();
        String id = owner.json(Map.of("mode", "practice")).post("/api/attempts").then().statusCode(201).extract().path("id");

        other.req().get("/api/attempts/{id}", id).then().statusCode(404).contentType("application/problem+json");
        other.req().get("/api/attempts/{id}/items/1", id).then().statusCode(404);
        other.req().get("/api/attempts/{id}/review", id).then().statusCode(404);
        other.json(Map.of("chosen", List.of("A"))).put("/api/attempts/{id}/items/1/answer", id).then().statusCode(404);
        other.req().post("/api/attempts/{id}/submit", id).then().statusCode(404);
        other.req().get("/api/attempts").then().statusCode(200).body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));

        owner.req().get("/api/attempts/{id}", id).then().statusCode(200).body("answered", equalTo(0)).body("status", equalTo("open"));
    }

    @Test
    void signedOutCallersAreAskedToSignIn() {
        io.restassured.RestAssured.given().accept("application/json").get("/api/attempts")
                .then().statusCode(401).contentType("application/problem+json").body("title", equalTo("Sign-in required"));
    }

    private void moveDeadlineIntoThePast(String id) throws SQLException {
        try (var connection = db.getConnection();
                var update = connection.prepareStatement(
                        "UPDATE attempt SET started_at = now() - interval '3 hours 1 second', deadline_at = now() - interval '1 second' WHERE id = ?")) {
            update.setObject(1, UUID.fromString(id));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static Map<String, String> relogin(Client learner) {
        var login = io.restassured.RestAssured.given().cookies(learner.cookies())
                .formParam("j_username", learner.username()).formParam("j_password", "a long enough password")
                .redirects().follow(false).post("/j_security_check");
        var cookies = new java.util.HashMap<>(learner.cookies());
        cookies.put("regionlab-session", login.cookie("regionlab-session"));
        return cookies;
    }

    static List<String> wrongAnswer(io.regionlab.exam.core.Question q) {
        List<String> wrongKeys = q.options().stream().filter(o -> !o.correct()).map(o -> o.key()).toList();
        List<String> rightKeys = List.copyOf(q.correctKeys());
        // Same number of options as the key, but not the key: swap one right option for a wrong one.
        List<String> answer = new java.util.ArrayList<>(rightKeys.subList(1, rightKeys.size()));
        answer.add(wrongKeys.get(0));
        return answer.stream().sorted().toList();
    }
}

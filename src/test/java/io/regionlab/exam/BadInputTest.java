package io.regionlab.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.support.Learners;
import io.regionlab.support.Learners.Client;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Every refusal is a 4xx problem that names what is wrong, and leaves the attempt as it was. */
@QuarkusTest
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ContentStore content;

    @Test
    void malformedJsonIsRefusedWithWhereItBroke() {
        Client learner = Learners.signUp();
        String id = practice(learner);
        learner.req().contentType("application/json").body("{\"chosen\": [\"A\"").put("/api/attempts/{id}/items/1/answer", id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Malformed JSON")).body("detail", containsString("line 1"));
        assertUnanswered(learner, id);
    }

    @Test
    void unknownFieldsAndWrongTypesAreNamed() {
        Client learner = Learners.signUp();
        String id = practice(learner);
        learner.json(Map.of("chosen", List.of("A"), "confidence", 3)).put("/api/attempts/{id}/items/1/answer", id)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("confidence"))
                .body("detail", containsString("confidence: unknown field"));
        learner.req().contentType("application/json").body("{\"chosen\": \"A\"}").put("/api/attempts/{id}/items/1/answer", id)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("chosen"));
        learner.json(Map.of("mode", "exam", "count", "many")).post("/api/attempts")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("count"));
        assertUnanswered(learner, id);
    }

    @Test
    void missingAndUnknownValuesAreNamed() {
        Client learner = Learners.signUp();
        learner.json(Map.of("mode", "cram")).post("/api/attempts")
                .then().statusCode(400).contentType(PROBLEM).body("detail", equalTo("mode: expected one of practice, drill, missed, exam"));
        learner.json(Map.of("mode", "drill", "task", "9.9")).post("/api/attempts")
                .then().statusCode(400).body("errors[0].field", equalTo("task")).body("detail", containsString("'9.9' is not a task statement"));
        learner.json(Map.of("mode", "practice", "count", 0)).post("/api/attempts")
                .then().statusCode(400).body("detail", equalTo("count: must be between 1 and 100 (got 0)"));
        String id = practice(learner);
        learner.json(Map.of()).put("/api/attempts/{id}/items/1/answer", id)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("chosen"));
        learner.req().get("/api/attempts/{id}", UUID_NOBODY_HAS).then().statusCode(404).contentType(PROBLEM);
        learner.req().get("/api/attempts/{id}/items/99", id).then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("no question 99"));
        learner.req().get("/api/attempts/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        assertUnanswered(learner, id);
    }

    @Test
    void wrongOptionCountsAndUnknownOptionsAreRefused() {
        Client learner = Learners.signUp();
        String id = practice(learner);
        String qid = learner.req().get("/api/attempts/{id}/items/1", id).then().extract().path("question.id");
        var question = content.current(qid).orElseThrow();
        int need = question.correctCount();

        learner.json(Map.of("chosen", List.of())).put("/api/attempts/{id}/items/1/answer", id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("chosen: choose exactly " + need + (need == 1 ? " option" : " options") + " (got 0)"));
        learner.json(Map.of("chosen", List.of("A", "A"))).put("/api/attempts/{id}/items/1/answer", id)
                .then().statusCode(400).body("errors[0].field", equalTo("chosen[1]")).body("errors[0].message", equalTo("A is chosen twice"));
        learner.json(Map.of("chosen", List.of("A", "Q"))).put("/api/attempts/{id}/items/1/answer", id)
                .then().statusCode(400).body("errors[0].field", equalTo("chosen[1]")).body("errors[0].message", containsString("no option 'Q'"));
        assertUnanswered(learner, id);
    }

    @Test
    void oversizedPayloadsAreRefusedBeforeTheyAreRead() {
        Client learner = Learners.signUp();
        String id = practice(learner);
        String huge = "{\"chosen\": [\"" + "A".repeat(70_000) + "\"]}";
        learner.req().contentType("application/json").body(huge).put("/api/attempts/{id}/items/1/answer", id)
                .then().statusCode(413).contentType(PROBLEM).body("detail", containsString("65536 bytes"));
        assertUnanswered(learner, id);
    }

    @Test
    void stateChangingCallsWithoutTheCsrfHeaderAreRefused() {
        Client learner = Learners.signUp();
        String id = practice(learner);
        io.restassured.RestAssured.given().cookies(learner.cookies()).contentType("application/json")
                .body(Map.of("chosen", List.of("A"))).put("/api/attempts/{id}/items/1/answer", id)
                .then().statusCode(403).contentType(PROBLEM).body("title", equalTo("CSRF token missing"));
        io.restassured.RestAssured.given().cookies(learner.cookies()).header("X-CSRF-TOKEN", "forged-token-value-00000")
                .contentType("application/json").body(Map.of("chosen", List.of("A"))).put("/api/attempts/{id}/items/1/answer", id)
                .then().statusCode(400).contentType(PROBLEM);
        assertUnanswered(learner, id);
    }

    @Test
    void twoIdenticalAnswersSentAtOnceStoreOneAnswer() throws Exception {
        Client learner = Learners.signUp();
        String id = practice(learner);
        String qid = learner.req().get("/api/attempts/{id}/items/1", id).then().extract().path("question.id");
        List<String> answer = List.copyOf(content.current(qid).orElseThrow().correctKeys());
        CountDownLatch start = new CountDownLatch(1);
        var sends = List.of(send(learner, id, answer, start), send(learner, id, answer, start));
        start.countDown();
        List<Response> responses = sends.stream().map(CompletableFuture::join).toList();

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(responses.get(0).jsonPath().getList("chosen")).isEqualTo(answer);
        assertThat(responses.get(1).jsonPath().getList("chosen")).isEqualTo(answer);
        learner.req().get("/api/attempts/{id}", id).then().body("answered", equalTo(1));
        learner.req().get("/api/history").then().body("mastery.find { it.taskId == '" + content.current(qid).orElseThrow().task() + "' }.answered", equalTo(1));
    }

    private static CompletableFuture<Response> send(Client learner, String id, List<String> answer, CountDownLatch start) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return learner.json(Map.of("chosen", answer)).put("/api/attempts/{id}/items/1/answer", id);
        });
    }

    private static final String UUID_NOBODY_HAS = "00000000-0000-4000-8000-000000000000";

    private static String practice(Client learner) {
        return learner.json(Map.of("mode", "practice", "count", 2)).post("/api/attempts").then().statusCode(201).extract().path("id");
    }

    private static void assertUnanswered(Client learner, String id) {
        learner.req().get("/api/attempts/{id}", id).then().statusCode(200).body("answered", equalTo(0));
    }
}

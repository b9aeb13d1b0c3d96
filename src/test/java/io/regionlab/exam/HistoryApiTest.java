package io.regionlab.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.support.Learners;
import io.regionlab.support.Learners.Client;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryApiTest {

    @Inject
    ContentStore content;

    @Test
    void historyShowsAttemptsTheDomainTrendAndMasteryOfOnlyThisLearner() {
        Client learner = Learners.signUp();
        Client someoneElse = Learners.signUp();
        someoneElse.json(Map.of("mode", "practice")).post("/api/attempts").then().statusCode(201);

        learner.req().get("/api/history").then().statusCode(200)
                .body("attempts", hasSize(0)).body("trend.attempts", hasSize(0)).body("mastery", hasSize(15))
                .body("mastery.level", org.hamcrest.Matchers.everyItem(equalTo("NOT_ENOUGH_ANSWERS")));

        String exam = learner.json(Map.of("mode", "exam")).post("/api/attempts").then().statusCode(201).extract().path("id");
        int count = learner.req().get("/api/attempts/{id}", exam).then().extract().path("count");
        for (int p = 1; p <= count; p++) {
            String qid = learner.req().get("/api/attempts/{id}/items/{p}", exam, p).then().extract().path("question.id");
            List<String> key = List.copyOf(content.current(qid).orElseThrow().correctKeys());
            learner.json(Map.of("chosen", key)).put("/api/attempts/{id}/items/{p}/answer", exam, p).then().statusCode(200);
        }
        learner.req().post("/api/attempts/{id}/submit", exam).then().statusCode(200)
                .body("correct", equalTo(count)).body("passed", equalTo(true));

        JsonPath history = learner.req().get("/api/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("attempts")).hasSize(1);
        assertThat(history.getList("trend.attempts")).containsExactly(exam);
        assertThat(history.getList("trend.domains")).hasSize(4);
        // Every answer was right: 100% in every domain of this exam.
        for (String domain : List.of("1", "2", "3", "4")) {
            assertThat(history.getList("trend.domains.find { it.id == '" + domain + "' }.percents")).containsExactly(100.0f);
        }
        // Mastery counts each answered question once, by its task; a task with five or more is judged.
        List<Integer> answered = history.getList("mastery.answered", Integer.class);
        assertThat(answered.stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
        List<Map<String, Object>> mastery = history.getList("mastery");
        assertThat(mastery).allSatisfy(m -> assertThat(m.get("level"))
                .isEqualTo((Integer) m.get("answered") >= 5 ? "MASTERED" : "NOT_ENOUGH_ANSWERS"));
    }
}

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
        // The seed questions are all in domain 4: 100% there, nothing asked elsewhere.
        assertThat(history.getList("trend.domains.find { it.id == '4' }.percents")).containsExactly(100.0f);
        assertThat(history.getList("trend.domains.find { it.id == '1' }.percents")).containsExactly((Object) null);
        long in41 = ExamApiTest.examStyle(content).stream().filter(q -> q.task().equals("4.1")).count();
        assertThat(history.getInt("mastery.find { it.taskId == '4.1' }.answered")).isEqualTo((int) in41);
        assertThat(history.getString("mastery.find { it.taskId == '4.1' }.level")).isEqualTo(in41 >= 5 ? "MASTERED" : "NOT_ENOUGH_ANSWERS");
    }
}

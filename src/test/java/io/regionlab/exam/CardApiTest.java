package io.regionlab.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.support.Learners;
import io.regionlab.support.Learners.Client;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CardApiTest {

    @Inject
    ContentStore content;

    @Test
    void aGradedCardIsScheduledByFsrsAndTheNextOneComesUp() {
        Client learner = Learners.signUp();
        int total = content.cards().size();
        learner.req().get("/api/cards").then().statusCode(200).body("fresh", equalTo(total)).body("due", equalTo(0));

        JsonPath first = learner.req().get("/api/cards/next").then().statusCode(200).extract().jsonPath();
        String cardId = first.getString("card.id");
        assertThat(cardId).isEqualTo(content.cards().get(0).id());
        // FSRS-6 defaults: a first "good" gives stability w2 = 2.3065 days, so the next review is in 2 days.
        assertThat(first.getInt("grades.find { it.grade == 'good' }.intervalDays")).isEqualTo(2);
        assertThat(first.getInt("grades.find { it.grade == 'easy' }.intervalDays")).isEqualTo(8);

        JsonPath graded = learner.json(Map.of("grade", "good", "reps", 0)).post("/api/cards/{id}/grade", cardId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(graded.getDouble("stability")).isEqualTo(2.3065, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(graded.getInt("intervalDays")).isEqualTo(2);
        Instant due = Instant.parse(graded.getString("dueAt"));
        assertThat(Duration.between(Instant.now(), due).toHours()).isBetween(47L, 48L);
        assertThat(graded.getInt("deck.learned")).isEqualTo(1);

        learner.req().get("/api/cards/next").then().statusCode(200)
                .body("card.id", equalTo(content.cards().get(1).id()));
    }

    @Test
    void theSameGradeSubmittedTwiceCountsOnce() {
        Client learner = Learners.signUp();
        String cardId = content.cards().get(0).id();
        learner.json(Map.of("grade", "again", "reps", 0)).post("/api/cards/{id}/grade", cardId).then().statusCode(200).body("reps", equalTo(1));
        learner.json(Map.of("grade", "again", "reps", 0)).post("/api/cards/{id}/grade", cardId)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("already graded"));
        learner.req().get("/api/cards").then().body("learned", equalTo(1));
    }

    @Test
    void badGradesAndUnknownCardsAreRefused() {
        Client learner = Learners.signUp();
        learner.json(Map.of("grade", "perfect")).post("/api/cards/{id}/grade", content.cards().get(0).id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("grade: expected one of again, hard, good, easy (got 'perfect')"));
        learner.json(Map.of("grade", "good")).post("/api/cards/{id}/grade", "no-such-card")
                .then().statusCode(404).contentType("application/problem+json");
        learner.req().get("/api/cards").then().body("learned", equalTo(0));
    }
}

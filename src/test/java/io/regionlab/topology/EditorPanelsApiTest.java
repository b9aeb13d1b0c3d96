package io.regionlab.topology;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.support.Learners;
import io.regionlab.topology.core.TopologyCodecTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server side of the editor's panels: files of an unsaved document, and practice on the questions a finding names. */
@QuarkusTest
class EditorPanelsApiTest {

    static final String EXAMPLE = TopologyCodecTest.EXAMPLE;

    @Test
    void anUnsavedDocumentHasTheFilesItsStoredVersionHas() {
        var owner = Learners.signUp();
        String id = owner.json(EXAMPLE).post("/api/designs").then().statusCode(201).extract().path("id");
        List<Map<String, String>> stored = owner.req().get("/api/designs/{id}/files", id).then().statusCode(200).extract().jsonPath().getList("");
        List<Map<String, String>> posted = given().contentType("application/json").body(EXAMPLE).post("/api/export/files")
                .then().statusCode(200).contentType(containsString("json"))
                .body("path", hasItem("cloudformation/us-west-2.template.json"))
                .body("path", hasItem("cloudformation/eu-west-1.template.json"))
                .body("path", hasItem("terraform/main.tf"))
                .extract().jsonPath().getList("");
        assertThat(posted).isEqualTo(stored);
    }

    @Test
    void aBadDocumentGetsNoFilesButTheFieldThatIsWrong() {
        String broken = EXAMPLE.replace("\"kind\": \"s3-bucket\",         \"region\": \"eu-west-1\"", "\"kind\": \"s3-bucket\", \"region\": \"eu-west-9\"");
        given().contentType("application/json").body(broken).post("/api/export/files").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("components[5].region"))
                .body("detail", containsString("eu-west-9"));
    }

    @Test
    void aPracticeSessionOnTheNamedQuestionsAsksExactlyThem() {
        var learner = Learners.signUp();
        List<String> named = List.of("seed-multi-az-purpose", "ops-endpoint-single-instance-az");
        learner.json(Map.of("mode", "practice", "questions", named)).post("/api/attempts").then().statusCode(201)
                .body("mode", equalTo("practice"))
                .body("count", equalTo(2))
                .body("items.questionId", equalTo(named));
    }

    @Test
    void unknownQuestionIdsAreRefusedByName() {
        var learner = Learners.signUp();
        learner.json(Map.of("mode", "practice", "questions", List.of("seed-multi-az-purpose", "no-such-question"))).post("/api/attempts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("questions[1]"))
                .body("detail", containsString("no-such-question"));
        learner.json(Map.of("mode", "exam", "questions", List.of("seed-multi-az-purpose"))).post("/api/attempts")
                .then().statusCode(400).body("errors.field", hasItem("questions"));
        learner.req().get("/api/attempts").then().body("size()", equalTo(0));
    }

    @Test
    void thePracticePageForAFindingListsItsQuestionsAndCardsAndNamesAnUnknownId() {
        var learner = Learners.signUp();
        learner.req().accept("text/html").get("/practice?questions=seed-multi-az-purpose,card-region-and-az").then().statusCode(200)
                .body(containsString("data-question=\"seed-multi-az-purpose\""))
                .body(containsString("data-card=\"card-region-and-az\""))
                .body(containsString("name=\"questions\" value=\"seed-multi-az-purpose\""))
                .body(not(containsString("value=\"seed-multi-az-purpose,card-region-and-az\"")));
        learner.req().accept("text/html").get("/practice?questions=seed-multi-az-purpose,<b>nope</b>").then().statusCode(400)
                .body(containsString("no practice question or flash card &#39;&lt;b&gt;nope&lt;/b&gt;&#39;"));
    }
}

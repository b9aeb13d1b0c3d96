package io.regionlab.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void healthIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/attempts'.post.summary", containsString("Start practice"))
                .body("paths.'/api/cards/{id}/grade'.post", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    @Test
    void pagesAnswerUnknownPathsWithAReadablePage() {
        given().accept("text/html").get("/no/such/page").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("There is nothing at /no/such/page"));
    }

    @Test
    void aFormWithoutItsCsrfTokenGetsAReadableRefusal() {
        var learner = io.regionlab.support.Learners.signUp();
        given().cookies(learner.cookies()).accept("text/html").contentType("application/x-www-form-urlencoded")
                .formParam("mode", "practice").post("/practice")
                .then().statusCode(400).contentType(containsString("text/html")).body(containsString("reload the page"));
        learner.req().get("/api/attempts").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void signedOutPagesSendPeopleToSignIn() {
        given().accept("text/html").redirects().follow(false).get("/history").then().statusCode(303)
                .header("Location", containsString("/login"));
    }
}

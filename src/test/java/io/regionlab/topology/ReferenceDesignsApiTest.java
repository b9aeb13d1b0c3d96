package io.regionlab.topology;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.support.Learners;
import io.regionlab.support.Learners.Client;
import io.regionlab.topology.core.TopologyDiff.Change;
import io.regionlab.topology.core.TopologyDiff.Entry;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference designs over the API, and the design pages' forms refusing what they must. */
@QuarkusTest
class ReferenceDesignsApiTest {

    static final Path SEED = Path.of("content/designs/seed-multi-az-ml.json");

    @Test
    void listsEveryReferenceDesignWithItsCounts() throws Exception {
        long files;
        try (var list = Files.list(Path.of("content/designs"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).count();
        }
        JsonNode seed = new ObjectMapper().readTree(SEED.toFile());
        given().accept(ContentType.JSON).get("/api/designs/references").then().statusCode(200)
                .body("", hasSize((int) files))
                .body("find { it.name == 'seed-multi-az-ml' }.title", equalTo(seed.path("name").asText()))
                .body("find { it.name == 'seed-multi-az-ml' }.description", equalTo(seed.path("description").asText()))
                .body("find { it.name == 'seed-multi-az-ml' }.regions", equalTo(seed.path("regions").size()))
                .body("find { it.name == 'seed-multi-az-ml' }.components", equalTo(seed.path("components").size()));
    }

    @Test
    void oneReferenceDesignIsItsDocument() throws Exception {
        JsonNode seed = new ObjectMapper().readTree(SEED.toFile());
        String body = given().accept(ContentType.JSON).get("/api/designs/references/seed-multi-az-ml").then().statusCode(200)
                .contentType(ContentType.JSON).body("format", equalTo("regionlab/topology@1")).extract().asString();
        JsonNode served = new ObjectMapper().readTree(body);
        assertThat(served.path("name")).isEqualTo(seed.path("name"));
        assertThat(served.path("components").size()).isEqualTo(seed.path("components").size());
        assertThat(served.path("links").size()).isEqualTo(seed.path("links").size());
    }

    @Test
    void anUnknownReferenceDesignIsA404ProblemNamingIt() {
        given().accept(ContentType.JSON).get("/api/designs/references/no-such-design").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no-such-design"))
                .body("detail", containsString("seed-multi-az-ml"));
    }

    @Test
    void designIdsStillReachTheDesignsApi() {
        Client owner = Learners.signUp();
        String id = owner.json(reference("pilot-light-dr")).post("/api/designs").then().statusCode(201).extract().path("id");
        owner.req().get("/api/designs/{id}", id).then().statusCode(200).body("name", equalTo("pilot-light-dr"));
        owner.req().get("/api/designs/not-a-uuid").then().statusCode(404);
    }

    @Test
    void designFormsNeedTheCsrfTokenAndCreateNothingWithout() {
        Client owner = Learners.signUp();
        given().cookies(owner.cookies()).contentType(ContentType.URLENC).formParams(Map.of("name", "forged", "region", "us-east-1"))
                .redirects().follow(false).post("/designs/new").then().statusCode(400);
        owner.req().get("/api/designs").then().body("", hasSize(0));
    }

    @Test
    void designPagesNeedASignIn() {
        given().redirects().follow(false).accept(ContentType.HTML).get("/designs").then().statusCode(303)
                .header("Location", containsString("/login"));
    }

    @Test
    void versionSummariesNameWhatChanged() {
        var entries = List.of(
                new Entry(Change.ADDED, "component a", null, "x"),
                new Entry(Change.REMOVED, "link a routes-to b", "y", null),
                new Entry(Change.CHANGED, "name", "p", "q"),
                new Entry(Change.ADDED, "region eu-west-1", null, "z"));
        assertThat(DesignHistoryPages.summary(entries))
                .isEqualTo("added component a; removed link a routes-to b; changed name; and 1 more");
        assertThat(DesignHistoryPages.summary(List.of())).isEqualTo("no change to the design");
    }

    static String reference(String name) {
        return given().accept(ContentType.JSON).get("/api/designs/references/" + name).then().statusCode(200).extract().asString();
    }
}

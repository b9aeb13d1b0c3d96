package io.regionlab.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.support.Learners;
import io.regionlab.support.LargeDesign;
import io.regionlab.support.Learners.Client;
import io.regionlab.topology.core.TopologyCodecTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DesignApiTest {

    static final String EXAMPLE = TopologyCodecTest.EXAMPLE;

    @Inject
    AgroalDataSource db;

    @Test
    void createReadSaveAndWalkTheHistory() {
        Client owner = Learners.signUp();
        String id = owner.json(EXAMPLE).post("/api/designs").then().statusCode(201)
                .header("ETag", containsString("1")).body("version", equalTo(1)).body("name", equalTo("ml-inference-global"))
                .extract().path("id");

        owner.req().get("/api/designs/{id}", id).then().statusCode(200)
                .header("X-Design-Version", "1").body("format", equalTo("regionlab/topology@1")).body("components", hasSize(7));

        String withCache = EXAMPLE.replace("\"links\": [", "\"links\": [ {\"from\": \"api-asg\", \"to\": \"sessions\", \"kind\": \"reads-writes\"},")
                .replace("\"components\": [", "\"components\": [ {\"id\": \"sessions\", \"kind\": \"cache\", \"region\": \"us-west-2\", \"zones\": [\"us-west-2a\", \"us-west-2b\"]},");
        owner.json(withCache).header("If-Match", "\"1\"").put("/api/designs/{id}", id).then().statusCode(200).body("version", equalTo(2));

        // A tab still editing version 1 is told instead of overwriting version 2.
        owner.json(EXAMPLE).header("If-Match", "\"1\"").put("/api/designs/{id}", id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("is at version 2"));

        owner.json(Map.of("name", "ml-inference-renamed")).patch("/api/designs/{id}", id).then().statusCode(200).body("version", equalTo(3));

        owner.req().get("/api/designs/{id}/versions", id).then().statusCode(200)
                .body("version", equalTo(List.of(3, 2, 1))).body("name[0]", equalTo("ml-inference-renamed"))
                .body("savedBy", equalTo(List.of(owner.username(), owner.username(), owner.username())));
        owner.req().get("/api/designs/{id}?version=1", id).then().body("components", hasSize(7));
        owner.req().get("/api/designs/{id}/diff?from=1&to=2", id).then().statusCode(200)
                .body("find { it.item == 'component sessions' }.change", equalTo("ADDED"))
                .body("find { it.item == 'link api-asg reads-writes sessions' }.change", equalTo("ADDED"));
        owner.req().get("/api/designs/{id}/diff?from=2&to=3", id).then()
                .body("item", equalTo(List.of("name")));
        owner.req().get("/api/designs/{id}/document", id).then().statusCode(200)
                .header("Content-Disposition", containsString("ml-inference-renamed.json"));
        owner.req().get("/api/designs").then().body("id", hasItem(id));

        owner.req().delete("/api/designs/{id}", id).then().statusCode(204);
        owner.req().get("/api/designs/{id}", id).then().statusCode(404);
    }

    @Test
    void aRefusedDocumentNamesEveryPathAndChangesNothing() {
        Client owner = Learners.signUp();
        String id = owner.json(EXAMPLE).post("/api/designs").then().statusCode(201).extract().path("id");
        String broken = EXAMPLE.replace("\"zones\": [\"us-west-2a\", \"us-west-2b\", \"us-west-2c\"],\n     \"properties\"",
                "\"zones\": [\"us-west-2a\", \"eu-west-1a\"],\n     \"properties\"").replace("\"minSize\": 3", "\"minSize\": -2");
        JsonPath problem = owner.json(broken).put("/api/designs/{id}", id).then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field", String.class))
                .contains("components[1].zones[1]", "components[1].properties.minSize");
        assertThat(problem.getString("detail")).contains("components[1].zones[1]: zone eu-west-1a is not in region us-west-2");

        owner.json("{\"format\": \"regionlab/topology@1\",").post("/api/designs").then().statusCode(400)
                .body("detail", containsString("not valid JSON"));
        owner.req().get("/api/designs/{id}/versions", id).then().body("version", equalTo(List.of(1)));
    }

    @Test
    void onlyTheOwnerOrAnAdminSeesADesign() throws Exception {
        Client owner = Learners.signUp();
        Client stranger = Learners.signUp();
        String id = owner.json(EXAMPLE).post("/api/designs").then().statusCode(201).extract().path("id");

        stranger.req().get("/api/designs/{id}", id).then().statusCode(404).contentType("application/problem+json");
        stranger.json(EXAMPLE).put("/api/designs/{id}", id).then().statusCode(404);
        stranger.req().delete("/api/designs/{id}", id).then().statusCode(404);
        stranger.req().get("/api/designs").then().body("id", org.hamcrest.Matchers.not(hasItem(id)));

        Client admin = Learners.signUp();
        try (var c = db.getConnection(); var u = c.prepareStatement("UPDATE app_user SET role = 'admin' WHERE username = ?")) {
            u.setString(1, admin.username());
            u.executeUpdate();
        }
        Client signedInAgain = Learners.signIn(admin.username());
        signedInAgain.req().get("/api/designs/{id}", id).then().statusCode(200);
        signedInAgain.req().get("/api/designs?all=true").then().body("id", hasItem(id));
        owner.req().get("/api/designs/{id}/versions", id).then().body("version", equalTo(List.of(1)));
    }

    @Test
    void aLargeDesignIsAccepted() {
        Client owner = Learners.signUp();
        String large = LargeDesign.json();
        assertThat(large.length()).isLessThan(1_048_576);
        String id = owner.json(large).post("/api/designs").then().statusCode(201).extract().path("id");
        owner.req().get("/api/designs/{id}", id).then().body("regions", hasSize(10)).body("components", hasSize(120));
    }

    @Test
    void theSchemaIsPublished() {
        io.restassured.RestAssured.given().get("/api/schema/topology").then().statusCode(200)
                .contentType(containsString("schema+json")).body("title", org.hamcrest.Matchers.notNullValue());
    }
}

package io.regionlab.generate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.support.LargeDesign;
import io.regionlab.support.Learners;
import io.regionlab.topology.core.TopologyCodecTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewAndExportApiTest {

    static final String EXAMPLE = TopologyCodecTest.EXAMPLE;

    @Test
    void theRulesArePublished() {
        List<String> ids = given().get("/api/rules").then().statusCode(200).extract().jsonPath().getList("id");
        assertThat(ids).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
    }

    @Test
    void aDocumentIsReviewedWithoutAnAccountAndNothingIsStored() {
        given().contentType("application/json").body(EXAMPLE).post("/api/review").then().statusCode(200)
                .body("design", equalTo("ml-inference-global"))
                .body("findings.rule", hasItems("dns-failover-no-secondary", "dns-failover-no-health-checks", "rds-no-deletion-protection"))
                .body("findings.find { it.rule == 'dns-failover-no-secondary' }.target", equalTo("dns"))
                .body("findings.find { it.rule == 'dns-failover-no-secondary' }.why", containsString("Region"))
                .body("counts.error", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
    }

    @Test
    void aBadDocumentIsRefusedAsTheStoredPathRefusesIt() {
        String broken = EXAMPLE.replace("\"kind\": \"s3-bucket\",         \"region\": \"eu-west-1\"", "\"kind\": \"s3-bucket\", \"region\": \"eu-west-9\"");
        given().contentType("application/json").body(broken).post("/api/review").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("components[5].region"))
                .body("detail", containsString("components[5].region: eu-west-9 is not one of this design's Regions"));
        given().contentType("application/json").body(broken).post("/api/export").then().statusCode(400)
                .body("errors.field", hasItem("components[5].region"));
        String tooLarge = "{\"pad\": \"" + "x".repeat(1_100_000) + "\"}";
        given().contentType("application/json").body(tooLarge).post("/api/export").then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void aStoredDesignExportsTheSameZipAsTheDocumentAlone() throws IOException {
        var owner = Learners.signUp();
        String id = owner.json(EXAMPLE).post("/api/designs").then().statusCode(201).extract().path("id");
        byte[] stored = owner.req().accept("application/zip").get("/api/designs/{id}/export", id).then().statusCode(200)
                .contentType("application/zip").header("Content-Disposition", containsString("ml-inference-global.zip"))
                .extract().asByteArray();
        byte[] direct = given().contentType("application/json").accept("application/zip").body(EXAMPLE).post("/api/export")
                .then().statusCode(200).extract().asByteArray();
        assertThat(stored).isEqualTo(direct);

        List<String> entries = entries(stored);
        assertThat(entries).contains("ml-inference-global/README.md", "ml-inference-global/design.json",
                "ml-inference-global/cloudformation/us-west-2.template.json", "ml-inference-global/cloudformation/eu-west-1.template.json",
                "ml-inference-global/cloudformation/deployment-plan.json", "ml-inference-global/terraform/main.tf", "ml-inference-global/boto3/deploy.py");

        owner.req().get("/api/designs/{id}/files", id).then().statusCode(200).body("path", hasItem("README.md"));
        owner.req().post("/api/designs/{id}/review", id).then().statusCode(200).body("version", equalTo(1))
                .body("findings.rule", hasItem("dns-failover-no-secondary"));
        Learners.signUp().req().accept("application/zip").get("/api/designs/{id}/export", id).then().statusCode(404);
    }

    @Test
    void theLargeDesignIsReviewedAndGenerated() throws IOException {
        given().contentType("application/json").body(LargeDesign.json()).post("/api/review").then().statusCode(200);
        byte[] zip = given().contentType("application/json").accept("application/zip").body(LargeDesign.json()).post("/api/export")
                .then().statusCode(200).extract().asByteArray();
        assertThat(entries(zip)).filteredOn(e -> e.endsWith(".template.json")).hasSizeGreaterThanOrEqualTo(10);
    }

    static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}

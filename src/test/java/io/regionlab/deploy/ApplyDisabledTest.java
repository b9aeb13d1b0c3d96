package io.regionlab.deploy;

import static io.regionlab.deploy.ApplyFixture.admin;
import static io.regionlab.deploy.ApplyFixture.create;
import static io.regionlab.deploy.ApplyFixture.uniqueName;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.regionlab.deploy.core.TwoRegionDesign;
import io.regionlab.support.Learners.Client;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A server where nobody turned applying on: every Apply endpoint says so, and nothing reaches AWS. */
@QuarkusTest
@TestProfile(ApplyDisabledTest.Off.class)
class ApplyDisabledTest {

    /** Applying off and no stub: a call to AWS would fail loudly instead of reaching anything. */
    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("regionlab.apply.enabled", "false", "regionlab.apply.endpoint-override", "http://127.0.0.1:9");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    AgroalDataSource db;

    @Test
    void everyEndpointAnswersThatApplyingIsOff() {
        Client admin = admin(db);
        String design = create(admin, TwoRegionDesign.document(uniqueName("off")));
        for (ApplyFixture.Endpoint endpoint : ApplyFixture.endpoints(design)) {
            endpoint.call(admin).then()
                    .statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("/problems/apply-disabled"))
                    .body("title", equalTo("Applying is turned off on this server"))
                    .body("detail", containsString("regionlab.apply.enabled"));
        }
        admin.req().get("/api/apply").then().statusCode(200).body("enabled", equalTo(false));
    }
}

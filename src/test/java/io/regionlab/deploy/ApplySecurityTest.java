package io.regionlab.deploy;

import static io.regionlab.deploy.ApplyFixture.apply;
import static io.regionlab.deploy.ApplyFixture.create;
import static io.regionlab.deploy.ApplyFixture.finished;
import static io.regionlab.deploy.ApplyFixture.plan;
import static io.regionlab.deploy.ApplyFixture.uniqueName;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.deploy.core.TwoRegionDesign;
import io.regionlab.support.ApplyTestResource;
import io.regionlab.support.Learners;
import io.regionlab.support.Learners.Client;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Only admins apply, and the server's AWS credentials never leave the SDK. */
@QuarkusTest
class ApplySecurityTest extends ApplyTestBase {

    @Test
    void aLearnerIsRefusedEveryApplyEndpointWithAClearReason() {
        Client learner = Learners.signUp();
        String design = create(learner, TwoRegionDesign.document(uniqueName("mine")));
        for (ApplyFixture.Endpoint endpoint : ApplyFixture.endpoints(design)) {
            endpoint.call(learner).then()
                    .statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("Only admins may plan, apply or destroy"));
            given().request(endpoint.method(), endpoint.path()).then().statusCode(401);
        }
        assertThat(stub.calls()).isEmpty();

        learner.req().get("/api/apply").then().statusCode(200)
                .body("enabled", equalTo(true)).body("target", startsWith("endpoint http://"));
    }

    @Test
    void aPlanOrApplyWithoutTheCsrfTokenIsRefused() {
        String design = create(admin, TwoRegionDesign.document(uniqueName("csrf")));
        String plan = plan(admin, design).getString("id");
        int calls = stub.calls().size();

        given().cookies(admin.cookies()).contentType("application/json").body("{}").post("/api/designs/{id}/plans", design)
                .then().statusCode(403).contentType("application/problem+json").body("title", equalTo("CSRF token missing"));
        // Without a body, Quarkus' own CSRF filter answers first (400); either way nothing starts.
        given().cookies(admin.cookies()).post("/api/plans/{id}/apply", plan)
                .then().statusCode(org.hamcrest.Matchers.oneOf(400, 403)).contentType("application/problem+json");
        given().cookies(admin.cookies()).post("/api/designs/{id}/destroy", design)
                .then().statusCode(org.hamcrest.Matchers.oneOf(400, 403)).contentType("application/problem+json");

        assertThat(stub.calls()).hasSize(calls);
        admin.req().get("/api/designs/{id}/jobs", design).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void theServersCredentialsReachNeitherTheLogsNorTheDatabase() throws Exception {
        String keyId = System.getProperty("aws.accessKeyId");
        String secret = System.getProperty("aws.secretAccessKey");
        assertThat(keyId).isEqualTo(ApplyTestResource.ACCESS_KEY_ID);
        assertThat(secret).isEqualTo(ApplyTestResource.SECRET_ACCESS_KEY);
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (logged) {
                    logged.add(r.getLoggerName() + " " + r.getMessage() + " " + java.util.Arrays.toString(r.getParameters())
                            + " " + (r.getThrown() == null ? "" : r.getThrown().toString()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        java.util.logging.Level before = root.getLevel();
        root.addHandler(capture);
        try {
            String name = uniqueName("secret");
            stub.failOn("us-west-2", "regionlab-" + name + "-us-west-2", "Data", "Access denied for this test");
            String design = create(admin, TwoRegionDesign.document(name));
            String job = apply(admin, plan(admin, design).getString("id"));
            assertThat(finished(admin, job).getString("status")).isEqualTo("failed");
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }

        synchronized (logged) {
            assertThat(logged).as("the apply was logged at all").anyMatch(line -> line.contains("stopped at stack"));
            assertThat(logged).noneMatch(line -> line.contains(keyId) || line.contains(secret));
        }
        String everything = databaseText();
        assertThat(everything).contains("regionlab-").doesNotContain(keyId).doesNotContain(secret);
    }

    /** Every row of every table of the application's schema, as text. */
    private String databaseText() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (var c = db.getConnection(); var s = c.createStatement();
                var tables = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String table : names) {
                try (var q = c.createStatement(); var rows = q.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
                    while (rows.next()) {
                        all.append(rows.getString(1)).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }
}

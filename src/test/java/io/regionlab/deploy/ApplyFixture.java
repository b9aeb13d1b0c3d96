package io.regionlab.deploy;

import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.regionlab.support.Learners;
import io.regionlab.support.Learners.Client;
import io.restassured.path.json.JsonPath;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Admins, designs, plans and jobs made through the public API, for Apply's tests. */
final class ApplyFixture {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private ApplyFixture() {
    }

    /** A new account promoted to admin in the database, signed in again so its session carries the role. */
    static Client admin(AgroalDataSource db) {
        Client learner = Learners.signUp();
        try (var c = db.getConnection(); var u = c.prepareStatement("UPDATE app_user SET role = 'admin' WHERE username = ?")) {
            u.setString(1, learner.username());
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Learners.signIn(learner.username());
    }

    /** A design name no other test uses, so each test deploys stacks of its own. */
    static String uniqueName(String stem) {
        return stem + "-" + ProcessHandle.current().pid() % 1000 + "-" + COUNTER.incrementAndGet();
    }

    static String stack(String design, String region) {
        return "regionlab-" + design + "-" + region;
    }

    static String create(Client admin, String document) {
        return admin.json(document).post("/api/designs").then().statusCode(201).extract().path("id");
    }

    static JsonPath plan(Client admin, String designId) {
        return admin.json(Map.of()).post("/api/designs/{id}/plans", designId).then().statusCode(201).extract().jsonPath();
    }

    static String apply(Client admin, String planId) {
        return admin.req().post("/api/plans/{id}/apply", planId).then().statusCode(202).extract().path("id");
    }

    /** One call of the Apply API. */
    record Endpoint(String method, String path) {
        io.restassured.response.Response call(Client as) {
            String accept = path.endsWith("/events") ? "text/event-stream" : "application/json";
            return as.req().accept(accept).contentType("application/json").body("{}").request(method, path);
        }
    }

    /** Every Apply endpoint but GET /api/apply, for a design and ids that may or may not exist. */
    static java.util.List<Endpoint> endpoints(String design) {
        String anyId = java.util.UUID.randomUUID().toString();
        return java.util.List.of(
                new Endpoint("POST", "/api/designs/" + design + "/plans"),
                new Endpoint("GET", "/api/designs/" + design + "/plans"),
                new Endpoint("GET", "/api/plans/" + anyId),
                new Endpoint("POST", "/api/plans/" + anyId + "/apply"),
                new Endpoint("POST", "/api/designs/" + design + "/destroy"),
                new Endpoint("GET", "/api/designs/" + design + "/jobs"),
                new Endpoint("GET", "/api/jobs/" + anyId),
                new Endpoint("GET", "/api/jobs/" + anyId + "/events"));
    }

    /** The job once it has finished, whichever way. */
    static JsonPath finished(Client admin, String jobId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            String status = admin.req().get("/api/jobs/{id}", jobId).then().statusCode(200).extract().path("status");
            return status.equals("succeeded") || status.equals("failed");
        });
        return admin.req().get("/api/jobs/{id}", jobId).then().extract().jsonPath();
    }
}

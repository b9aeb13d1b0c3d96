package io.regionlab.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates learners through the public API and hands out request specs signed in as them. */
public final class Learners {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Learners() {
    }

    /** A signed-in API client: session cookie, CSRF cookie and the X-CSRF-TOKEN header. */
    public record Client(String username, Map<String, String> cookies, String csrf) {

        public RequestSpecification req() {
            return given().cookies(cookies).header("X-CSRF-TOKEN", csrf).accept(ContentType.JSON);
        }

        public RequestSpecification json(Object body) {
            return req().contentType(ContentType.JSON).body(body);
        }
    }

    public static Client signUp() {
        return signUp("learner-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100000);
    }

    public static Client signUp(String username) {
        String password = "a long enough password";
        Response csrf = given().get("/api/account/csrf");
        String token = csrf.jsonPath().getString("token");
        Map<String, String> cookies = new java.util.HashMap<>(csrf.cookies());
        given().cookies(cookies).header("X-CSRF-TOKEN", token).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/account").then().statusCode(201);
        return signIn(username, cookies, token);
    }

    /** Signs an existing learner in again (a new session, e.g. after a role change). */
    public static Client signIn(String username) {
        Response csrf = given().get("/api/account/csrf");
        return signIn(username, new java.util.HashMap<>(csrf.cookies()), csrf.jsonPath().getString("token"));
    }

    private static Client signIn(String username, Map<String, String> cookies, String token) {
        String password = "a long enough password";
        Response login = given().cookies(cookies).formParam("j_username", username).formParam("j_password", password)
                .redirects().follow(false).post("/j_security_check");
        if (login.statusCode() != 302 || login.cookie("regionlab-session") == null) {
            throw new AssertionError("sign-in failed for " + username + ": " + login.statusCode());
        }
        cookies.put("regionlab-session", login.cookie("regionlab-session"));
        return new Client(username, cookies, token);
    }
}

package io.regionlab.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.support.Learners;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountApiTest {

    @Inject
    AgroalDataSource db;

    @Test
    void signUpSignInAndSeeWhoIAm() {
        var learner = Learners.signUp("ada-" + System.nanoTime() % 1_000_000);
        learner.req().get("/api/account").then().statusCode(200).body("username", equalTo(learner.username()));
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes() throws Exception {
        var learner = Learners.signUp();
        try (var c = db.getConnection(); var q = c.prepareStatement("SELECT password_hash FROM app_user WHERE username = ?")) {
            q.setString(1, learner.username());
            var rs = q.executeQuery();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("$2a$").doesNotContain("a long enough password");
        }
    }

    @Test
    void exactlyOneAccountIsAdminTheFirst() throws Exception {
        Learners.signUp();
        Learners.signUp();
        try (var c = db.getConnection(); var q = c.createStatement()) {
            var rs = q.executeQuery("SELECT count(*) FILTER (WHERE role = 'admin'), min(id) FILTER (WHERE role = 'admin') = min(id) FROM app_user");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getBoolean(2)).isTrue();
        }
    }

    @Test
    void badSignUpsNameTheFieldAndCreateNothing() {
        var csrf = given().get("/api/account/csrf");
        String token = csrf.jsonPath().getString("token");
        given().cookies(csrf.cookies()).header("X-CSRF-TOKEN", token).contentType("application/json")
                .body(Map.of("username", "X", "password", "short")).post("/api/account")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("username", "password"));
        var taken = Learners.signUp();
        given().cookies(csrf.cookies()).header("X-CSRF-TOKEN", token).contentType("application/json")
                .body(Map.of("username", taken.username(), "password", "another long password")).post("/api/account")
                .then().statusCode(409).body("detail", containsString("already taken"));
    }

    @Test
    void aWrongPasswordDoesNotSignIn() {
        var learner = Learners.signUp();
        var refused = given().formParam("j_username", learner.username()).formParam("j_password", "not the password at all")
                .redirects().follow(false).post("/j_security_check");
        refused.then().statusCode(303).header("Location", containsString("/login/failed"));
        assertThat(refused.getDetailedCookies().hasCookieWithName("regionlab-session")).isFalse();
    }
}

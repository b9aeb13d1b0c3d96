package io.regionlab.topology;

import static io.restassured.RestAssured.given;

import io.regionlab.support.Browser;
import io.regionlab.support.Learners;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A learner with a blank design (us-west-2, three zones) open in the editor, for the editor's browser tests. */
final class EditorSession implements AutoCloseable {

    static final String BLANK = """
            {"format":"regionlab/topology@1","name":"blank","regions":[
              {"code":"us-west-2","role":"primary","zones":["us-west-2a","us-west-2b","us-west-2c"]}],
             "components":[],"links":[]}""";

    final Learners.Client learner;
    final Browser browser;
    final String designId;
    final WebDriverWait wait;

    EditorSession(String base, String document) {
        learner = Learners.signUp();
        designId = learner.json(document).post("/api/designs").then().statusCode(201).extract().path("id");
        browser = new Browser(base);
        wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        browser.open("/api/schema/kinds");
        for (Map.Entry<String, String> c : learner.cookies().entrySet()) {
            browser.driver().manage().addCookie(new Cookie(c.getKey(), c.getValue(), "/"));
        }
        open();
    }

    void open() {
        browser.open("/designs/" + designId);
        WebElement editor = browser.find("#editor");
        wait.until(d -> editor.getAttribute("data-ready") != null || editor.getAttribute("data-error") != null);
        if (editor.getAttribute("data-error") != null) {
            throw new AssertionError("the editor did not start: " + editor.getAttribute("data-error"));
        }
    }

    JsonPath stored() {
        return given().cookies(learner.cookies()).accept("application/json").get("/api/designs/" + designId).then().statusCode(200).extract().jsonPath();
    }

    Map<String, Object> component(JsonPath doc, String id) {
        return doc.getMap("components.find { it.id == '" + id + "' }");
    }

    List<String> ids(String css, String attribute) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute(attribute)).toList();
    }

    WebElement component(String id) {
        return browser.find("g.component[data-id='" + id + "']");
    }

    void waitSaved() {
        wait.until(d -> d.findElement(By.id("save-status")).getText().startsWith("Saved"));
    }

    /** Waits for `condition`; on time-out, keeps a screenshot and says what was on the status line. */
    void until(String what, java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        try {
            wait.until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("failed-" + what.replaceAll("[^a-z0-9]+", "-"));
            throw new AssertionError("waited in vain until " + what + "; the editor said: "
                    + browser.driver().findElement(By.id("editor-status")).getText(), e);
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    @Override
    public void close() {
        browser.close();
    }
}

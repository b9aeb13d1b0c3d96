package io.regionlab.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.support.Browser;
import io.regionlab.support.Learners;
import io.regionlab.support.Learners.Client;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Autosave in the editor: edits become versions, and two tabs are told about each other instead of overwriting. */
@QuarkusTest
class AutosaveBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anEditIsSavedAsANewVersionAndTheStatusSaysSo() {
        Client me = Learners.signUp();
        String id = DesignPagesBrowserTest.fromReference(me, "seed-multi-az-ml");
        try (Browser browser = DesignPagesBrowserTest.signedIn(base, me)) {
            openEditor(browser, id);
            waitForStatus(browser.driver(), "Saved — version 1");
            recordStatuses(browser.driver());

            deleteComponent(browser, "usw2-model-endpoint");

            waitForStatus(browser.driver(), "Saved — version 2 at");
            assertThat(statuses(browser.driver())).contains("Unsaved changes", "Saving…");
            assertThat(browser.find("#save-status").getAttribute("aria-live")).isEqualTo("polite");
        }
        JsonPath saved = me.req().get("/api/designs/{id}", id).then().statusCode(200).header("ETag", "\"2\"").extract().jsonPath();
        assertThat(saved.getList("components.id")).doesNotContain("usw2-model-endpoint").contains("usw2-features-db");
    }

    @Test
    void aSecondTabIsToldAboutTheFirstAndCanLoadItsVersion() {
        Client me = Learners.signUp();
        String id = DesignPagesBrowserTest.fromReference(me, "seed-multi-az-ml");
        try (Browser browser = DesignPagesBrowserTest.signedIn(base, me)) {
            var driver = browser.driver();
            openEditor(browser, id);
            String first = driver.getWindowHandle();
            driver.switchTo().newWindow(WindowType.WINDOW);
            String second = driver.getWindowHandle();
            openEditor(browser, id);

            // The first tab saves version 2.
            driver.switchTo().window(first);
            deleteComponent(browser, "usw2-model-endpoint");
            waitForStatus(driver, "Saved — version 2");

            // The second tab, still at version 1, edits too: it is told, and nothing is overwritten.
            driver.switchTo().window(second);
            deleteComponent(browser, "usw2-features-db");
            waitForStatus(driver, "This design was changed in another tab (version 2 by " + me.username());
            assertThat(browser.find("#save-status").getText()).contains("Your changes are not saved.");
            JsonPath stored = me.req().get("/api/designs/{id}", id).then().header("ETag", "\"2\"").extract().jsonPath();
            assertThat(stored.getList("components.id")).doesNotContain("usw2-model-endpoint").contains("usw2-features-db");
            browser.screenshot("autosave-conflict");

            // Loading their version shows the first tab's edit and drops this tab's.
            clickStatusButton(browser, "Load their version");
            waitForStatus(driver, "Saved — version 2");
            browser.find("g.component[data-id='usw2-features-db']");
            assertThat(driver.findElements(By.cssSelector("g.component[data-id='usw2-model-endpoint']"))).isEmpty();
            assertThat((Boolean) driver.executeScript("return document.querySelector('#undo').disabled")).isTrue();
        }
        me.req().get("/api/designs/{id}/versions", id).then().body("version", equalTo(List.of(2, 1)));
    }

    @Test
    void keepMineOverwritesOnlyAfterConfirmation() {
        Client me = Learners.signUp();
        String id = DesignPagesBrowserTest.fromReference(me, "seed-multi-az-ml");
        try (Browser browser = DesignPagesBrowserTest.signedIn(base, me)) {
            openEditor(browser, id);
            // Someone else saves version 2 meanwhile.
            me.json(DesignPagesBrowserTest.removeComponent(ReferenceDesignsApiTest.reference("seed-multi-az-ml"), "usw2-model-endpoint"))
                    .header("If-Match", "\"1\"").put("/api/designs/{id}", id).then().statusCode(200);

            deleteComponent(browser, "usw2-features-db");
            waitForStatus(browser.driver(), "changed in another tab (version 2");

            clickStatusButton(browser, "Keep mine");
            browser.driver().switchTo().alert().dismiss();
            assertThat(browser.find("#save-status").getText()).contains("changed in another tab");
            me.req().get("/api/designs/{id}", id).then().header("ETag", "\"2\"");

            clickStatusButton(browser, "Keep mine");
            assertThat(browser.driver().switchTo().alert().getText()).contains("Replace version 2");
            browser.driver().switchTo().alert().accept();
            waitForStatus(browser.driver(), "Saved — version 3");
        }
        JsonPath mine = me.req().get("/api/designs/{id}", id).then().header("ETag", "\"3\"").extract().jsonPath();
        assertThat(mine.getList("components.id")).contains("usw2-model-endpoint").doesNotContain("usw2-features-db");
    }

    private static void openEditor(Browser browser, String id) {
        browser.open("/designs/" + id);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> "true".equals(d.findElement(By.id("editor")).getAttribute("data-ready")));
        waitForStatus(browser.driver(), "Saved");
    }

    /** Selects a component with the mouse and deletes it with the Delete key, as a person would. */
    private static void deleteComponent(Browser browser, String componentId) {
        var component = browser.find("g.component[data-id='" + componentId + "']");
        new Actions(browser.driver()).click(component).sendKeys(Keys.DELETE).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> d.findElements(By.cssSelector("g.component[data-id='" + componentId + "']")).isEmpty());
    }

    private static void clickStatusButton(Browser browser, String label) {
        browser.find("#save-status").findElements(By.tagName("button")).stream()
                .filter(b -> b.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + browser.find("#save-status").getText()))
                .click();
    }

    private static void waitForStatus(WebDriver driver, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(() -> "save status never said " + text + "; it says "
                + driver.findElement(By.id("save-status")).getText())
                .until(d -> d.findElement(By.id("save-status")).getText().contains(text));
    }

    /** Keeps every text the status shows, so a state that passes quickly ("Saving…") is still seen. */
    private static void recordStatuses(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("""
                const status = document.querySelector('#save-status');
                window.__statuses = [];
                new MutationObserver(() => window.__statuses.push(status.querySelector('.save-status-text').textContent))
                    .observe(status, {subtree: true, childList: true, characterData: true});""");
    }

    @SuppressWarnings("unchecked")
    private static List<String> statuses(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return window.__statuses;");
    }
}

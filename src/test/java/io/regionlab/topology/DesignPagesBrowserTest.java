package io.regionlab.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.support.Browser;
import io.regionlab.support.Learners;
import io.regionlab.support.Learners.Client;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The design list and history pages as a person uses them, in headless Chromium against the real server. */
@QuarkusTest
class DesignPagesBrowserTest {

    static final String UUID_PATH = "/designs/[0-9a-f-]{36}";

    @TestHTTPResource("/")
    URL base;

    @Test
    void startsDesignsBlankFromAReferenceAndFromAFile() throws Exception {
        Client me = Learners.signUp();
        try (Browser browser = signedIn(me)) {
            browser.open("/designs");
            assertThat(browser.find("#no-designs").getText()).contains("no designs yet");
            String firstRegion = browser.find("#blank-region option:checked").getAttribute("value");

            // Blank: a name and the preselected first Region land in the editor.
            browser.type("#blank-name", "first try");
            browser.click("#create-blank");
            browser.waitForPath("/designs/");
            assertThat(browser.path()).matches(UUID_PATH);
            String blankId = browser.path().substring("/designs/".length());
            JsonPath blank = me.req().get("/api/designs/{id}", blankId).then().statusCode(200).extract().jsonPath();
            assertThat(blank.getString("name")).isEqualTo("first try");
            assertThat(blank.getList("regions.code")).containsExactly(firstRegion);
            assertThat(blank.getList("regions[0].zones")).hasSize(3);
            browser.find("g.region[data-region='" + firstRegion + "']");

            // From a reference design.
            browser.open("/designs");
            browser.click("input[name=reference][value=warm-standby]");
            browser.type("#reference-name", "my warm standby");
            browser.click("#create-from-reference");
            browser.waitForPath("/designs/");
            String fromReference = browser.path().substring("/designs/".length());
            JsonPath copy = me.req().get("/api/designs/{id}", fromReference).then().statusCode(200).extract().jsonPath();
            JsonPath reference = new JsonPath(ReferenceDesignsApiTest.reference("warm-standby"));
            assertThat(copy.getString("name")).isEqualTo("my warm standby");
            assertThat(copy.getList("components.id")).isEqualTo(reference.getList("components.id"));

            // Import a good file, then a bad one: the bad one names its field and creates nothing.
            Path good = Files.createTempFile("imported", ".json");
            Files.writeString(good, ReferenceDesignsApiTest.reference("pilot-light-dr").replace("\"pilot-light-dr\"", "\"imported pilot light\""));
            browser.open("/designs");
            browser.find("#import-file").sendKeys(good.toAbsolutePath().toString());
            browser.click("#import-design");
            browser.waitForPath("/designs/");
            assertThat(browser.path()).matches(UUID_PATH);
            assertThat(names(me)).contains("imported pilot light");

            Path bad = Files.createTempFile("broken", ".json");
            Files.writeString(bad, """
                    {"format": "regionlab/topology@1", "name": "broken",
                     "regions": [{"code": "us-east-1", "role": "primary", "zones": ["us-east-1a", "us-east-9z"]}],
                     "components": [], "links": []}""");
            browser.open("/designs");
            browser.find("#import-file").sendKeys(bad.toAbsolutePath().toString());
            browser.click("#import-design");
            String refusal = browser.find("#design-outcome").getText();
            assertThat(refusal).contains("Nothing was imported").contains("regions[0].zones[1]").contains("us-east-9z");
            assertThat(names(me)).hasSize(3).doesNotContain("broken");
            Files.delete(good);
            Files.delete(bad);

            browser.open("/designs");
            assertThat(browser.find("#design-list").getText()).contains("first try").contains("my warm standby").contains("imported pilot light");
            browser.screenshot("designs-list");
        }
    }

    @Test
    void renamesAndDeletesAfterConfirmation() {
        Client me = Learners.signUp();
        String keep = create(me, "keep me");
        String doomed = create(me, "doomed design");
        try (Browser browser = signedIn(me)) {
            browser.open("/designs");
            WebElement row = browser.find("tr[data-design='" + keep + "']");
            row.findElement(By.cssSelector("details.rename summary")).click();
            browser.type("#rename-" + keep, "kept and renamed");
            row.findElement(By.cssSelector("form button[type=submit]")).click();
            assertThat(browser.find("#design-outcome").getText()).contains("Renamed to “kept and renamed”");
            assertThat(browser.find("tr[data-design='" + keep + "'] .design-name").getText()).isEqualTo("kept and renamed");
            assertThat(browser.find("tr[data-design='" + keep + "']").getText()).contains("kept and renamed");

            // A name the format refuses is named on the page, and the design keeps its name.
            browser.find("tr[data-design='" + keep + "'] details.rename summary").click();
            browser.type("#rename-" + keep, "<b>no tags</b>");
            browser.find("tr[data-design='" + keep + "'] form button[type=submit]").click();
            String refusal = browser.find("#design-outcome").getText();
            assertThat(refusal).contains("was not renamed").contains("name").contains("<b>no tags</b>");
            assertThat(names(me)).contains("kept and renamed");

            // Delete asks first; cancelling keeps the design.
            browser.open("/designs");
            browser.find("tr[data-design='" + doomed + "'] a.danger-link").click();
            assertThat(browser.find("h1").getText()).contains("Delete “doomed design”?");
            browser.click("#cancel-delete");
            browser.waitForPath("/designs");
            assertThat(names(me)).contains("doomed design");
            browser.find("tr[data-design='" + doomed + "'] a.danger-link").click();
            browser.click("#confirm-delete");
            assertThat(browser.find("#design-outcome").getText()).contains("deleted");
            assertThat(names(me)).containsExactly("kept and renamed");
            assertThat(browser.driver().findElements(By.cssSelector("tr[data-design='" + doomed + "']"))).isEmpty();
            me.req().get("/api/designs/{id}", doomed).then().statusCode(404);
        }
    }

    @Test
    void historyComparesTwoVersionsAndRestoresAnOldOneAsANewVersion() {
        Client me = Learners.signUp();
        String seed = ReferenceDesignsApiTest.reference("seed-multi-az-ml");
        String id = me.json(seed).post("/api/designs").then().statusCode(201).extract().path("id");
        JsonPath v1 = new JsonPath(seed);
        String withoutEndpoint = removeComponent(seed, "usw2-model-endpoint");
        me.json(withoutEndpoint).header("If-Match", "\"1\"").put("/api/designs/{id}", id).then().statusCode(200);
        me.json(Map.of("name", "seed renamed")).patch("/api/designs/{id}", id).then().statusCode(200);

        try (Browser browser = signedIn(me)) {
            browser.open("/designs/" + id + "/history");
            assertThat(browser.driver().findElements(By.cssSelector("#versions tbody tr"))).hasSize(3);
            assertThat(browser.find("tr[data-version='3'] .version-summary").getText()).contains("changed name");
            assertThat(browser.find("tr[data-version='2'] .version-summary").getText()).contains("removed component usw2-model-endpoint");
            assertThat(browser.find("tr[data-version='2']").getText()).contains(me.username());
            scrollTo(browser, "#versions");
            browser.screenshot("design-history");

            browser.click("#from-1");
            browser.click("#to-2");
            browser.click("#compare");
            String diff = browser.find("#comparison").getText();
            assertThat(diff).contains("Changes from version 1 to version 2").contains("removed").contains("component usw2-model-endpoint");
            assertThat(diff).doesNotContain("added");
            browser.screenshot("design-history-compare");

            browser.click("#restore-1-button");
            assertThat(browser.find("#history-message").getText()).contains("Version 1 was restored as version 4");
            assertThat(browser.driver().findElements(By.cssSelector("#versions tbody tr"))).hasSize(4);
        }
        JsonPath restored = me.req().get("/api/designs/{id}", id).then().statusCode(200).header("ETag", "\"4\"").extract().jsonPath();
        assertThat(restored.getString("name")).isEqualTo(v1.getString("name"));
        assertThat(restored.getList("components.id")).isEqualTo(v1.getList("components.id"));
        me.req().get("/api/designs/{id}?version=3", id).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("seed renamed"));
    }

    @Test
    void pagesAtTwoHundredPercentZoom() {
        Client me = Learners.signUp();
        String id = fromReference(me, "seed-multi-az-ml");
        me.json(Map.of("name", "seed renamed")).patch("/api/designs/{id}", id).then().statusCode(200);
        try (Browser browser = signedIn(me)) {
            // 200% zoom: the same 1280×800 window with CSS pixels twice as large.
            browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 640, "height", 400, "deviceScaleFactor", 2, "mobile", false));
            browser.open("/designs");
            assertThat(browser.find("#design-list").getText()).contains("seed renamed");
            assertThat(horizontalOverflow(browser)).as("the page scrolls sideways at 200%").isLessThanOrEqualTo(1);
            browser.screenshot("designs-list-200");
            scrollTo(browser, "#new-blank");
            browser.screenshot("designs-new-200");
            browser.open("/designs/" + id + "/history");
            assertThat(browser.find("#versions").getText()).contains("changed name");
            assertThat(horizontalOverflow(browser)).as("the page scrolls sideways at 200%").isLessThanOrEqualTo(1);
            browser.screenshot("design-history-200");
            scrollTo(browser, "#versions");
            browser.screenshot("design-history-versions-200");
        }
    }

    private static void scrollTo(Browser browser, String css) {
        browser.driver().executeScript("arguments[0].scrollIntoView()", browser.find(css));
    }

    private static long horizontalOverflow(Browser browser) {
        return (Long) browser.driver().executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    private Browser signedIn(Client who) {
        return signedIn(base, who);
    }

    /** A browser signed in as {@code who} through the sign-in page. */
    static Browser signedIn(URL base, Client who) {
        Browser browser = new Browser(base.toString());
        browser.open("/login");
        browser.type("#j_username", who.username());
        browser.type("#j_password", "a long enough password");
        browser.click("button[type=submit]");
        browser.find(".who");
        return browser;
    }

    /** A new design of {@code who}'s, a copy of a reference design; its id. */
    static String fromReference(Client who, String reference) {
        return who.json(ReferenceDesignsApiTest.reference(reference)).post("/api/designs").then().statusCode(201).extract().path("id");
    }

    static String create(Client who, String name) {
        String doc = ReferenceDesignsApiTest.reference("pilot-light-dr").replace("\"pilot-light-dr\"", "\"" + name + "\"");
        return who.json(doc).post("/api/designs").then().statusCode(201).extract().path("id");
    }

    static List<String> names(Client who) {
        return who.req().get("/api/designs").then().statusCode(200).extract().jsonPath().getList("name");
    }

    static String removeComponent(String document, String componentId) {
        try {
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            var doc = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(document);
            var components = (com.fasterxml.jackson.databind.node.ArrayNode) doc.get("components");
            for (int i = components.size() - 1; i >= 0; i--) {
                if (componentId.equals(components.get(i).path("id").asText())) {
                    components.remove(i);
                }
            }
            var links = (com.fasterxml.jackson.databind.node.ArrayNode) doc.get("links");
            for (int i = links.size() - 1; i >= 0; i--) {
                if (componentId.equals(links.get(i).path("from").asText()) || componentId.equals(links.get(i).path("to").asText())) {
                    links.remove(i);
                }
            }
            return json.writeValueAsString(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

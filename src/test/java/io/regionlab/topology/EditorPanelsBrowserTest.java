package io.regionlab.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.support.Browser;
import io.regionlab.support.Learners;
import io.regionlab.support.Learners.Client;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The editor's findings, previews and import/export panels, used as a person uses them, in headless Chromium. */
@QuarkusTest
class EditorPanelsBrowserTest {

    static final Path SEED = Path.of("content/designs/seed-multi-az-ml.json");
    static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    Path downloads;
    Client owner;
    String designId;
    String seed;

    @BeforeEach
    void aLearnerWithTheReferenceDesign() throws IOException {
        downloads = Files.createTempDirectory("regionlab-downloads");
        owner = Learners.signUp();
        seed = Files.readString(SEED);
        designId = owner.json(seed).post("/api/designs").then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void removeDownloads() throws IOException {
        try (Stream<Path> files = Files.walk(downloads)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theFindingsOfAReferenceDesignAreListedAndSelectTheirComponent() throws IOException {
        String pilotLight = Files.readString(Path.of("content/designs/pilot-light-dr.json"));
        designId = owner.json(pilotLight).post("/api/designs").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> expected = owner.json(pilotLight).post("/api/review").then().statusCode(200).extract().jsonPath().getList("findings");
        assertThat(expected).as("the pilot-light design has findings to show").isNotEmpty();
        try (Browser browser = editor()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> findings(browser).size() == expected.size());
            for (Map<String, Object> finding : expected) {
                WebElement item = finding(browser, (String) finding.get("rule"), (String) finding.get("target"));
                assertThat(item.getAttribute("data-severity")).isEqualTo(finding.get("severity"));
                assertThat(item.getText()).contains((String) finding.get("message"));
            }
            WebElement summary = browser.find("#findings-summary");
            assertThat(summary.getAttribute("aria-live")).isEqualTo("polite");
            assertThat(summary.getText()).isEqualTo(expected.size() + " warning" + (expected.size() == 1 ? "" : "s"));
            browser.screenshot("editor-panels-findings");

            Map<String, Object> first = expected.get(0);
            String target = (String) first.get("target");
            WebElement item = finding(browser, (String) first.get("rule"), target);
            item.findElement(By.cssSelector("details summary")).click();
            assertThat(item.findElement(By.cssSelector("details")).getText()).contains((String) first.get("fix"));
            item.findElement(By.cssSelector("button.finding-select")).sendKeys(Keys.ENTER);
            await().atMost(Duration.ofSeconds(5)).until(() ->
                    "true".equals(component(browser, target).getAttribute("aria-selected")));
            assertThat(browser.driver().switchTo().activeElement().getAttribute("data-id")).isEqualTo(target);

            zoom200(browser);
            WebElement shown = showAndMeasure(browser, "#findings li.finding");
            browser.screenshot("editor-panels-findings-200");
            shown.findElement(By.cssSelector("button.finding-select")).click();
            assertThat(component(browser, target).getAttribute("aria-selected")).isEqualTo("true");
        }
    }

    @Test
    void anImportedChangeShowsAFindingUndoTakesItAwayAndPractiseLeadsToItsQuestion() throws IOException {
        try (Browser browser = editor()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.find("#findings-summary").getText().equals("No findings"));
            assertThat(browser.find("#findings").getText()).contains("The review finds nothing to change.");
            assertThat(browser.driver().findElements(By.cssSelector("#findings li.finding[data-rule='endpoint-single-instance']"))).isEmpty();

            ObjectNode changed = (ObjectNode) JSON.readTree(seed);
            for (JsonNode c : changed.get("components")) {
                if (c.get("id").asText().equals("usw2-model-endpoint")) {
                    ((ObjectNode) c.get("properties")).put("instanceCount", 1);
                }
            }
            importFile(browser, "single-endpoint.json", JSON.writeValueAsString(changed));
            WebElement appeared = finding(browser, "endpoint-single-instance", "usw2-model-endpoint");
            assertThat(appeared.getAttribute("data-severity")).isEqualTo("error");
            assertThat(appeared.getText()).contains("Error:");
            await().atMost(Duration.ofSeconds(5)).until(() ->
                    "error".equals(component(browser, "usw2-model-endpoint").getAttribute("data-severity")));
            assertThat(browser.find("#io-message").getText()).contains("Imported single-endpoint.json");

            browser.click("#undo");
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver()
                    .findElements(By.cssSelector("#findings li.finding[data-rule='endpoint-single-instance']")).isEmpty()
                    && browser.find("#findings-summary").getText().equals("No findings"));

            browser.click("#redo");
            WebElement again = finding(browser, "endpoint-single-instance", "usw2-model-endpoint");
            List<String> teaches = owner.json(JSON.writeValueAsString(changed)).post("/api/review").then().extract().jsonPath()
                    .getList("findings.find { it.rule == 'endpoint-single-instance' }.teaches");
            again.findElement(By.cssSelector("a.finding-practise")).click();
            browser.waitForPath("/practice?questions=");
            assertThat(browser.find("#chosen-questions").getText()).contains("Start practice");
            browser.screenshot("editor-panels-practice-chosen");
            browser.click("#start-chosen");
            browser.waitForPath("/attempts/");
            assertThat(teaches).contains(browser.find("#question").getAttribute("data-question-id"));
        }
    }

    @Test
    void aBadImportIsExplainedAndChangesNothingAndExportJsonIsTheDocument() throws IOException {
        try (Browser browser = editor()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.find("#findings-summary").getText().equals("No findings"));
            importFile(browser, "bad-zone.json", seed.replace("\"zones\": [\"us-west-2a\", \"us-west-2b\", \"us-west-2c\"],\n     \"properties\": {\"scheme\"",
                    "\"zones\": [\"us-west-2a\", \"us-west-2z\", \"us-west-2c\"],\n     \"properties\": {\"scheme\""));
            await().atMost(Duration.ofSeconds(5)).until(() -> browser.find("#io-message").getText().contains("not a valid design"));
            String message = browser.find("#io-message").getText();
            assertThat(message).contains("bad-zone.json").contains("nothing changed").contains("components[1].zones[1]").contains("us-west-2z");
            browser.screenshot("editor-panels-bad-import");
            assertThat(browser.find("#findings-summary").getText()).isEqualTo("No findings");
            assertThat(browser.driver().findElements(By.cssSelector("#undo[disabled]"))).hasSize(1);

            browser.click("#export-json");
            Path exported = downloaded("seed-multi-az-ml.json");
            JsonNode stored = JSON.readTree(owner.req().get("/api/designs/{id}/document", designId).then().statusCode(200).extract().asString());
            assertThat(JSON.readTree(Files.readString(exported))).isEqualTo(stored);
            assertThat(Files.readString(exported)).contains("\n  \"name\": \"seed-multi-az-ml\"");
        }
    }

    @Test
    void thePreviewTabsShowEachRegionsTemplateAndCopyIt() {
        List<Map<String, String>> files = owner.req().get("/api/designs/{id}/files", designId).then().statusCode(200).extract().jsonPath().getList("");
        try (Browser browser = editor()) {
            browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin(),
                    "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            assertThat(browser.driver().executeScript("return document.querySelector('#previews .previews-status').textContent"))
                    .as("nothing is generated while the panel is closed").isEqualTo("Files are generated when this panel is shown.");
            assertThat(browser.driver().findElements(By.cssSelector("#previews [role=tab]"))).isEmpty();
            browser.click("#previews-section > summary");
            for (String region : List.of("us-west-2", "us-east-1")) {
                browser.find("#previews [role=tab][data-path^='cloudformation/" + region + "']");
            }
            assertThat(browser.driver().findElements(By.cssSelector("#previews [role=tab]"))).hasSize(files.size());

            String path = files.stream().map(f -> f.get("path")).filter(p -> p.startsWith("cloudformation/us-east-1")).findFirst().orElseThrow();
            browser.click("#previews [role=tab][data-path='" + path + "']");
            WebElement tab = browser.find("#previews [role=tab][data-path='" + path + "']");
            assertThat(tab.getAttribute("aria-selected")).isEqualTo("true");
            String expected = files.stream().filter(f -> f.get("path").equals(path)).findFirst().orElseThrow().get("content");
            assertThat(shownFile(browser)).isEqualTo(expected);
            browser.screenshot("editor-panels-preview");

            tab.sendKeys(Keys.ARROW_RIGHT);
            WebElement next = browser.driver().switchTo().activeElement();
            assertThat(next.getAttribute("role")).isEqualTo("tab");
            assertThat(next.getAttribute("data-path")).isNotEqualTo(path);
            assertThat(next.getAttribute("aria-selected")).isEqualTo("true");
            assertThat(tab.getAttribute("aria-selected")).isEqualTo("false");
            tab.click();

            browser.click("#previews button.copy-file");
            await().atMost(Duration.ofSeconds(5)).until(() -> browser.find("#previews button.copy-file").getText().contains("Copied"));
            Object clipboard = browser.driver().executeAsyncScript(
                    "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('unreadable: ' + e));");
            assertThat(clipboard).isEqualTo(expected);

            zoom200(browser);
            showAndMeasure(browser, "#previews pre");
            showAndMeasure(browser, "#previews [role=tab][aria-selected=true]");
            browser.screenshot("editor-panels-preview-200");
        }
    }

    @Test
    void theDownloadsAreTheApisExportAndTheDiagram() throws Exception {
        byte[] api = owner.req().accept("application/zip").get("/api/designs/{id}/export", designId).then().statusCode(200).extract().asByteArray();
        List<String> ids = owner.req().get("/api/designs/{id}/document", designId).then().extract().jsonPath().getList("components.id");
        try (Browser browser = editor()) {
            browser.find("g.component[data-id='usw2-alb']");

            browser.click("#download-export");
            assertThat(Files.readAllBytes(downloaded("seed-multi-az-ml.zip"))).isEqualTo(api);

            browser.click("#export-svg");
            Path svgFile = downloaded("seed-multi-az-ml.svg");
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element svg = factory.newDocumentBuilder().parse(svgFile.toFile()).getDocumentElement();
            assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(svg.getAttribute("viewBox")).matches("-?\\d+ -?\\d+ \\d+ \\d+");
            int width = Integer.parseInt(svg.getAttribute("width"));
            assertThat(width).isPositive();
            assertThat(svg.getAttribute("style")).doesNotContain("transform");
            NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
            List<String> drawn = new ArrayList<>();
            for (int i = 0; i < groups.getLength(); i++) {
                drawn.add(((Element) groups.item(i)).getAttribute("data-id"));
            }
            assertThat(drawn).containsAll(ids);
            assertThat(Files.readString(svgFile)).contains("fill:").doesNotContain("class=\"");

            browser.click("#export-png");
            byte[] png = Files.readAllBytes(downloaded("seed-multi-az-ml.png"));
            assertThat(Arrays.copyOf(png, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(2 * width);
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(Path.of("target", "screenshots", "editor-panels-exported-diagram.png"), png);
        }
    }

    // --- helpers ---------------------------------------------------------------------------

    private Browser editor() {
        Browser browser = new Browser(base.toString(), downloads);
        browser.open("/api/account/csrf");
        owner.cookies().forEach((name, value) -> browser.driver().manage().addCookie(new Cookie(name, value)));
        browser.open("/designs/" + designId);
        browser.find("#canvas g.component");
        return browser;
    }

    /** 200% browser zoom: a 1280×800 window becomes 640×400 CSS pixels drawn at twice the density. */
    private static void zoom200(Browser browser) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 640, "height", 400, "deviceScaleFactor", 2, "mobile", false));
    }

    /** Scrolls an element into view and checks that it fits the viewport's width (nothing cut off at the right). */
    private static WebElement showAndMeasure(Browser browser, String css) {
        WebElement element = browser.find(css);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        Number right = (Number) browser.driver().executeScript("return arguments[0].getBoundingClientRect().right", element);
        Number width = (Number) browser.driver().executeScript("return document.documentElement.clientWidth");
        assertThat(right.doubleValue()).as(css + " fits the width at 200%%").isLessThanOrEqualTo(width.doubleValue());
        return element;
    }

    private String origin() {
        String url = base.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static List<WebElement> findings(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#findings li.finding"));
    }

    private static WebElement finding(Browser browser, String rule, String target) {
        return browser.find("#findings li.finding[data-rule='" + rule + "'][data-target='" + target + "']");
    }

    private static WebElement component(Browser browser, String id) {
        return browser.find("#canvas g.component[data-id='" + id + "']");
    }

    private static String shownFile(Browser browser) {
        return (String) browser.driver().executeScript("return document.querySelector('#previews pre code').textContent");
    }

    private void importFile(Browser browser, String name, String content) throws IOException {
        Path file = Files.createTempDirectory("regionlab-import").resolve(name);
        Files.writeString(file, content);
        browser.driver().findElement(By.id("import-json")).sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits until Chromium has finished writing the download. */
    private Path downloaded(String name) {
        Path file = downloads.resolve(name);
        await().atMost(Duration.ofSeconds(15)).until(() -> Files.isRegularFile(file) && Files.size(file) > 0
                && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }
}

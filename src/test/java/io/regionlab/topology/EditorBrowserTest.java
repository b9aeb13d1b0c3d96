package io.regionlab.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** Building the source text's architecture in the editor with the mouse, in headless Chromium. */
@QuarkusTest
class EditorBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void buildsTheSeedArchitectureByMouseAndSeesAFindingComeAndGo() {
        try (EditorSession s = new EditorSession(base.toString(), EditorSession.BLANK)) {
            var b = s.browser;
            assertThat(s.ids("g.zone", "data-zone")).containsExactly("us-west-2a", "us-west-2b", "us-west-2c");

            // A second Region from the catalog, its zones offered as checkboxes.
            b.click("#add-region");
            new Select(b.find("#new-region")).selectByValue("us-east-1");
            assertThat(s.ids("#new-region-zones input:checked", "value")).contains("us-east-1a", "us-east-1b");
            b.click("#add-region-confirm");
            b.find("g.region[data-region='us-east-1']");

            // An Auto Scaling group dropped on one zone, then widened to all three in the properties.
            click(s, "g.zone[data-zone='us-west-2a'] rect");
            assertThat(b.find("#palette-target").getText()).contains("us-west-2a");
            assertThat(visibleKinds(s)).containsExactlyInAnyOrder("load-balancer", "autoscaling-group", "sagemaker-notebook", "cache");
            dragFromPalette(s, "autoscaling-group", "g.zone[data-zone='us-west-2a'] rect");
            s.component("asg-1");
            b.click("#properties input[name=zones][value='us-west-2b']");
            b.click("#properties input[name=zones][value='us-west-2c']");
            b.type("#properties input[name=minSize]", "3");
            b.type("#properties input[name=maxSize]", "9");
            b.find("#properties input[name=minSize]").click();

            // A load balancer on the Region, then RDS, two buckets and an endpoint in the Regional band.
            click(s, "g.region[data-region='us-west-2'] .band-box");
            assertThat(visibleKinds(s)).contains("rds-database", "s3-bucket", "sagemaker-endpoint").doesNotContain("dns-record", "cdn");
            dragFromPalette(s, "load-balancer", "g.region[data-region='us-west-2'] .band-box");
            dragFromPalette(s, "rds-database", "g.region[data-region='us-west-2'] .band-box");
            b.click("#properties input[name=multiAz]");
            dragFromPalette(s, "s3-bucket", "g.region[data-region='us-west-2'] .band-box");
            b.click("#properties input[name=versioning]");
            dragFromPalette(s, "sagemaker-endpoint", "g.region[data-region='us-west-2'] .band-box");
            b.type("#properties input[name=instanceCount]", "2");
            b.find("#properties input[name=instanceType]").click();
            click(s, "g.region[data-region='us-east-1'] .band-box");
            dragFromPalette(s, "s3-bucket", "g.region[data-region='us-east-1'] .band-box");
            b.click("#properties input[name=versioning]");

            // DNS in the global lane with latency routing.
            click(s, "g.global rect");
            assertThat(visibleKinds(s)).containsExactlyInAnyOrder("dns-record", "cdn");
            dragFromPalette(s, "dns-record", "g.global rect");
            new Select(b.find("#properties select[name=policy]")).selectByValue("latency");

            // Links by dragging a component's handle onto another; only the kinds that fit are offered.
            connect(s, "alb-1", "asg-1", "routes-to");
            connect(s, "asg-1", "endpoint-1", "invokes");
            connect(s, "asg-1", "db-1", "reads-writes");
            connect(s, "dns-1", "alb-1", "routes-to");
            dragHandle(s, "bucket-1", "bucket-2");
            assertThat(s.ids("#link-kind-choices button", "data-link-kind")).containsExactly("replicates-to");
            b.click("#link-kind-choices button[data-link-kind='replicates-to']");
            assertThat(s.ids("g.link", "data-kind")).hasSize(5);

            // Undo and redo with the buttons and with the keyboard: the link comes and goes on the canvas.
            String replication = "g.link[data-from='bucket-1'][data-to='bucket-2']";
            b.click("#undo");
            s.wait.until(d -> d.findElements(By.cssSelector(replication)).isEmpty());
            b.click("#redo");
            b.find(replication);
            new Actions(b.driver()).keyDown(org.openqa.selenium.Keys.CONTROL).sendKeys("z").keyUp(org.openqa.selenium.Keys.CONTROL).perform();
            s.wait.until(d -> d.findElements(By.cssSelector(replication)).isEmpty());
            new Actions(b.driver()).keyDown(org.openqa.selenium.Keys.CONTROL).keyDown(org.openqa.selenium.Keys.SHIFT).sendKeys("z")
                    .keyUp(org.openqa.selenium.Keys.SHIFT).keyUp(org.openqa.selenium.Keys.CONTROL).perform();
            b.find(replication);

            // Moving a component by dragging it to another Region changes its region.
            dragTo(s, "g.component[data-id='endpoint-1']", "g.region[data-region='us-east-1'] .band-box");
            await().atMost(Duration.ofSeconds(5)).until(() -> "us-east-1".equals(s.component("endpoint-1").getAttribute("aria-label").replaceAll(".* in ([a-z0-9-]+).*", "$1")));
            b.click("#undo");
            s.wait.until(d -> d.findElement(By.cssSelector("g.component[data-id='endpoint-1']")).getAttribute("aria-label").contains("us-west-2"));
            b.screenshot("editor-built-by-mouse");

            // What the server stores is what was built.
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertSeedArchitecture(s, s.stored()));

            // A finding appears when RDS loses Multi-AZ, with its marker on the component, and goes when fixed.
            click(s, "g.component[data-id='db-1'] .component-box");
            b.click("#properties input[name=multiAz]");
            b.find("#findings li.finding[data-rule='rds-single-az'][data-target='db-1']");
            s.wait.until(d -> "error".equals(d.findElement(By.cssSelector("g.component[data-id='db-1']")).getAttribute("data-severity")));
            assertThat(s.component("db-1").getText()).contains("!");
            assertThat(s.component("db-1").getAttribute("aria-label")).contains("error");
            b.screenshot("editor-finding");
            b.click("#properties input[name=multiAz]");
            s.wait.until(d -> d.findElements(By.cssSelector("#findings li.finding[data-rule='rds-single-az']")).isEmpty());
            s.wait.until(d -> d.findElement(By.cssSelector("g.component[data-id='db-1']")).getAttribute("data-severity") == null);

            // After the autosave, a reload shows the design as it was.
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(properties(s, s.stored(), "db-1")).containsEntry("multiAz", true));
            s.waitSaved();
            s.open();
            assertThat(s.ids("g.component", "data-id")).containsExactlyInAnyOrder("asg-1", "alb-1", "db-1", "bucket-1", "bucket-2", "endpoint-1", "dns-1");
            assertThat(s.ids("g.link", "data-kind")).hasSize(5);
            assertThat(s.ids("g.region", "data-region")).containsExactly("us-west-2", "us-east-1");
        }
    }

    static void assertSeedArchitecture(EditorSession s, JsonPath doc) {
        assertThat(doc.getList("regions.code", String.class)).containsExactly("us-west-2", "us-east-1");
        assertThat(s.component(doc, "asg-1")).containsEntry("kind", "autoscaling-group").containsEntry("region", "us-west-2")
                .containsEntry("zones", List.of("us-west-2a", "us-west-2b", "us-west-2c"));
        assertThat(properties(s, doc, "asg-1")).containsEntry("instanceType", "m5.large").containsEntry("minSize", 3).containsEntry("maxSize", 9);
        assertThat(s.component(doc, "alb-1")).containsEntry("kind", "load-balancer").containsEntry("zones", List.of("us-west-2a", "us-west-2b", "us-west-2c"));
        assertThat(s.component(doc, "db-1")).containsEntry("kind", "rds-database").containsEntry("region", "us-west-2");
        assertThat(properties(s, doc, "db-1")).containsEntry("engine", "postgres").containsEntry("multiAz", true);
        assertThat(s.component(doc, "bucket-1")).containsEntry("region", "us-west-2");
        assertThat(properties(s, doc, "bucket-1")).containsEntry("versioning", true);
        assertThat(s.component(doc, "bucket-2")).containsEntry("region", "us-east-1");
        assertThat(properties(s, doc, "bucket-2")).containsEntry("versioning", true);
        assertThat(s.component(doc, "endpoint-1")).containsEntry("kind", "sagemaker-endpoint").containsEntry("region", "us-west-2");
        assertThat(properties(s, doc, "endpoint-1")).containsEntry("instanceCount", 2);
        assertThat(s.component(doc, "dns-1")).containsEntry("kind", "dns-record").doesNotContainKey("region");
        assertThat(properties(s, doc, "dns-1")).containsEntry("domain", "app.example.com").containsEntry("policy", "latency");
        assertThat(doc.getList("links", Map.class)).containsExactlyInAnyOrder(
                Map.of("from", "alb-1", "to", "asg-1", "kind", "routes-to"),
                Map.of("from", "asg-1", "to", "endpoint-1", "kind", "invokes"),
                Map.of("from", "asg-1", "to", "db-1", "kind", "reads-writes"),
                Map.of("from", "dns-1", "to", "alb-1", "kind", "routes-to"),
                Map.of("from", "bucket-1", "to", "bucket-2", "kind", "replicates-to"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(EditorSession s, JsonPath doc, String id) {
        Map<String, Object> c = s.component(doc, id);
        assertThat(c).as("component " + id).isNotNull();
        return (Map<String, Object>) c.get("properties");
    }

    private static List<String> visibleKinds(EditorSession s) {
        return s.browser.driver().findElements(By.cssSelector("#palette button[data-kind]")).stream()
                .filter(WebElement::isDisplayed).map(e -> e.getAttribute("data-kind")).toList();
    }

    private static void click(EditorSession s, String css) {
        pointer(s, () -> new Actions(s.browser.driver()).moveToElement(s.browser.find(css), 0, 0).click().perform());
    }

    /**
     * Runs a pointer gesture on elements found afresh each try. A review answering in the background may
     * redraw the diagram between finding an element and moving the pointer to it (a person's pointer aims
     * at a place, not at an element), so a gesture that lost its element is let go and made again.
     */
    private static void pointer(EditorSession s, Runnable gesture) {
        for (int attempt = 1; ; attempt++) {
            try {
                gesture.run();
                return;
            } catch (StaleElementReferenceException e) {
                s.browser.driver().resetInputState();
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static void dragFromPalette(EditorSession s, String kind, String targetCss) {
        int before = s.browser.driver().findElements(By.cssSelector("g.component")).size();
        dragTo(s, "#palette button[data-kind='" + kind + "']", targetCss);
        s.until("a " + kind + " is added", d -> d.findElements(By.cssSelector("g.component")).size() == before + 1);
    }

    private static void dragTo(EditorSession s, String fromCss, String targetCss) {
        pointer(s, () -> {
            WebElement from = s.browser.find(fromCss);
            WebElement target = s.browser.find(targetCss);
            new Actions(s.browser.driver()).moveToElement(from).clickAndHold().moveByOffset(10, 10).moveToElement(target, 0, 0)
                    .moveByOffset(2, 2).release().perform();
        });
    }

    private static void dragHandle(EditorSession s, String from, String to) {
        click(s, "g.component[data-id='" + from + "'] .component-box");
        pointer(s, () -> {
            WebElement handle = s.browser.driver().findElement(By.cssSelector("g.component[data-id='" + from + "'] .connect-handle"));
            WebElement target = s.browser.find("g.component[data-id='" + to + "'] .component-box");
            new Actions(s.browser.driver()).moveToElement(handle).clickAndHold().moveByOffset(-10, 10).moveToElement(target, 0, 0)
                    .moveByOffset(2, 2).release().perform();
        });
        s.browser.find("#link-kind-dialog[open]");
    }

    private static void connect(EditorSession s, String from, String to, String kind) {
        dragHandle(s, from, to);
        s.browser.click("#link-kind-choices button[data-link-kind='" + kind + "']");
        s.browser.find("g.link[data-from='" + from + "'][data-to='" + to + "'][data-kind='" + kind + "']");
    }
}

package io.regionlab.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** Building the source text's architecture with the keyboard alone: no clicks once the page is open. */
@QuarkusTest
class EditorKeyboardBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void buildsTheSeedArchitectureWithTheKeyboardOnly() {
        try (EditorSession s = new EditorSession(base.toString(), EditorSession.BLANK)) {
            // A second Region through the dialog.
            tabTo(s, "#add-region");
            keys(s, Keys.ENTER);
            s.until("the Region dialog opens", d -> focused(s, "#new-region"));
            keys(s, "us-east-1");
            tabTo(s, "#add-region-confirm");
            keys(s, Keys.ENTER);
            s.until("us-east-1 is drawn", d -> !d.findElements(By.cssSelector("g.region[data-region='us-east-1']")).isEmpty());

            // An Auto Scaling group added to zone a, widened to three zones and sized in the properties.
            add(s, "g.zone[data-zone='us-west-2a']", "autoscaling-group", "asg-1");
            keys(s, Keys.ENTER);
            tabTo(s, "#properties input[name=zones][value='us-west-2b']");
            keys(s, Keys.SPACE);
            tabTo(s, "#properties input[name=zones][value='us-west-2c']");
            keys(s, Keys.SPACE);
            setNumber(s, "minSize", "3");
            setNumber(s, "maxSize", "9");

            add(s, "g.region[data-region='us-west-2']", "load-balancer", "alb-1");
            add(s, "g.region[data-region='us-west-2']", "rds-database", "db-1");
            check(s, "multiAz");
            add(s, "g.region[data-region='us-west-2']", "s3-bucket", "bucket-1");
            check(s, "versioning");
            add(s, "g.region[data-region='us-west-2']", "sagemaker-endpoint", "endpoint-1");
            setNumber(s, "instanceCount", "2");
            add(s, "g.region[data-region='us-east-1']", "s3-bucket", "bucket-2");
            check(s, "versioning");
            add(s, "g.global", "dns-record", "dns-1");
            keys(s, Keys.ENTER);
            tabTo(s, "#properties select[name=policy]");
            keys(s, "latency");
            keys(s, Keys.TAB);

            link(s, "alb-1", "asg-1", "routes-to");
            link(s, "asg-1", "endpoint-1", "invokes");
            link(s, "asg-1", "db-1", "reads-writes");
            link(s, "dns-1", "alb-1", "routes-to");
            link(s, "bucket-1", "bucket-2", "replicates-to");

            // Undo and redo by shortcut and by the toolbar buttons, seen on the canvas.
            String replication = "g.link[data-from='bucket-1'][data-to='bucket-2']";
            tabTo(s, "g.component[data-id='bucket-2']");
            shortcut(s, "z", Keys.CONTROL);
            s.until("undo removes the replication link", d -> d.findElements(By.cssSelector(replication)).isEmpty());
            shortcut(s, "z", Keys.CONTROL, Keys.SHIFT);
            s.until("redo brings the replication link back", d -> !d.findElements(By.cssSelector(replication)).isEmpty());
            tabTo(s, "#undo");
            keys(s, Keys.ENTER);
            s.until("the Undo button removes it", d -> d.findElements(By.cssSelector(replication)).isEmpty());
            tabTo(s, "#redo");
            keys(s, Keys.ENTER);
            s.until("the Redo button brings it back", d -> !d.findElements(By.cssSelector(replication)).isEmpty());

            // Duplicate, delete and move between Regions by keyboard.
            tabTo(s, "g.component[data-id='endpoint-1']");
            shortcut(s, "d", Keys.CONTROL);
            s.until("a duplicate appears", d -> focused(s, "g.component[data-id='endpoint-2']"));
            keys(s, Keys.DELETE);
            s.until("the duplicate is deleted", d -> d.findElements(By.cssSelector("g.component[data-id='endpoint-2']")).isEmpty());
            tabTo(s, "g.component[data-id='endpoint-1']");
            new Actions(s.browser.driver()).keyDown(Keys.ALT).sendKeys(Keys.ARROW_RIGHT).keyUp(Keys.ALT).perform();
            s.until("endpoint-1 moves to us-east-1", d -> s.component("endpoint-1").getAttribute("aria-label").contains("in us-east-1"));
            shortcut(s, "z", Keys.CONTROL);
            s.until("undo moves it back", d -> s.component("endpoint-1").getAttribute("aria-label").contains("in us-west-2"));
            s.browser.screenshot("editor-built-by-keyboard");

            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> EditorBrowserTest.assertSeedArchitecture(s, s.stored()));
            s.waitSaved();
            s.browser.driver().navigate().refresh();
            s.until("the editor is back", d -> "true".equals(d.findElement(By.id("editor")).getAttribute("data-ready")));
            assertThat(s.ids("g.component", "data-id")).containsExactlyInAnyOrder("asg-1", "alb-1", "db-1", "bucket-1", "bucket-2", "endpoint-1", "dns-1");
            assertThat(s.ids("g.link", "data-kind")).hasSize(5);
        }
    }

    private static void keys(EditorSession s, CharSequence... keys) {
        new Actions(s.browser.driver()).sendKeys(keys).perform();
    }

    private static boolean focused(EditorSession s, String css) {
        return Boolean.TRUE.equals(s.js("return !!document.activeElement && document.activeElement.matches(arguments[0]);", css));
    }

    /**
     * Presses Tab, or Shift+Tab when the target comes earlier in the page, until `css` has the focus.
     * The page is only read to count how many presses it takes, so they go in one batch.
     */
    private static void tabTo(EditorSession s, String css) {
        for (int i = 0; i < 60; i++) {
            Number steps = (Number) s.js("""
                    const a = document.activeElement;
                    if (a && a.matches(arguments[0])) return 0;
                    const scope = document.querySelector('dialog[open]') || document;
                    const all = [...scope.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
                      .filter((e) => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0 && (e.type !== 'radio' || e.checked));
                    const from = all.indexOf(a), to = all.findIndex((e) => e.matches(arguments[0]));
                    if (to < 0) return 1;
                    return from < 0 ? to + 1 : to - from;""", css);
            if (steps.intValue() == 0) {
                return;
            }
            int n = Math.abs(steps.intValue());
            Actions presses = new Actions(s.browser.driver());
            if (steps.intValue() < 0) {
                presses.keyDown(Keys.SHIFT);
            }
            for (int k = 0; k < n; k++) {
                presses.sendKeys(Keys.TAB);
            }
            if (steps.intValue() < 0) {
                presses.keyUp(Keys.SHIFT);
            }
            presses.perform();
        }
        throw new AssertionError("Tab never reached " + css);
    }

    private static void shortcut(EditorSession s, String key, Keys... modifiers) {
        Actions actions = new Actions(s.browser.driver());
        for (Keys m : modifiers) {
            actions.keyDown(m);
        }
        actions.sendKeys(key);
        for (Keys m : modifiers) {
            actions.keyUp(m);
        }
        actions.perform();
    }

    /** Focuses a lane, presses "a" to reach the palette, picks the kind and checks the new component has the focus. */
    private static void add(EditorSession s, String laneCss, String kind, String expectedId) {
        tabTo(s, laneCss);
        keys(s, "a");
        s.until("the palette has the focus", d -> focused(s, "#palette button[data-kind]"));
        tabTo(s, "#palette button[data-kind='" + kind + "']");
        keys(s, Keys.ENTER);
        s.until(expectedId + " is added and focused", d -> focused(s, "g.component[data-id='" + expectedId + "']"));
    }

    private static void check(EditorSession s, String name) {
        keys(s, Keys.ENTER);
        tabTo(s, "#properties input[name=" + name + "]");
        keys(s, Keys.SPACE);
    }

    private static void setNumber(EditorSession s, String name, String value) {
        if (!focused(s, "#properties *")) {
            keys(s, Keys.ENTER);
        }
        tabTo(s, "#properties input[name=" + name + "]");
        shortcut(s, "a", Keys.CONTROL);
        keys(s, value, Keys.TAB);
    }

    private static void link(EditorSession s, String from, String to, String kind) {
        tabTo(s, "g.component[data-id='" + from + "']");
        keys(s, Keys.ENTER);
        tabTo(s, "#properties select[name=link-target]");
        keys(s, to);
        tabTo(s, "#properties select[name=link-kind]");
        keys(s, kind);
        tabTo(s, "#add-link");
        keys(s, Keys.ENTER);
        s.until("the link " + from + " " + kind + " " + to + " is drawn",
                d -> !d.findElements(By.cssSelector("g.link[data-from='" + from + "'][data-to='" + to + "'][data-kind='" + kind + "']")).isEmpty());
    }
}

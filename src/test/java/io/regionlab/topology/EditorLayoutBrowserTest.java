package io.regionlab.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/** The reference design in the editor at 1280×800 and at 200% zoom (640×400 CSS pixels), with screenshots to look at. */
@QuarkusTest
class EditorLayoutBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theReferenceDesignIsReadableAtFullSizeAndAtTwoHundredPercent() throws IOException {
        String seed = Files.readString(Path.of("content/designs/seed-multi-az-ml.json"));
        try (EditorSession s = new EditorSession(base.toString(), seed)) {
            var b = s.browser;
            assertThat(s.ids("g.component", "data-id")).hasSize(11).contains("predict-dns", "usw2-inference-asg", "use1-features-replica");
            assertThat(s.ids("g.link", "data-kind")).hasSize(10);
            assertThat(s.ids("g.region", "data-region")).containsExactly("us-west-2", "us-east-1");
            s.until("the review has answered", d -> !d.findElement(By.id("findings")).getText().isBlank());
            noHorizontalOverflow(s);
            b.screenshot("editor-seed-1280x800");

            s.component("usw2-features-db").click();
            b.find("#properties input[name=multiAz]").click();
            s.until("the RDS finding is listed", d -> !d.findElements(By.cssSelector("#findings li.finding[data-severity='error']")).isEmpty());
            s.until("the database is marked", d -> "error".equals(d.findElement(By.cssSelector("g.component[data-id='usw2-features-db']")).getAttribute("data-severity")));
            b.screenshot("editor-seed-findings");
            b.click("#undo");
            s.until("undo clears the mark", d -> d.findElement(By.cssSelector("g.component[data-id='usw2-features-db']")).getAttribute("data-severity") == null);

            // 200% zoom of a 1280×800 window: 640×400 CSS pixels. The panes stack; nothing is cut off sideways.
            b.driver().manage().window().setSize(new Dimension(640, 400 + chromeHeight(s)));
            b.click("#fit");
            noHorizontalOverflow(s);
            WebElement canvas = b.find("#canvas");
            WebElement side = b.driver().findElement(By.cssSelector(".side-pane"));
            assertThat(canvas.getRect().getWidth()).isGreaterThan(500);
            assertThat(canvas.getRect().getHeight()).isGreaterThan(150);
            assertThat(side.getRect().getY()).isGreaterThanOrEqualTo(canvas.getRect().getY() + canvas.getRect().getHeight());
            b.screenshot("editor-seed-200-percent");
        }
    }

    private static int chromeHeight(EditorSession s) {
        return ((Number) s.js("return window.outerHeight - window.innerHeight;")).intValue();
    }

    private static void noHorizontalOverflow(EditorSession s) {
        Number overflow = (Number) s.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("page wider than the window by").isLessThanOrEqualTo(0);
    }
}

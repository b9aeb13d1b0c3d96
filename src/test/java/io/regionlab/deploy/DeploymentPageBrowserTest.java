package io.regionlab.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.deploy.core.TwoRegionDesign;
import io.regionlab.support.Browser;
import io.regionlab.topology.core.TopologyCodecTest;
import io.regionlab.support.CloudFormationStub;
import io.regionlab.support.Learners;
import io.regionlab.support.Learners.Client;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An admin deploys a two-Region design from its deployment page, in headless Chromium against the CloudFormation stub. */
@QuarkusTest
class DeploymentPageBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource db;

    private final CloudFormationStub stub = CloudFormationStub.shared();

    @BeforeEach
    void resetStub() {
        stub.reset();
    }

    @Test
    void anAdminPlansSeesTheDiffAppliesAndWatchesBothRegionsComplete() {
        Client admin = ApplyFixture.admin(db);
        String name = ApplyFixture.uniqueName("page");
        String design = ApplyFixture.create(admin, TwoRegionDesign.document(name));
        String first = ApplyFixture.stack(name, "eu-west-1");
        String second = ApplyFixture.stack(name, "us-west-2");
        // Held, the first stack stays in progress, so the page must show its events while the job still runs.
        stub.hold("eu-west-1", first);

        try (Browser browser = new Browser(base.toString())) {
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
            signIn(browser, admin.username());
            browser.open("/designs/" + design + "/deployments");
            assertThat(browser.find("#apply-target").getText()).isEqualTo("endpoint " + stub.endpoint());
            assertThat(browser.find("#no-plans").getText()).startsWith("No plans yet");
            assertThat(browser.driver().findElement(By.id("destroy-panel")).isDisplayed()).as("confirmation only on request").isFalse();
            assertThat(browser.driver().findElement(By.id("inputs-form")).isDisplayed()).isFalse();
            screenshots(browser, "deployments-open", "h1");

            browser.click("#plan-button");
            WebElement plan = browser.find("#plans article.plan");
            String planId = plan.getAttribute("id").substring("plan-".length());
            assertThat(plan.getAttribute("data-status")).isEqualTo("ready");
            List<WebElement> stacks = plan.findElements(By.cssSelector(".plan-stack"));
            assertThat(stacks).extracting(s -> s.getAttribute("data-stack")).containsExactly(first, second);
            assertThat(stacks.get(0).getText()).contains("1. " + first).contains("Region eu-west-1 · New stack");
            assertThat(stacks.get(1).getText()).contains("2. " + second).contains("Region us-west-2 · New stack");
            assertThat(rows(stacks.get(0))).contains("Add DataEu AWS::S3::Bucket");
            assertThat(rows(stacks.get(1))).contains("Add Data AWS::S3::Bucket");
            assertThat(plan.findElements(By.cssSelector("tr.change"))).allSatisfy(row -> {
                assertThat(row.getAttribute("data-change")).isEqualTo("Add");
                assertThat(row.findElement(By.cssSelector(".change-kind svg.icon-add"))).isNotNull();
            });
            assertThat(stub.calls()).noneMatch(c -> c.action().equals("ExecuteChangeSet"));
            screenshots(browser, "deployments-plan", "#plan-title-" + planId);

            browser.click("#apply-" + planId);
            WebElement job = browser.find("#jobs article.job");
            String jobId = job.getAttribute("id").substring("job-".length());
            wait.until(d -> "running".equals(job.getAttribute("data-status")));
            wait.until(d -> !d.findElements(By.cssSelector("#events-" + jobId + " tr")).isEmpty());
            assertThat(job.getAttribute("data-status")).as("events arrive while the job runs").isEqualTo("running");
            assertThat(browser.find("#events-" + jobId).getText()).contains(first).contains("CREATE_IN_PROGRESS");
            assertThat(stackStatus(job, first)).isEqualTo("in-progress");
            assertThat(stackStatus(job, second)).isEqualTo("pending");
            WebElement applyButton = browser.driver().findElement(By.id("apply-" + planId));
            assertThat(applyButton.isEnabled()).isFalse();
            assertThat(browser.driver().findElement(By.id("destroy-button")).isEnabled()).isFalse();
            screenshots(browser, "deployments-running", "#job-title-" + jobId);

            stub.release("eu-west-1", first);
            wait.until(d -> "succeeded".equals(job.getAttribute("data-status")));
            assertThat(stackStatus(job, first)).isEqualTo("complete");
            assertThat(stackStatus(job, second)).isEqualTo("complete");
            assertThat(job.findElements(By.cssSelector("ol.job-stacks li"))).extracting(li -> li.getText().replaceAll("\\s+", " "))
                    .containsExactly("Complete " + first + " · eu-west-1 · CREATE_COMPLETE", "Complete " + second + " · us-west-2 · CREATE_COMPLETE");
            assertThat(job.findElement(By.cssSelector("h3")).getText()).contains("Apply").contains("Succeeded");
            String events = browser.find("#events-" + jobId).getText();
            assertThat(events).contains(first + "\neu-west-1").contains(second + "\nus-west-2").contains("CREATE_COMPLETE");
            assertThat(job.findElement(By.cssSelector(".job-summary")).getText())
                    .contains("Created or updated: " + first + " (eu-west-1), " + second + " (us-west-2)")
                    .contains("Not started: none");
            assertThat(stub.status("eu-west-1", first)).contains("CREATE_COMPLETE");
            assertThat(stub.status("us-west-2", second)).contains("CREATE_COMPLETE");
            wait.until(d -> "applied".equals(d.findElement(By.id("plan-" + planId)).getAttribute("data-status")));
            assertThat(browser.find("#apply-reason-" + planId).getText()).contains("applied already");
            screenshots(browser, "deployments-complete", "#job-title-" + jobId);

            screenshots(browser, "deployments-events", "#events-" + jobId);

            // Destroy by keyboard alone: the button opens the confirmation and puts the cursor in it.
            browser.find("#destroy-button").sendKeys(Keys.ENTER);
            wait.until(d -> "destroy-confirm".equals(d.switchTo().activeElement().getAttribute("id")));
            browser.driver().switchTo().activeElement().sendKeys(name + "x" + Keys.ENTER);
            assertThat(browser.find("#destroy-confirm-button").isEnabled()).as("a wrong name does not confirm").isFalse();
            assertThat(browser.driver().findElements(By.cssSelector("#jobs article.job[data-kind=destroy]"))).isEmpty();
            WebElement confirm = browser.driver().switchTo().activeElement();
            confirm.sendKeys(Keys.BACK_SPACE);
            confirm.sendKeys(Keys.ENTER);
            WebElement destroy = browser.find("#jobs article.job[data-kind=destroy]");
            wait.until(d -> "succeeded".equals(destroy.getAttribute("data-status")));
            assertThat(stackStatus(destroy, first)).isEqualTo("deleted");
            assertThat(stackStatus(destroy, second)).isEqualTo("deleted");
            assertThat(destroy.findElement(By.cssSelector(".job-summary")).getText()).contains("Left behind (retain policy):")
                    .contains("DataEu AWS::S3::Bucket").contains("in " + first);
            assertThat(stub.status("eu-west-1", first)).contains("DELETE_COMPLETE");
            assertThat(stub.status("us-west-2", second)).contains("DELETE_COMPLETE");
            screenshots(browser, "deployments-destroyed", "#" + destroy.getAttribute("id"));
        }
    }

    @Test
    void parametersOnlyTheOperatorKnowsAreAskedForOnThePage() {
        Client admin = ApplyFixture.admin(db);
        String design = ApplyFixture.create(admin, TopologyCodecTest.EXAMPLE);

        try (Browser browser = new Browser(base.toString())) {
            signIn(browser, admin.username());
            browser.open("/designs/" + design + "/deployments");
            browser.click("#plan-button");
            WebElement form = browser.find("#inputs-form");
            List<WebElement> fields = form.findElements(By.cssSelector("input"));
            assertThat(fields).extracting(f -> f.getAttribute("name")).contains("ApiLbCertificateArn", "ModelImageUri");
            assertThat(form.getText()).contains("needs a value for its parameter ApiLbCertificateArn");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("name")).isEqualTo(fields.get(0).getAttribute("name"));
            assertThat(stub.calls()).isEmpty();
            screenshots(browser, "deployments-inputs", "#inputs-form");

            for (WebElement field : fields) {
                String parameter = field.getAttribute("name");
                field.sendKeys(parameter.endsWith("Arn") ? "arn:aws:acm:us-west-2:123456789012:certificate/0a1b2c3d"
                        : parameter.contains("Image") ? "123456789012.dkr.ecr.us-west-2.amazonaws.com/model:1" : "value-" + parameter);
            }
            fields.get(fields.size() - 1).sendKeys(Keys.ENTER);
            WebElement plan = browser.find("#plans article.plan");
            assertThat(plan.getAttribute("data-status")).isEqualTo("ready");
            assertThat(form.isDisplayed()).isFalse();
            assertThat(stub.calls()).anyMatch(c -> c.action().equals("CreateChangeSet"));
        }
    }

    @Test
    void aLearnerGetsTheForbiddenPage() {
        Client admin = ApplyFixture.admin(db);
        String design = ApplyFixture.create(admin, TwoRegionDesign.document(ApplyFixture.uniqueName("forbidden")));
        Client learner = Learners.signUp();
        learner.req().accept("text/html").get("/designs/{id}/deployments", design).then().statusCode(403);

        try (Browser browser = new Browser(base.toString())) {
            signIn(browser, learner.username());
            browser.open("/designs/" + design + "/deployments");
            assertThat(browser.find("h1").getText()).isEqualTo("Forbidden");
            assertThat(browser.find(".lead").getText()).contains("Only admins may plan, apply or destroy");
            assertThat(browser.driver().findElements(By.id("plan-button"))).isEmpty();
            browser.screenshot("deployments-forbidden");
        }
    }

    private static void signIn(Browser browser, String username) {
        browser.open("/login");
        browser.type("#j_username", username);
        browser.type("#j_password", "a long enough password");
        browser.click("button[type=submit]");
        assertThat(browser.find(".who").getText()).contains("Signed in as " + username);
    }

    private static List<String> rows(WebElement stack) {
        return stack.findElements(By.cssSelector("tr.change")).stream()
                .map(row -> row.findElements(By.cssSelector("td, th")).stream().limit(3).map(WebElement::getText)
                        .reduce((a, b) -> a + " " + b).orElse(""))
                .toList();
    }

    private static String stackStatus(WebElement job, String stack) {
        return job.findElement(By.cssSelector("ol.job-stacks li[data-stack='" + stack + "']")).getAttribute("data-status");
    }

    /** At 1280×800, then as at 200% zoom (a 640×400 CSS viewport at twice the pixel density), scrolled to the element. */
    private static void screenshots(Browser browser, String name, String focus) {
        scrollTo(browser, focus);
        browser.screenshot(name);
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 640, "height", 400, "deviceScaleFactor", 2, "mobile", false));
        try {
            scrollTo(browser, focus);
            browser.screenshot(name + "-200");
        } finally {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static void scrollTo(Browser browser, String css) {
        browser.driver().executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start'})", css);
    }
}

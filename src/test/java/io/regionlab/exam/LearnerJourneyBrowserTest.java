package io.regionlab.exam;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.exam.core.Question;
import io.regionlab.support.Browser;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What a new learner does in the browser, in headless Chromium. */
@QuarkusTest
class LearnerJourneyBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    ContentStore content;

    @Test
    void aNewLearnerSignsUpPractisesAndSitsAnExam() {
        String username = "browser-" + System.nanoTime() % 1_000_000;
        try (Browser browser = new Browser(base.toString())) {
            // Sign up, then sign in.
            browser.open("/signup");
            browser.type("#username", username);
            browser.type("#password", "a long enough password");
            browser.click("button[type=submit]");
            browser.waitForPath("/login");
            assertThat(browser.find(".success").getText()).contains(username);
            browser.type("#j_password", "a long enough password");
            browser.click("button[type=submit]");
            assertThat(browser.find(".who").getText()).contains("Signed in as " + username);

            // Practise one question, answer it rightly, read its explanation.
            browser.open("/practice");
            browser.type("#practice-count", "1");
            browser.click("#start-practice");
            browser.waitForPath("/attempts/");
            browser.screenshot("practice-question");
            Question question = questionOnPage(browser);
            choose(browser, question);
            browser.click("#check-answer");
            assertThat(browser.find(".verdict").getText()).contains("Correct");
            String feedback = browser.find("#feedback").getText();
            assertThat(feedback).contains(firstWords(question.explanation()));
            for (var option : question.options()) {
                assertThat(feedback).contains(firstWords(option.why()));
            }
            browser.screenshot("practice-feedback");

            // Sit the mock exam: every question answered rightly, then submitted.
            browser.open("/exam");
            browser.click("#start-exam");
            browser.waitForPath("/attempts/");
            assertThat(browser.find("#timer").getText()).containsPattern("\\d");
            browser.screenshot("exam-question");
            int count = 65;
            for (int i = 1; i <= count; i++) {
                browser.waitForPath("/" + i);
                choose(browser, questionOnPage(browser));
                browser.click("#save-next");
            }
            browser.waitForPath("/submit");
            assertThat(browser.find("#submit-summary").getText()).contains(count + " of " + count + " answered");
            browser.click("#confirm-submit");
            browser.waitForPath("/result");
            browser.screenshot("exam-result");

            String domains = browser.find("#result-domains").getText();
            assertThat(domains).contains("Data Engineering").contains("ML Implementation and Operations").contains("100%");
            assertThat(browser.find("#scaled-estimate").getText()).containsIgnoringCase("estimate");
            assertThat(browser.find("#pass-fail").getText()).containsIgnoringCase("pass");

            // History draws the exam on the per-domain chart.
            browser.open("/history");
            // One exam so far: one dot on each domain's line.
            assertThat(browser.find("#trend-chart").findElements(By.cssSelector("circle"))).hasSize(4);
            assertThat(browser.find("#attempts").getText()).contains("exam").contains("practice");
            browser.screenshot("history");

            // A flash card: reveal the answer, grade it, and the schedule says when it returns.
            browser.open("/cards");
            browser.screenshot("cards");
            browser.click("#reveal summary");
            browser.click("#grade-good");
            assertThat(browser.find(".success").getText()).contains("comes back in 2 days");
        }
    }

    /** The question on the page, by the id it carries, and checked against the prompt shown. */
    private Question questionOnPage(Browser browser) {
        String id = browser.find("#question").getAttribute("data-question-id");
        Question question = content.current(id).orElseThrow(() -> new AssertionError("no question " + id + " in the bank"));
        assertThat(browser.find("#prompt").getText()).contains(firstWords(question.prompt()).substring(0, 20));
        return question;
    }

    private static void choose(Browser browser, Question question) {
        for (String key : question.correctKeys()) {
            WebElement option = browser.find("#option-" + key);
            if (!option.isSelected()) {
                browser.driver().findElement(By.cssSelector("label[for=option-" + key + "]")).click();
            }
        }
    }

    private static String firstWords(String markdown) {
        String plain = markdown.replaceAll("[*_`#>\\[\\]]", "").replaceAll("\\(https?://[^)]*\\)", "").replaceAll("\\s+", " ").trim();
        return plain.substring(0, Math.min(30, plain.length()));
    }
}

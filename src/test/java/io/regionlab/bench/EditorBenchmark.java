package io.regionlab.bench;

import io.regionlab.support.Browser;
import io.regionlab.support.LargeDesign;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the large design (10 Regions × 3 zones × 12 components) in the editor in headless Chromium
 * several times against a running portal, and prints the time to first render (the
 * {@code editor:first-render} measure main.js sets, from navigation start) and, while a component is
 * dragged across lanes for about two seconds, the interval between animation frames and the script
 * and layout work each frame costs. Run by {@code bench/editor-bench.sh}, not by the tests.
 */
public final class EditorBenchmark {

    private static final String DRAG = """
            const done = arguments[arguments.length - 1];
            const svg = document.querySelector('#canvas');
            const node = document.querySelector('g.component[data-id="r0-web"]');
            const box = node.getBoundingClientRect();
            const x0 = box.left + 20, y0 = box.top + box.height / 2;
            const fire = (type, x, y) => node.dispatchEvent(new PointerEvent(type, {
              bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, buttons: type === 'pointerup' ? 0 : 1, pointerId: 1, isPrimary: true }));
            fire('pointerdown', x0, y0);
            const intervals = [], work = [];
            let last = null, started = null;
            function step(now) {
              if (started === null) started = now;
              if (last !== null) intervals.push(now - last);
              last = now;
              const t = (now - started) / 2000;
              // Back and forth across three zones and into the next Region.
              const x = x0 + Math.sin(t * Math.PI * 2) * 420 + 200, y = y0 + Math.sin(t * Math.PI * 4) * 120;
              fire('pointermove', x, y);
              if (now - started < 2000) {
                requestAnimationFrame(step);
                // Registered after the canvas's own frame callback: runs after it in the next frame.
                requestAnimationFrame((frameStart) => { node.getBoundingClientRect(); work.push(performance.now() - frameStart); });
              } else {
                fire('pointerup', x0, y0);
                done({ intervals, work });
              }
            }
            requestAnimationFrame(step);
            """;

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18080";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
        String id = createLargeDesign(http, base);
        List<Double> firstRender = new ArrayList<>();
        List<Double> intervals = new ArrayList<>();
        List<Double> work = new ArrayList<>();
        int components = 0;
        try (Browser browser = new Browser(base)) {
            browser.open("/api/schema/kinds");
            for (HttpCookie c : cookies.getCookieStore().getCookies()) {
                browser.driver().manage().addCookie(new Cookie(c.getName(), c.getValue(), "/"));
            }
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            JavascriptExecutor js = browser.driver();
            for (int run = 0; run < runs + 1; run++) {
                browser.open("/designs/" + id);
                new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                        .until(d -> "true".equals(d.findElement(By.id("editor")).getAttribute("data-ready")));
                Number ms = (Number) js.executeScript("return performance.getEntriesByName('editor:first-render')[0].duration;");
                components = browser.driver().findElements(By.cssSelector("g.component")).size();
                @SuppressWarnings("unchecked")
                Map<String, List<Number>> frames = (Map<String, List<Number>>) js.executeAsyncScript(DRAG);
                if (run == 0) {
                    continue; // the first run warms the JIT of the server and the browser's caches
                }
                firstRender.add(ms.doubleValue());
                frames.get("intervals").forEach(n -> intervals.add(n.doubleValue()));
                frames.get("work").forEach(n -> work.add(n.doubleValue()));
            }
        }
        System.out.printf(Locale.ROOT, "Large design: %d components drawn, %d runs (after one warm-up)%n", components, runs);
        print("first render (navigation start to full SVG)", firstRender);
        print("frame interval while dragging", intervals);
        print("script + layout per drag frame", work);
    }

    private static void print(String what, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-46s median %7.1f ms   p95 %7.1f ms   max %7.1f ms   (n=%d)%n", what,
                percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1), sorted.size());
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String createLargeDesign(HttpClient http, String base) throws Exception {
        String username = "bench-" + System.currentTimeMillis() % 1_000_000;
        String password = "a long enough password";
        String csrf = token(send(http, HttpRequest.newBuilder(URI.create(base + "/api/account/csrf")).GET()));
        send(http, json(base + "/api/account", csrf, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String created = send(http, json(base + "/api/designs", csrf, LargeDesign.json()));
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(created);
        if (!m.find()) {
            throw new IllegalStateException("no design id in " + created);
        }
        return m.group(1);
    }

    private static HttpRequest.Builder json(String url, String csrf, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String send(HttpClient http, HttpRequest.Builder request) throws Exception {
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(answer.request().uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static String token(String body) {
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in " + body);
        }
        return m.group(1);
    }

    private EditorBenchmark() {
    }
}

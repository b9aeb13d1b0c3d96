package io.regionlab.platform;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown for pages: {@code {question.prompt.md}}. Raw HTML in the source is escaped and
 * unsafe link targets (javascript:) are dropped, so content can never inject script.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {
    }

    /** Content is a finite set of immutable texts, so rendered HTML is kept; the bound keeps a flood of new texts from growing it. */
    private static final int CACHE_LIMIT = 20_000;
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    public static String toHtml(String markdown) {
        if (markdown == null) {
            return "";
        }
        String html = RENDERED.get(markdown);
        if (html == null) {
            html = RENDERER.render(PARSER.parse(markdown));
            if (RENDERED.size() < CACHE_LIMIT) {
                RENDERED.put(markdown, html);
            }
        }
        return html;
    }

    @TemplateExtension(matchName = "md")
    static RawString md(String markdown) {
        return new RawString(toHtml(markdown));
    }
}

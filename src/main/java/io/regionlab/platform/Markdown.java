package io.regionlab.platform;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
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

    public static String toHtml(String markdown) {
        return markdown == null ? "" : RENDERER.render(PARSER.parse(markdown));
    }

    @TemplateExtension(matchName = "md")
    static RawString md(String markdown) {
        return new RawString(toHtml(markdown));
    }
}

package vn.sohoa.platform.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Renders a text lesson's Markdown as HTML a browser may show as it is. Two walls, each enough on its own:
 * commonmark escapes raw HTML and drops unsafe link targets ({@code javascript:}), and jsoup then keeps only a
 * safelist of elements and attributes, so no script, event handler or style survives.
 */
@ApplicationScoped
public class LessonText {

    private static final Safelist SAFE = Safelist.basicWithImages().addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** The lesson's Markdown as safe HTML; empty for no text. */
    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return Jsoup.clean(renderer.render(parser.parse(markdown)), SAFE);
    }
}

package org.dateline.ingest.html;

import org.dateline.model.Problem;

import java.time.LocalDate;
import java.util.List;

/**
 * What a web page says about its article.
 *
 * @param title       the headline (og:title, JSON-LD headline, the h1, or the title without the site name)
 * @param paragraphs  the main text, one entry per paragraph, boilerplate removed
 * @param published   publication date, or null
 * @param dateSource  where the date came from ({@code json-ld}, {@code meta:article:published_time}, {@code time},
 *                    {@code url}, {@code text}), or null
 * @param author      byline, or null
 * @param site        site name, or null
 * @param url         canonical URL, else the URL the page was fetched from, or null
 * @param language    the page's declared language, or null
 * @param problems    what went wrong (encoding fallback, truncation), recorded
 */
public record HtmlPage(String title, List<String> paragraphs, LocalDate published, String dateSource, String author,
                       String site, String url, String language, List<Problem> problems) {
    public HtmlPage {
        paragraphs = List.copyOf(paragraphs);
        problems = List.copyOf(problems);
    }
}

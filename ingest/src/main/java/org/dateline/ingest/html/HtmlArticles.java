package org.dateline.ingest.html;

import org.dateline.model.Metadata;
import org.dateline.model.RawArticle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns an extracted page into a raw article for the cleaner: headline, paragraphs, metadata. */
public final class HtmlArticles {
    private HtmlArticles() {
    }

    /** Reads one HTML page; {@code defaults} (command line) win over what the page says. */
    public static RawArticle read(String id, byte[] bytes, Metadata defaults) {
        HtmlPage page = new HtmlExtractor().extract(bytes, defaults.url(), LocalDate.now());
        return toRaw(id, page, defaults, null);
    }

    static RawArticle toRaw(String id, HtmlPage page, Metadata defaults, LocalDate crawlDate) {
        LocalDate published = page.published();
        String source = page.dateSource();
        if (defaults.published() != null) {
            published = defaults.published();
            source = "given";
        } else if (published == null && crawlDate != null) {
            published = crawlDate;
            source = "warc-date";
        }
        Metadata m = new Metadata(published, defaults.source() != null ? defaults.source() : page.site(),
                defaults.url() != null ? defaults.url() : page.url(), defaults.author() != null ? defaults.author() : page.author(),
                published == null ? null : source);
        List<org.dateline.model.Problem> problems = new ArrayList<>(page.problems());
        return new RawArticle(id, page.title(), String.join("\n\n", page.paragraphs()), m, problems);
    }
}

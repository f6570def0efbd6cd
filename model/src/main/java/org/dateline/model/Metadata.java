package org.dateline.model;

import java.time.LocalDate;

/**
 * What is known about an article besides its text. Every field may be null when unknown.
 *
 * @param published publication date, the anchor for relative times
 * @param source    the outlet, e.g. "Reuters"
 * @param url       where the article was found
 * @param author    the byline
 */
public record Metadata(LocalDate published, String source, String url, String author) {
    public static Metadata empty() {
        return new Metadata(null, null, null, null);
    }

    public Metadata withPublished(LocalDate date) {
        return new Metadata(date, source, url, author);
    }

    public Metadata withSource(String outlet) {
        return new Metadata(published, outlet, url, author);
    }
}

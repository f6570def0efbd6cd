package org.dateline.model;

import java.time.LocalDate;

/**
 * What is known about an article besides its text. Every field may be null when unknown.
 *
 * @param published publication date, the anchor for relative times
 * @param source    the outlet, e.g. "Reuters"
 * @param url       where the article was found
 * @param author    the byline
 * @param dateSource where {@code published} came from: {@code given} (command line or input field),
 *                   {@code json-ld}, {@code meta:<name>}, {@code time}, {@code url}, {@code text} for pages,
 *                   {@code warc-date} for a crawl date standing in; null when there is no date
 */
public record Metadata(LocalDate published, String source, String url, String author, String dateSource) {
    public static Metadata empty() {
        return new Metadata(null, null, null, null, null);
    }

    public Metadata withPublished(LocalDate date) {
        return new Metadata(date, source, url, author, date == null ? null : "given");
    }

    public Metadata withSource(String outlet) {
        return new Metadata(published, outlet, url, author, dateSource);
    }

    public Metadata withAuthor(String byline) {
        return new Metadata(published, source, url, byline, dateSource);
    }
}

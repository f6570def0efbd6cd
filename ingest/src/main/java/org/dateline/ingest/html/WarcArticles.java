package org.dateline.ingest.html;

import org.dateline.ingest.ReadAhead;
import org.dateline.ingest.ReadResult;
import org.dateline.model.Metadata;
import org.dateline.model.Problem;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/**
 * The articles in a WARC file ({@code .warc}, {@code .warc.gz}; read with jwarc), one at a time:
 * every HTTP 200 HTML response becomes an article with its target URL; the crawl date stands in
 * for a publication date the page does not give ({@code dateSource = warc-date}). Redirects,
 * other statuses, non-HTML responses and truncated records are reported as failed items with
 * their reason; requests, metadata and other record types are skipped silently.
 */
public final class WarcArticles {
    private final HtmlExtractor extractor = new HtmlExtractor();

    public Stream<ReadResult> read(String name, InputStream in, Metadata defaults) throws IOException {
        WarcReader reader = new WarcReader(in);
        java.util.function.Supplier<ReadResult> records = new java.util.function.Supplier<>() {
            private int index;

            @Override
            public ReadResult get() {
                while (true) {
                    WarcRecord record;
                    long position;
                    try {
                        position = reader.position();
                        java.util.Optional<WarcRecord> r = reader.next();
                        if (r.isEmpty()) {
                            return null;
                        }
                        record = r.get();
                    } catch (IOException | RuntimeException e) {
                        return new ReadResult.Failed(name + "@" + reader.position(), new Problem("truncated",
                                "unreadable WARC record: " + e.getMessage()));
                    }
                    index++;
                    if (!(record instanceof WarcResponse response)) {
                        continue;
                    }
                    String where = name + "#" + index;
                    try {
                        String uri = response.target();
                        HttpResponse http = response.http();
                        if (http.status() >= 300 && http.status() < 400) {
                            return new ReadResult.Failed(where, new Problem("redirect", "HTTP " + http.status() + " " + uri
                                    + " -> " + http.headers().first("Location").orElse("?")));
                        }
                        if (http.status() != 200) {
                            return new ReadResult.Failed(where, new Problem("http-status", "HTTP " + http.status() + " " + uri));
                        }
                        MediaType type = http.contentType();
                        if (!type.base().equals(MediaType.HTML.base()) && !type.base().toString().equals("application/xhtml+xml")) {
                            return new ReadResult.Failed(where, new Problem("not-html", type.base() + " " + uri));
                        }
                        if (response.headers().first("WARC-Truncated").isPresent()) {
                            return new ReadResult.Failed(where, new Problem("truncated", "record truncated by the crawler: " + uri));
                        }
                        byte[] body = http.body().stream().readAllBytes();
                        LocalDate crawl = response.date().atOffset(ZoneOffset.UTC).toLocalDate();
                        HtmlPage page = extractor.extract(body, uri, crawl);
                        return new ReadResult.Read(HtmlArticles.toRaw(uri, page, defaults, crawl));
                    } catch (IOException | RuntimeException e) {
                        return new ReadResult.Failed(where, new Problem("truncated", "unreadable WARC record: "
                                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
                    }
                }
            }
        };
        return ReadAhead.stream(records, r -> r instanceof ReadResult.Failed f && f.where().contains("@"), reader);
    }
}

package org.dateline.ingest.html;

import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ReadResult;
import org.dateline.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A WARC file built here: two pages, a redirect, an image, a request, a record the crawler truncated and a cut-off record. */
class WarcArticlesTest {
    @TempDir
    Path dir;

    private static WarcResponse response(String uri, String status, String type, String body, boolean truncated) {
        byte[] http = ("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\n" + (status.startsWith("301")
                ? "Location: https://news.example/new\r\n" : "") + "\r\n" + body).getBytes(StandardCharsets.UTF_8);
        WarcResponse.Builder b = new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2023-06-06T12:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, http);
        if (truncated) {
            b.addHeader("WARC-Truncated", "length");
        }
        return b.build();
    }

    private static byte[] record(WarcResponse r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WarcWriter(Channels.newChannel(out)).write(r);
        return out.toByteArray();
    }

    @Test
    void htmlResponsesBecomeArticlesAndTheRestIsReported() throws Exception {
        String undated = "<html><head><title>Ferry resumes</title></head><body><article><p>The ferry to the islands resumed"
                + " service on Tuesday after the storm, the operator said in a statement.</p></article></body></html>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(record(response("https://gazette.example/harbour", "200 OK", "text/html; charset=utf-8",
                HtmlExtractorTest.PAGE, false)));
        ByteArrayOutputStream req = new ByteArrayOutputStream();
        new WarcWriter(Channels.newChannel(req)).write(new WarcRequest.Builder(URI.create("https://news.example/ferry")).build());
        bytes.write(req.toByteArray());
        bytes.write(record(response("https://news.example/ferry", "200 OK", "text/html", undated, false)));
        bytes.write(record(response("https://news.example/old", "301 Moved Permanently", "text/html", "", false)));
        bytes.write(record(response("https://news.example/logo.png", "200 OK", "image/png", "PNG....", false)));
        bytes.write(record(response("https://news.example/long", "200 OK", "text/html", "<html><body><p>cut", true)));
        byte[] last = record(response("https://news.example/last", "200 OK", "text/html", undated, false));
        bytes.write(last, 0, last.length / 2);
        Path warc = dir.resolve("crawl.warc.gz");
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(warc))) {
            gz.write(bytes.toByteArray());
        }
        List<ReadResult> items;
        try (Stream<ReadResult> s = new ArticleReader(Metadata.empty()).read(warc.toString(), Files.newInputStream(warc))) {
            items = s.toList();
        }
        List<ReadResult.Read> read = items.stream().filter(r -> r instanceof ReadResult.Read).map(r -> (ReadResult.Read) r).toList();
        assertEquals(2, read.size(), items.toString());
        assertEquals("Harbour reopens after storm", read.get(0).article().title());
        assertEquals(LocalDate.of(2023, 6, 5), read.get(0).article().metadata().published());
        assertEquals("https://gazette.example/2023/06/05/harbour-reopens", read.get(0).article().metadata().url());
        assertEquals(LocalDate.of(2023, 6, 6), read.get(1).article().metadata().published(), "the crawl date stands in");
        assertEquals("warc-date", read.get(1).article().metadata().dateSource());
        List<String> kinds = items.stream().filter(r -> r instanceof ReadResult.Failed)
                .map(r -> ((ReadResult.Failed) r).problem().kind()).toList();
        assertTrue(kinds.contains("redirect"), kinds.toString());
        assertTrue(kinds.contains("not-html"), kinds.toString());
        assertEquals(2, kinds.stream().filter("truncated"::equals).count(), "the crawler's truncation and the cut-off end: " + kinds);
    }
}

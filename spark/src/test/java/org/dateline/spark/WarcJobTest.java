package org.dateline.spark;

import org.apache.spark.sql.SparkSession;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ReadResult;
import org.dateline.model.Metadata;
import org.dateline.parquet.ParquetTables;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.table.Tables;
import org.dateline.store.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** WARC input on Spark: the HTML responses become the same articles the single-machine reader makes. */
class WarcJobTest {
    @TempDir
    Path dir;

    private static byte[] response(String uri, String type, String body) throws Exception {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WarcWriter(Channels.newChannel(out)).write(new WarcResponse.Builder(URI.create(uri))
                .date(Instant.parse("2024-03-08T09:00:00Z")).body(MediaType.HTTP_RESPONSE, http).build());
        return out.toByteArray();
    }

    private static String page(String title, String body) {
        return "<html><head><title>" + title + "</title><meta property=\"article:published_time\" content=\"2024-03-07\">"
                + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1><p>" + body
                + "</p></article><footer>Copyright Example News</footer></body></html>";
    }

    @Test
    void warcResponsesAreAnalyzedLikeTheSingleMachineReader() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(response("https://news.example/talks", "text/html; charset=utf-8", page("Ministers meet in Valmore",
                "Foreign Minister Lena Varga met Defense Minister Tomas Reyes in Valmore on Thursday, the ministry said."
                        + " \"It was a frank exchange,\" Varga told reporters.")));
        bytes.write(response("https://news.example/logo.png", "image/png", "PNG...."));
        bytes.write(response("https://news.example/denial", "text/html", page("Kremlin denies report",
                "The Kremlin denied on Wednesday that Russian troops had crossed into Georgia, calling the report fiction.")));
        Path warc = dir.resolve("crawl.warc");
        Files.write(warc, bytes.toByteArray());

        SparkSession spark = SparkSession.builder().master("local[2]").appName("dateline-warc").config("spark.ui.enabled", "false")
                .getOrCreate();
        DatelineJob.Summary s;
        try {
            s = DatelineJob.run(spark, List.of(warc.toString()), dir.resolve("out").toString(), DatelineJob.Format.auto, 2, null);
        } finally {
            spark.stop();
        }
        List<List<Object>> expected = new ArrayList<>();
        try (Stream<ReadResult> items = new ArticleReader(Metadata.empty()).read("crawl.warc", Files.newInputStream(warc))) {
            for (ReadResult r : items.toList()) {
                if (r instanceof ReadResult.Read read) {
                    Tables.rows(Analyzer.shared().analyze(read.article()), Hashes.raw(read.article())).get(Tables.EVENTS)
                            .forEach(row -> expected.add(Arrays.asList(row)));
                }
            }
        }
        assertEquals(2, s.articles(), "two pages; the image is not an article");
        List<List<Object>> actual = new ArrayList<>(ParquetTables.read(dir.resolve("out"), Tables.EVENTS).stream()
                .map(Arrays::asList).toList());
        Comparator<List<Object>> order = Comparator.comparing((List<Object> r) -> String.valueOf(r.get(0)))
                .thenComparing(r -> (Integer) r.get(1));
        expected.sort(order);
        actual.sort(order);
        assertEquals(expected, actual);
        assertEquals(List.of("https://news.example/denial", "https://news.example/talks"),
                ParquetTables.read(dir.resolve("out"), Tables.ARTICLES).stream().map(r -> (String) r[Tables.ARTICLES.indexOf("url")])
                        .sorted().toList());
    }
}

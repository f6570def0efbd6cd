package org.dateline.ingest;

import org.dateline.model.Metadata;
import org.dateline.model.RawArticle;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader(Metadata.empty());

    private List<ReadResult> read(String name, byte[] bytes) throws IOException {
        try (var s = reader.read(name, new ByteArrayInputStream(bytes))) {
            return s.toList();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void first_non_empty_line_of_plain_text_is_the_headline() throws IOException {
        RawArticle a = ((ReadResult.Read) read("a.txt", utf8("\n\nHarbor talks set\n\nBody one.\nBody two.")).get(0)).article();
        assertEquals("Harbor talks set", a.title());
        assertEquals("\nBody one.\nBody two.", a.body());
    }

    @Test
    void reads_a_json_article_with_its_metadata() throws IOException {
        String json = "{\"title\":\"T\",\"text\":\"Body.\",\"published\":\"2019-05-10T08:00:00Z\","
                + "\"source\":\"The Hill\",\"url\":\"http://x/1\"}";
        RawArticle a = ((ReadResult.Read) read("a.json", utf8(json)).get(0)).article();
        assertEquals(LocalDate.of(2019, 5, 10), a.metadata().published());
        assertEquals("The Hill", a.metadata().source());
        assertEquals("http://x/1", a.metadata().url());
    }

    @Test
    void a_json_file_may_hold_an_array_of_articles() throws IOException {
        List<ReadResult> r = read("a.json", utf8("[{\"text\":\"One.\"}, {\"title\":\"no text\"}, {\"text\":\"Three.\"}]"));
        assertEquals(3, r.size());
        assertInstanceOf(ReadResult.Read.class, r.get(0));
        assertEquals("a.json[1]", assertInstanceOf(ReadResult.Failed.class, r.get(1)).where());
    }

    @Test
    void a_malformed_json_line_is_reported_with_its_line_number_and_the_rest_are_read() throws IOException {
        String jsonl = "{\"text\":\"One.\"}\n{\"text\": broken\n\n{\"text\":\"Three.\"}\n";
        List<ReadResult> r = read("c.jsonl", utf8(jsonl));
        assertEquals(3, r.size());
        assertInstanceOf(ReadResult.Read.class, r.get(0));
        ReadResult.Failed bad = assertInstanceOf(ReadResult.Failed.class, r.get(1));
        assertEquals("c.jsonl:2", bad.where());
        assertEquals("malformed-json", bad.problem().kind());
        assertInstanceOf(ReadResult.Read.class, r.get(2));
    }

    @Test
    void reads_gzipped_json_lines() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(utf8("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n"));
        }
        assertEquals(2, read("c.jsonl.gz", out.toByteArray()).size());
    }

    @Test
    void stdin_with_json_lines_is_recognised() throws IOException {
        assertEquals(2, read("-", utf8("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}")).size());
    }

    @Test
    void a_json_line_without_text_is_a_failure_not_an_article() throws IOException {
        ReadResult.Failed f = assertInstanceOf(ReadResult.Failed.class, read("c.jsonl", utf8("{\"title\":\"x\"}")).get(0));
        assertTrue(f.problem().message().contains("text"));
    }

    @Test
    void binary_input_is_recorded_not_decoded() throws IOException {
        byte[] bin = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3};
        RawArticle a = ((ReadResult.Read) read("x.txt", bin).get(0)).article();
        assertEquals("binary", a.problems().get(0).kind());
        assertEquals("", a.body());
    }

    @Test
    void non_utf8_bytes_are_read_as_windows_1252_and_recorded() throws IOException {
        byte[] latin = "Title\nCaf\u00e9 talks in M\u00e1laga.".getBytes(StandardCharsets.ISO_8859_1);
        RawArticle a = ((ReadResult.Read) read("x.txt", latin).get(0)).article();
        assertEquals("Caf\u00e9 talks in M\u00e1laga.", a.body());
        assertEquals("encoding", a.problems().get(0).kind());
    }

    @Test
    void an_unreadable_date_is_a_problem_and_left_unknown() throws IOException {
        RawArticle a = ((ReadResult.Read) read("a.json", utf8("{\"text\":\"x\",\"published\":\"last May\"}")).get(0)).article();
        assertEquals(null, a.metadata().published());
        assertEquals("bad-date", a.problems().get(0).kind());
    }
}

package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.testkit.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's contract: output, one-line errors and exit codes. */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.configure(new CommandLine(new Main()));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void json_output_follows_the_contract() throws IOException {
        Path f = write("a.txt", Articles.example("harbor-talks.txt"));
        Run r = run("analyze", f.toString(), "--published", "2024-05-14", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode o = JSON.readTree(r.out());
        for (String key : new String[] {"title", "published", "source", "url", "text", "removed", "entities", "times", "problems"}) {
            assertTrue(o.has(key), key);
        }
        assertEquals("2024-05-14", o.get("published").asText());
        JsonNode mention = o.get("entities").get(0).get("mentions").get(0);
        assertEquals(mention.get("text").asText(),
                o.get("text").asText().substring(mention.get("start").asInt(), mention.get("end").asInt()));
        assertEquals("ad-placeholder", o.get("removed").get(0).get("kind").asText());
    }

    @Test
    void text_output_is_a_readable_brief() throws IOException {
        Path f = write("a.txt", Articles.example("harbor-talks.txt"));
        Run r = run("analyze", f.toString(), "--published", "2024-05-14");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Anna Lindqvist, Foreign Minister [SWEGOV]"), r.out());
        assertTrue(r.out().contains("2024-06-04"));
        assertTrue(r.out().contains("Lindqvist [SWEGOV] -> Solberg [NORGOV]  2024-06-04 in Oslo"), r.out());
    }

    @Test
    void a_malformed_line_is_reported_with_its_number_and_the_rest_analyzed() throws IOException {
        Path f = write("c.jsonl", "{\"title\":\"A\",\"text\":\"Ministers met in Oslo on Monday.\"}\n"
                + "{\"title\": oops}\n"
                + "{\"title\":\"B\",\"text\":\"The port reopened on Friday.\",\"published\":\"2024-05-10\"}\n");
        Run r = run("analyze", f.toString(), "--format", "json");
        assertEquals(ExitCodes.PARTIAL, r.code());
        assertEquals(2, r.out().lines().count());
        assertTrue(r.err().contains("c.jsonl:2: malformed JSON"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void an_empty_file_is_an_error_with_its_own_exit_code() throws IOException {
        Run r = run("analyze", write("empty.txt", "").toString());
        assertEquals(ExitCodes.NOTHING_ANALYZED, r.code());
        assertTrue(r.err().contains("no article text"), r.err());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void a_binary_file_is_refused_in_one_line() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Run r = run("analyze", write("pic.txt", png).toString());
        assertEquals(ExitCodes.NOTHING_ANALYZED, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("binary"));
    }

    @Test
    void non_utf8_text_is_analyzed_and_the_problem_recorded() throws IOException {
        byte[] latin = "Talks in M\u00e1laga\nThe mayor of M\u00e1laga met fishermen on Monday.".getBytes(StandardCharsets.ISO_8859_1);
        Run r = run("analyze", write("latin.txt", latin).toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode o = JSON.readTree(r.out());
        assertTrue(o.get("text").asText().contains("M\u00e1laga"));
        assertEquals("encoding", o.get("problems").get(0).get("kind").asText());
    }

    @Test
    void a_ten_megabyte_article_is_truncated_and_analyzed() throws IOException {
        String para = "The harbor board met again on Monday and discussed the ferry timetable at length.\n";
        Path f = write("huge.txt", "Huge\n" + para.repeat(10 * 1024 * 1024 / para.length()));
        assertTrue(Files.size(f) >= 10_000_000);
        Run r = run("analyze", f.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"kind\":\"truncated\""));
    }

    @Test
    void a_missing_file_and_a_bad_date_get_one_line_errors() {
        Run missing = run("analyze", dir.resolve("nope.txt").toString());
        assertEquals(ExitCodes.IO, missing.code());
        assertEquals("dateline: cannot read " + dir.resolve("nope.txt") + ": no such file", missing.err().strip());
        Run badDate = run("analyze", "x.txt", "--published", "10 May");
        assertEquals(ExitCodes.USAGE, badDate.code());
        assertTrue(badDate.err().contains("--published"), badDate.err());
    }
}

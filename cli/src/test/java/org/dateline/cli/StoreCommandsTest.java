package org.dateline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.dateline.cli.AnalyzeCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ingest and the query commands on a real store file: output, one-line errors and exit codes. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    @Test
    void ingestQueryAndTheirErrors() throws Exception {
        Path corpus = dir.resolve("c.jsonl");
        Files.writeString(corpus, """
                {"id":"a","title":"Council approves budget","published":"2024-02-01","text":"The city council of Brell approved the budget on Monday, Mayor Ana Ruiz said."}
                {"title": broken
                {"id":"b","title":"Mayor visits port","published":"2024-02-03","text":"Mayor Ana Ruiz visited the port of Brell on Friday to meet dock workers."}
                """);
        String db = dir.resolve("news.db").toString();
        AnalyzeCommandTest.Run first = run("ingest", corpus.toString(), "--db", db, "--threads", "1");
        assertEquals(ExitCodes.PARTIAL, first.code(), first.err());
        assertTrue(first.out().contains("stored 2"), first.out());
        assertTrue(first.out().contains("failed 1"), first.out());
        AnalyzeCommandTest.Run again = run("ingest", corpus.toString(), "--db", db);
        assertTrue(again.out().contains("stored 0"), again.out());

        AnalyzeCommandTest.Run search = run("search", "budget", "--db", db, "--format", "csv");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().startsWith("id,published,source,title,snippet"), search.out());
        assertTrue(search.out().contains("Council approves budget"));
        AnalyzeCommandTest.Run actors = run("actors", "Ruiz", "--db", db);
        assertTrue(actors.out().contains("Ana Ruiz"), actors.out());
        AnalyzeCommandTest.Run show = run("show", "1", "--db", db, "--compact");
        assertTrue(show.out().startsWith("{\"id\":\"a\""), show.out());

        assertEquals(ExitCodes.NOT_FOUND, run("show", "99", "--db", db).code());
        AnalyzeCommandTest.Run missing = run("search", "x", "--db", dir.resolve("none.db").toString());
        assertEquals(ExitCodes.STORE, missing.code());
        assertTrue(missing.err().startsWith("dateline: no store at"), missing.err());
        assertEquals(1, missing.err().lines().count(), "one line, no stack trace");
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "not a database");
        assertEquals(ExitCodes.STORE, run("events", "--db", notes.toString()).code());
        assertEquals(ExitCodes.USAGE, run("export", "quotes", "--format", "gdelt", "--db", db).code());
        assertEquals(ExitCodes.USAGE, run("events", "--from", "2024-02-02", "--to", "2024-02-01", "--db", db).code());
        assertEquals(ExitCodes.IO, run("ingest", dir.resolve("nothing.jsonl").toString(), "--db", db).code());

        // Parquet out and back in: the same record in a second store, nothing analyzed again.
        Path parquet = dir.resolve("tables");
        AnalyzeCommandTest.Run export = run("export", "--format", "parquet", "--out", parquet.toString(), "--db", db);
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().startsWith("wrote 2 articles"), export.out());
        assertTrue(Files.isDirectory(parquet.resolve("events/month=2024-02")), "month partitions as Spark writes them");
        String copy = dir.resolve("copy.db").toString();
        AnalyzeCommandTest.Run imported = run("import-parquet", parquet.toString(), "--db", copy);
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("stored 2"), imported.out());
        assertEquals(run("export", "events", "--format", "csv", "--db", db).out(),
                run("export", "events", "--format", "csv", "--db", copy).out(), "the same events");
        assertEquals(run("export", "quotes", "--format", "csv", "--db", db).out(),
                run("export", "quotes", "--format", "csv", "--db", copy).out(), "the same quotes");
        AnalyzeCommandTest.Run reimport = run("import-parquet", parquet.toString(), "--db", copy);
        assertTrue(reimport.out().contains("stored 0 (0 linked as duplicates of stored articles), skipped 2"), reimport.out());
        assertEquals(ExitCodes.USAGE, run("export", "--format", "parquet", "--db", db).code(), "parquet needs --out");
        AnalyzeCommandTest.Run none = run("import-parquet", dir.toString(), "--db", copy);
        assertEquals(ExitCodes.IO, none.code());
        assertTrue(none.err().startsWith("dateline: ") && none.err().contains("no articles table"), none.err());
    }
}

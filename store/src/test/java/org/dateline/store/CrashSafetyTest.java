package org.dateline.store;

import org.dateline.ingest.ArticleReader;
import org.dateline.model.Metadata;
import org.dateline.pipeline.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** kill -9 in the middle of an ingest leaves a consistent store; re-running finishes without duplicates. */
class CrashSafetyTest {
    private static final int ARTICLES = 40;

    @TempDir
    Path dir;

    @Test
    void killedIngestResumesWithoutDuplicates() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            lines.add("{\"id\":\"a" + i + "\",\"title\":\"Council vote number " + i + "\",\"published\":\"2024-02-01\","
                    + "\"text\":\"The city council of Springfield approved budget plan " + i + " on Monday. Mayor Ana Ruiz said"
                    + " the plan would fund " + (i + 3) + " new schools.\"}\n");
        }
        Path corpus = Corpus.jsonl(dir, "council.jsonl", lines.toArray(String[]::new));
        Path db = dir.resolve("crash.db");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g", "-cp", cp,
                IngestProcess.class.getName(), db.toString(), corpus.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        long stored = 0;
        while (System.nanoTime() < deadline && p.isAlive() && stored < 5) {
            Thread.sleep(200);
            stored = Files.exists(db) ? count(db) : 0;
        }
        assertTrue(p.isAlive(), "the child finished before it could be killed: " + Files.readString(dir.resolve("child.log")));
        p.destroyForcibly();                       // SIGKILL
        p.waitFor(30, TimeUnit.SECONDS);
        long afterKill = count(db);
        assertTrue(afterKill >= 5 && afterKill < ARTICLES, "killed mid-way: " + afterKill);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            assertEquals("ok", r.getString(1));
        }
        try (Store store = Store.open(db)) {
            Ingester.Summary sum = new Ingester(store, Analyzer.shared(), 2)
                    .ingest(Inputs.read(Inputs.files(List.of(corpus.toString())), new ArticleReader(Metadata.empty())), null);
            assertEquals(afterKill, sum.skipped(), "what the killed run committed is kept and skipped");
            assertEquals(ARTICLES - afterKill, sum.stored());
            assertEquals(ARTICLES, store.stats().articles());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(DISTINCT ext_id), count(*), (SELECT count(*) FROM search),"
                     + " (SELECT count(DISTINCT article_id) FROM times) FROM articles")) {
            assertEquals(ARTICLES, r.getInt(1));
            assertEquals(ARTICLES, r.getInt(2), "no article twice");
            assertEquals(ARTICLES, r.getInt(3), "every article indexed once");
            assertEquals(ARTICLES, r.getInt(4), "every article's times stored: no half-written article");
        }
    }

    private static long count(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'articles'")) {
                if (r.getInt(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
                return r.getLong(1);
            }
        }
    }
}

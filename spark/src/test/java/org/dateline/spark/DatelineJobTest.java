package org.dateline.spark;

import org.apache.spark.sql.SparkSession;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ReadResult;
import org.dateline.model.Metadata;
import org.dateline.parquet.ParquetTables;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.table.Table;
import org.dateline.pipeline.table.Tables;
import org.dateline.store.Hashes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Spark job in local[2] against the single-machine analysis of the same articles. */
class DatelineJobTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static DatelineJob.Summary summary;
    static Path corpus;

    private static final List<String> LINES = List.of(
            "{\"id\":\"summit\",\"title\":\"Ministers to meet in Valmore\",\"published\":\"2024-03-04\",\"text\":\"Foreign Minister"
                    + " Lena Varga will meet Defense Minister Tomas Reyes in Valmore on Friday, the ministry said. \\\"We expect"
                    + " a frank exchange,\\\" Varga told reporters in Budapest.\"}",
            "{\"id\":\"denial\",\"title\":\"Kremlin denies report\",\"published\":\"2024-03-05\",\"text\":\"The Kremlin denied on"
                    + " Tuesday that Russian troops had crossed into Georgia. Spokesman Dmitry Peskov called the report"
                    + " \\\"complete fiction.\\\"\"}",
            "{\"title\": not json",
            "",
            "{\"id\":\"empty\",\"title\":\"Nothing here\",\"text\":\"\"}",
            "{\"id\":\"strike\",\"title\":\"Dock workers strike in Marsel\",\"published\":\"2024-04-02\",\"text\":\"Dock workers in"
                    + " Marsel went on strike on Monday, demanding higher wages, union leader Pia Holm said. The port authority"
                    + " said it would not negotiate until the strike ended.\"}",
            "{\"title\":\"Undated note\",\"text\":\"Mayor Ana Ruiz visited the harbor and met fishermen.\"}");

    @BeforeAll
    static void run() throws Exception {
        corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, String.join("\n", LINES) + "\n");
        spark = SparkSession.builder().master("local[2]").appName("dateline-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
        summary = DatelineJob.run(spark, List.of(corpus.toString()), dir.resolve("out").toString(), DatelineJob.Format.auto, 3, null);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** The rows the single-machine pipeline gives for the corpus, by table. */
    private static List<Object[]> local(Table table) {
        ArticleReader reader = new ArticleReader(Metadata.empty());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < LINES.size(); i++) {
            if (LINES.get(i).isBlank()) {
                continue;
            }
            ReadResult r = reader.jsonLine(LINES.get(i), "corpus.jsonl:" + (i + 1));
            if (r instanceof ReadResult.Read read) {
                var analyzed = Analyzer.shared().analyze(read.article());
                if (analyzed.problems().stream().noneMatch(p -> p.kind().equals("empty"))) {
                    Map<Table, List<Object[]>> all = Tables.rows(analyzed, Hashes.raw(read.article()));
                    rows.addAll(all.get(table));
                }
            }
        }
        return sorted(rows);
    }

    private static List<Object[]> sorted(List<Object[]> rows) {
        List<Object[]> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing((Object[] r) -> String.valueOf(r[0])).thenComparing(r -> String.valueOf(r[1])));
        return out;
    }

    private static void assertSameRows(Table table) {
        List<Object[]> expected = local(table);
        List<Object[]> actual = sorted(ParquetTables.read(dir.resolve("out"), table));
        assertEquals(expected.size(), actual.size(), table.name() + " rows");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(Arrays.asList(expected.get(i)), Arrays.asList(actual.get(i)), table.name() + " row " + i);
        }
    }

    @Test
    void badLinesAreErrorRowsNotAFailedJob() {
        assertEquals(4, summary.articles());
        assertEquals(2, summary.errors(), "the malformed line and the empty article");
        List<Object[]> errors = ParquetTables.read(dir.resolve("out"), Tables.ERRORS);
        assertEquals(List.of("corpus.jsonl:3", "empty"), errors.stream().map(e -> (String) e[0]).sorted().toList());
    }

    @Test
    void eventsQuotesEntitiesAndPlacesAreThoseOfTheSingleMachinePath() {
        assertTrue(local(Tables.EVENTS).size() >= 3, "the corpus has events to compare");
        assertTrue(local(Tables.QUOTES).size() >= 2, "the corpus has quotes to compare");
        for (Table t : Tables.ANALYSIS) {
            assertSameRows(t);
        }
    }

    @Test
    void tablesArePartitionedByMonthAndReadableBySpark() {
        assertTrue(Files.isDirectory(dir.resolve("out/articles/month=2024-03")));
        assertTrue(Files.isDirectory(dir.resolve("out/events/month=2024-03")));
        assertTrue(Files.isDirectory(dir.resolve("out/articles/month=2024-04")));
        assertEquals(4, spark.read().parquet(dir.resolve("out/articles").toString()).count());
        assertEquals(2, spark.read().parquet(dir.resolve("out/articles").toString()).where("month = '2024-03'").count());
    }

    @Test
    void aParquetCorpusGivesTheSameArticles() {
        Path input = dir.resolve("corpus-parquet");
        spark.read().json(corpus.toString()).where("id IS NOT NULL").write().parquet(input.toString());
        DatelineJob.Summary s = DatelineJob.run(spark, List.of(input.toString()), dir.resolve("from-parquet").toString(),
                DatelineJob.Format.auto, 2, null);
        assertEquals(3, s.articles(), "summit, denial, strike");
        assertEquals(1, s.errors(), "the empty article");
        for (Table t : List.of(Tables.EVENTS, Tables.QUOTES)) {
            List<List<Object>> expected = local(t).stream().filter(r -> !"corpus.jsonl:7".equals(r[0])).map(Arrays::asList).toList();
            List<List<Object>> actual = sorted(ParquetTables.read(dir.resolve("from-parquet"), t)).stream().map(Arrays::asList).toList();
            assertEquals(expected, actual, t.name());
        }
    }

    @Test
    void aSecondRunReplacesTheOutputInsteadOfAddingToIt() {
        DatelineJob.run(spark, List.of(corpus.toString()), dir.resolve("again").toString(), DatelineJob.Format.jsonl, 2, null);
        DatelineJob.Summary twice = DatelineJob.run(spark, List.of(corpus.toString()), dir.resolve("again").toString(),
                DatelineJob.Format.jsonl, 2, null);
        assertEquals(4, twice.articles());
        assertEquals(4, ParquetTables.read(dir.resolve("again"), Tables.ARTICLES).size());
    }
}

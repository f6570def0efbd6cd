package org.dateline.store;

import org.dateline.ingest.ArticleReader;
import org.dateline.model.Metadata;
import org.dateline.pipeline.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store on a real SQLite file, filled by a real ingest of articles we wrote. */
class StoreTest {
    @TempDir
    static Path dir;
    static Store store;
    static Ingester.Summary first;
    static Ingester.Summary again;

    @BeforeAll
    static void ingest() throws Exception {
        String wireCopy = Corpus.TALKS.replace("\"id\":\"talks\"", "\"id\":\"talks-copy\"")
                .replace("Blinken meets Wang in Jakarta", "US and China hold talks");
        Path corpus = Corpus.jsonl(dir, "corpus.jsonl", Corpus.TALKS, Corpus.DENIAL, Corpus.PROTEST, Corpus.TALKS, wireCopy,
                "{\"title\": broken json\n", "{\"title\":\"Empty\",\"text\":\"\"}\n", Corpus.FLOOD, Corpus.FLOOD_COPY);
        store = Store.open(dir.resolve("test.db"));
        first = run(corpus);
        again = run(corpus);
    }

    private static Ingester.Summary run(Path corpus) throws Exception {
        return new Ingester(store, Analyzer.shared(), 2)
                .ingest(Inputs.read(Inputs.files(List.of(corpus.toString())), new ArticleReader(Metadata.empty())), null);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void ingestStoresEachArticleOnceAndLinksCopies() {
        assertEquals(9, first.read());
        assertEquals(6, first.stored(), "four stories, the same story under another headline and a near copy");
        assertEquals(2, first.duplicates(), "the copies are linked, not independent");
        assertEquals(1, first.skipped(), "the exact repeat within the input");
        assertEquals(2, first.failed(), "a malformed line and an empty article are recorded: " + first.failureKinds());
        assertEquals(0, again.stored(), "re-ingest stores nothing");
        assertEquals(7, again.skipped());
        Rows.Stats s = store.stats();
        assertEquals(6, s.articles());
        assertEquals(2, s.duplicates());
        assertEquals(1, store.search("Aldane", 10).size(), "the near copy is linked to the first report");
        assertEquals(4, s.failures(), "failures of both runs are on record");
    }

    @Test
    void searchRanksAndMarksMatches() {
        List<Rows.SearchHit> hits = store.search("arms control", 10);
        assertEquals(1, hits.size(), "the wire copy is not a second hit");
        assertTrue(hits.get(0).snippet().contains("[arms] [control]"), hits.get(0).snippet());
        assertEquals("Blinken meets Wang in Jakarta", hits.get(0).title());
        assertEquals("Farmers protest in Paris", store.search("farmers", 5).get(0).title());
        assertTrue(store.search("Kim's (", 5).isEmpty(), "text that is not query syntax is searched as words");
    }

    @Test
    void eventsFilterByActorCodeMonthPlaceAndStatus() {
        List<Rows.EventRow> meetings = store.events(new Rows.EventFilter("Blinken", null, "CONSULT", null, null, null, null, 10));
        assertEquals(1, meetings.size(), meetings.toString());
        Rows.EventRow m = meetings.get(0);
        assertEquals("2023-07-13", m.date());
        assertEquals("Jakarta", m.place());
        assertEquals(1, m.reports(), "the copy does not count as a second report");
        assertTrue(m.recipients().get(0).startsWith("Wang Yi"), m.recipients().toString());
        assertEquals(1, store.events(new Rows.EventFilter("USAGOV", "CHN", null, LocalDate.of(2023, 7, 1),
                LocalDate.of(2023, 7, 31), "ID", null, 10)).size(), "by codes, month and country of the place");
        assertEquals(0, store.events(new Rows.EventFilter("Blinken", null, null, LocalDate.of(2023, 8, 1), null, null, null, 10)).size());
        List<Rows.EventRow> denied = store.events(new Rows.EventFilter(null, null, null, null, null, null, "denied", 10));
        assertEquals(1, denied.size());
        assertTrue(denied.get(0).actors().get(0).startsWith("Russia"));
    }

    @Test
    void quotesAndActorsAcrossArticles() {
        List<Rows.QuoteRow> blinken = store.quotes("Antony Blinken", null, 10);
        assertEquals(1, blinken.size(), blinken.toString());
        assertTrue(blinken.get(0).text().contains("candid conversation"));
        assertEquals(1, store.quotes("Blinken", "arms control", 10).size(), "by alias and words");
        assertEquals(1, store.quotes("Peskov", null, 10).size());
        List<Rows.QuoteRow> all = store.quotes(null, null, 50);
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).published().compareTo(all.get(i).published()) >= 0, "newest first: " + all);
        }
        assertEquals(all.subList(1, 3), store.quotes(null, null, 2, 1), "a page is a slice of the same order");
        Rows.ActorRow actor = store.actors("Blinken", 5).get(0);
        assertEquals("Antony Blinken", actor.name());
        assertEquals("USAGOV", actor.code());
        assertTrue(actor.aliases().contains("Blinken"), actor.aliases().toString());
        assertTrue(actor.titles().contains("Secretary of State"), actor.titles().toString());
        assertEquals("2023-07-14", actor.firstSeen());
    }

    @Test
    void exportsLoadAsJsonLinesCsvPloverAndGdelt() throws Exception {
        Exporter ex = new Exporter(store);
        StringWriter gdelt = new StringWriter();
        long n = ex.export(Exporter.Table.events, Exporter.Format.gdelt, new PrintWriter(gdelt));
        assertTrue(n >= 3);
        for (String line : gdelt.toString().split("\n")) {
            assertEquals(61, line.split("\t", -1).length, "GDELT 2.0 has 61 columns");
        }
        StringWriter plover = new StringWriter();
        ex.export(Exporter.Table.events, Exporter.Format.plover, new PrintWriter(plover));
        var record = new com.fasterxml.jackson.databind.ObjectMapper().readTree(plover.toString().lines().findFirst().orElseThrow());
        for (String field : List.of("id", "date", "actor", "event")) {
            assertTrue(record.has(field), "PLOVER requires " + field);
        }
        StringWriter csv = new StringWriter();
        ex.export(Exporter.Table.quotes, Exporter.Format.csv, new PrintWriter(csv));
        assertTrue(csv.toString().startsWith("id,article,published,speaker"));
        assertTrue(csv.toString().contains(",\"We had a candid conversation about arms control,\","),
                "a field with a comma is quoted");
        assertThrows(IllegalArgumentException.class, () -> ex.export(Exporter.Table.quotes, Exporter.Format.gdelt,
                new PrintWriter(new StringWriter())));
        assertTrue(store.article(1).orElseThrow().contains("\"events\""));
        assertTrue(store.article(999).isEmpty());
    }

    @Test
    void aFileThatIsNotAStoreIsRefusedWithoutDamage() throws Exception {
        Path bad = dir.resolve("notes.db");
        Files.writeString(bad, "my notes, not a database, and they must survive");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(bad));
        assertTrue(e.getMessage().contains("not a Dateline store"), e.getMessage());
        assertEquals("my notes, not a database, and they must survive", Files.readString(bad));
    }
}

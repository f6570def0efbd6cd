package org.dateline.store;

import org.dateline.ingest.ArticleReader;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Metadata;
import org.dateline.model.RawArticle;
import org.dateline.pipeline.Analyzer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The Java API: a store plus the shared analyzer.
 * <pre>{@code
 * try (Dateline d = Dateline.open(Path.of("dateline.db"))) {
 *     d.ingest(Path.of("corpus.jsonl.gz"));
 *     for (Rows.EventRow e : d.events(new Rows.EventFilter("Pompeo", null, "CONSULT", null, null, null, null, 50))) { ... }
 *     d.search("arms control", 10);
 * }
 * }</pre>
 */
public final class Dateline implements AutoCloseable {
    private final Store store;

    private Dateline(Store store) {
        this.store = store;
    }

    /** Opens or creates the store file. */
    public static Dateline open(Path db) {
        return new Dateline(Store.open(db));
    }

    /** Analyzes one article without storing it (models load on first use). */
    public AnalyzedArticle analyze(RawArticle article) {
        return Analyzer.shared().analyze(article);
    }

    /** Ingests files, directories and JSON Lines corpora on all cores. */
    public Ingester.Summary ingest(Path... inputs) throws IOException {
        List<Path> files = Inputs.files(Arrays.stream(inputs).map(Path::toString).toList());
        return new Ingester(store, Analyzer::shared, Runtime.getRuntime().availableProcessors())
                .ingest(Inputs.read(files, new ArticleReader(Metadata.empty())), null);
    }

    public List<Rows.SearchHit> search(String query, int limit) {
        return store.search(query, limit);
    }

    public List<Rows.EventRow> events(Rows.EventFilter filter) {
        return store.events(filter);
    }

    public List<Rows.QuoteRow> quotes(String speaker, String about, int limit) {
        return store.quotes(speaker, about, limit);
    }

    public List<Rows.ActorRow> actors(String name, int limit) {
        return store.actors(name, limit);
    }

    /** The store itself, for exports and statistics. */
    public Store store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}

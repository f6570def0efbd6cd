package org.dateline.store;

import org.dateline.ingest.ArticleReader;
import org.dateline.model.Metadata;
import org.dateline.pipeline.Analyzer;

import java.nio.file.Path;
import java.util.List;

/** A separate JVM that ingests a corpus into a store, for the kill -9 test: {@code IngestProcess DB CORPUS}. */
public final class IngestProcess {
    private IngestProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]))) {
            new Ingester(store, Analyzer.shared(), 1)
                    .ingest(Inputs.read(Inputs.files(List.of(args[1])), new ArticleReader(Metadata.empty())), null);
        }
    }
}

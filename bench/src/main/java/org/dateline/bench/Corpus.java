package org.dateline.bench;

import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ReadResult;
import org.dateline.model.Metadata;
import org.dateline.model.RawArticle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the first articles of a JSON Lines corpus. */
public final class Corpus {
    private Corpus() {
    }

    public static List<RawArticle> first(Path file, int count) throws IOException {
        ArticleReader reader = new ArticleReader(Metadata.empty());
        try (InputStream in = Files.newInputStream(file);
             Stream<ReadResult> items = reader.read(file.getFileName().toString(), in)) {
            return items.filter(r -> r instanceof ReadResult.Read).map(r -> ((ReadResult.Read) r).article())
                    .limit(count).toList();
        }
    }
}

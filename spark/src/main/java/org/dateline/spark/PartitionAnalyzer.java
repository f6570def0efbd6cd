package org.dateline.spark;

import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ReadResult;
import org.dateline.ingest.html.WarcArticles;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Metadata;
import org.dateline.model.Problem;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.ArticleJson;
import org.dateline.pipeline.BatchAnalyzer;
import org.dateline.pipeline.Outcome;
import org.dateline.store.Hashes;
import org.dateline.store.Ingester;
import scala.Tuple2;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Analyzes one partition's items with this JVM's shared {@link Analyzer}, lazily, one article at a
 * time. Each item becomes an outcome row: the analysis JSON and raw key, or the source and reason
 * of a failure. Nothing thrown by one article stops the partition.
 */
final class PartitionAnalyzer implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The outcome rows: {@code analysis} (null for a failure), {@code raw_hash}, {@code source}, {@code kind}, {@code message}. */
    static final StructType OUTCOME = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[]{
            DataTypes.createStructField("analysis", DataTypes.StringType, true),
            DataTypes.createStructField("raw_hash", DataTypes.StringType, true),
            DataTypes.createStructField("source", DataTypes.StringType, true),
            DataTypes.createStructField("kind", DataTypes.StringType, true),
            DataTypes.createStructField("message", DataTypes.StringType, true)});

    private final String published;

    /** @param published publication date for articles that give none (YYYY-MM-DD), or null */
    PartitionAnalyzer(LocalDate published) {
        this.published = published == null ? null : published.toString();
    }

    private Metadata defaults() {
        return Metadata.empty().withPublished(published == null ? null : LocalDate.parse(published));
    }

    /** JSON Lines items: ({@code file:line}, the line). */
    Iterator<Row> lines(Iterator<Tuple2<String, String>> items) {
        ArticleReader reader = new ArticleReader(defaults());
        return analyze(stream(items).map(t -> reader.jsonLine(t._2(), t._1())));
    }

    /** WARC files: (path, contents). */
    Iterator<Row> warcs(Iterator<Tuple2<String, PortableDataStream>> files) {
        Metadata defaults = defaults();
        return analyze(stream(files).flatMap(f -> {
            String name = f._1().substring(f._1().lastIndexOf('/') + 1);
            try {
                return new WarcArticles().read(name, f._2().open(), defaults);
            } catch (IOException | RuntimeException e) {
                return Stream.of(new ReadResult.Failed(f._1(), new Problem("io", "cannot read: " + e.getMessage())));
            }
        }));
    }

    private static Iterator<Row> analyze(Stream<ReadResult> items) {
        Analyzer analyzer = Analyzer.shared();
        return items.map(r -> row(r, BatchAnalyzer.outcome(analyzer, r))).iterator();
    }

    private static Row row(ReadResult read, Outcome outcome) {
        if (outcome instanceof Outcome.Failed f) {
            return RowFactory.create(null, null, f.where(), f.problem().kind(), f.problem().message());
        }
        AnalyzedArticle a = ((Outcome.Analyzed) outcome).article();
        Problem unusable = Ingester.unusable(a).orElse(null);
        if (unusable != null) {
            return RowFactory.create(null, null, a.article().id(), unusable.kind(), unusable.message());
        }
        try {
            return RowFactory.create(ArticleJson.line(ArticleJson.of(a)), Hashes.raw(((ReadResult.Read) read).article()),
                    a.article().id(), null, null);
        } catch (RuntimeException e) {
            return RowFactory.create(null, null, a.article().id(), "analysis-failed", "cannot write the analysis: " + e);
        }
    }

    private static <T> Stream<T> stream(Iterator<T> it) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
    }
}

package org.dateline.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dateline.pipeline.table.Table;
import org.dateline.pipeline.table.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code spark-submit --class org.dateline.spark.DatelineJob dateline-spark.jar --input ... --output ...}:
 * the Dateline batch job on a Spark cluster. Writes {@code OUTPUT/<table>/month=YYYY-MM/*.parquet}
 * for articles, entities, quotes, events and places, and {@code OUTPUT/errors}.
 */
@Command(name = "dateline-spark", mixinStandardHelpOptions = true,
        description = "Analyze a corpus on Spark into Parquet tables (articles, entities, quotes, events, places, errors).")
public final class DatelineJob implements Callable<Integer> {
    /** Input formats. */
    public enum Format { auto, jsonl, warc, parquet }

    @Option(names = "--input", required = true, split = ",",
            description = "Input paths or globs on any Hadoop file system (file:, hdfs:, s3a:); directories are read whole.")
    List<String> input;

    @Option(names = "--output", required = true, description = "Output directory; its tables are replaced.")
    String output;

    @Option(names = "--format", defaultValue = "auto",
            description = "jsonl (plain or .gz), warc (.warc, .warc.gz), parquet (article columns id, title, text, published,"
                    + " source, url, author) or auto by file name (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--partitions", description = "Analysis tasks (default: 4 per core of the cluster).")
    Integer partitions;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for articles that give none.")
    LocalDate published;

    /** The counts of a run. */
    public record Summary(long articles, long errors, double seconds) {
    }

    public static void main(String[] args) {
        int code = new CommandLine(new DatelineJob()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() {
        SparkSession spark = SparkSession.builder().appName("dateline").getOrCreate();
        try {
            Summary s = run(spark, input, output, format, partitions, published);
            System.out.printf(Locale.ROOT, "dateline-spark: %d articles, %d errors in %.1f s (%.2f articles/s) -> %s%n",
                    s.articles(), s.errors(), s.seconds(), s.articles() / Math.max(1e-9, s.seconds()), output);
            return 0;
        } catch (UncheckedIOException | IllegalArgumentException e) {
            System.err.println("dateline-spark: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in the given session. */
    public static Summary run(SparkSession spark, List<String> inputs, String output, Format format, Integer partitions,
                              LocalDate published) {
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int tasks = partitions != null && partitions > 0 ? partitions : 4 * jsc.defaultParallelism();
        PartitionAnalyzer analyzer = new PartitionAnalyzer(published);
        List<String> lines = new ArrayList<>();
        List<String> warcs = new ArrayList<>();
        List<String> parquets = new ArrayList<>();
        for (String file : files(jsc.hadoopConfiguration(), inputs)) {
            switch (format == Format.auto ? formatOf(file) : format) {
                case warc -> warcs.add(file);
                case parquet -> parquets.add(file);
                default -> lines.add(file);
            }
        }
        List<JavaRDD<Row>> parts = new ArrayList<>();
        if (!lines.isEmpty() || !parquets.isEmpty()) {
            List<JavaPairRDD<String, String>> items = new ArrayList<>();
            for (String file : lines) {
                String name = file.substring(file.lastIndexOf('/') + 1);
                // file:line as the single-machine reader names it (the id of an article without one).
                items.add(jsc.textFile(file).zipWithIndex()
                        .filter(t -> !t._1().isBlank())
                        .mapToPair(t -> new Tuple2<>(name + ":" + (t._2() + 1), t._1())));
            }
            if (!parquets.isEmpty()) {
                String name = "parquet";
                items.add(spark.read().parquet(parquets.toArray(String[]::new)).toJSON().javaRDD().zipWithIndex()
                        .mapToPair(t -> new Tuple2<>(name + ":" + (t._2() + 1), t._1())));
            }
            JavaPairRDD<String, String> all = items.get(0);
            for (int i = 1; i < items.size(); i++) {
                all = all.union(items.get(i));
            }
            parts.add(all.repartition(tasks).mapPartitions(analyzer::lines));
        }
        if (!warcs.isEmpty()) {
            parts.add(jsc.binaryFiles(String.join(",", warcs), tasks).repartition(Math.min(tasks, warcs.size()))
                    .mapPartitions(analyzer::warcs));
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no input files in " + inputs);
        }
        JavaRDD<Row> outcomes = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            outcomes = outcomes.union(parts.get(i));
        }
        // Analysis runs once; every table is derived from the cached outcomes.
        outcomes = outcomes.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            JavaRDD<Row> analyzed = outcomes.filter(r -> !r.isNullAt(0));
            for (Table table : Tables.ANALYSIS) {
                JavaRDD<Row> rows = analyzed.flatMap(r -> Tables.rows(r.getString(0), r.getString(1))
                        .get(table).stream().map(SparkTables::row).iterator());
                spark.createDataFrame(rows, SparkTables.schema(table)).write().mode(SaveMode.Overwrite)
                        .partitionBy(Tables.MONTH).parquet(output + "/" + table.name());
            }
            JavaRDD<Row> errors = outcomes.filter(r -> r.isNullAt(0))
                    .map(r -> SparkTables.row(Tables.error(r.getString(2), r.getString(3), r.getString(4))));
            spark.createDataFrame(errors, SparkTables.schema(Tables.ERRORS)).write().mode(SaveMode.Overwrite)
                    .parquet(output + "/" + Tables.ERRORS.name());
            long articles = analyzed.count();
            long failed = outcomes.count() - articles;
            return new Summary(articles, failed, (System.nanoTime() - t0) / 1e9);
        } finally {
            outcomes.unpersist(false);
        }
    }

    static Format formatOf(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        if (f.endsWith(".warc") || f.endsWith(".warc.gz")) {
            return Format.warc;
        }
        if (f.endsWith(".parquet")) {
            return Format.parquet;
        }
        return Format.jsonl;
    }

    /** The files of the inputs: globs expanded, directories listed (hidden and _-prefixed files left out). */
    static List<String> files(Configuration conf, List<String> inputs) {
        List<String> out = new ArrayList<>();
        for (String in : inputs) {
            try {
                Path p = new Path(in);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) {
                    throw new UncheckedIOException(new IOException("no input at " + in));
                }
                for (FileStatus m : matches) {
                    if (m.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                        while (it.hasNext()) {
                            Path f = it.next().getPath();
                            if (!hidden(m.getPath(), f)) {
                                out.add(f.toString());
                            }
                        }
                    } else {
                        out.add(m.getPath().toString());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + in + ": " + e.getMessage(), e);
            }
        }
        out.sort(null);
        return out;
    }

    private static boolean hidden(Path root, Path file) {
        String rel = file.toString().substring(Math.min(file.toString().length(), root.toString().length()));
        for (String part : rel.split("/")) {
            if (part.startsWith("_") || part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

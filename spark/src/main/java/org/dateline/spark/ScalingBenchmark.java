package org.dateline.spark;

import org.apache.spark.sql.SparkSession;
import org.dateline.model.Metadata;
import org.dateline.model.RawArticle;
import org.dateline.pipeline.Analyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

/**
 * The job's scaling on one machine: the first N articles of a JSON Lines corpus analyzed with
 * {@code local[1]} and then {@code local[k]}, models loaded beforehand so only analysis is timed.
 * Prints articles/s for each and the speed-up.
 */
@Command(name = "spark-scaling", mixinStandardHelpOptions = true,
        description = "Time the Spark job on N corpus articles at local[1] and local[CORES]; print articles/s and the speed-up.")
public final class ScalingBenchmark implements Callable<Integer> {
    @Option(names = "--input", required = true, description = "JSON Lines corpus (plain or .gz).")
    Path input;

    @Option(names = "--n", defaultValue = "1000", description = "Articles (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--cores", defaultValue = "2", description = "Cores of the second run (default: ${DEFAULT-VALUE}).")
    int cores;

    @Option(names = "--work", defaultValue = "target/spark-scaling", description = "Scratch directory (default: ${DEFAULT-VALUE}).")
    Path work;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ScalingBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(System.out, true);
        Files.createDirectories(work);
        Path sample = work.resolve("sample.jsonl");
        int taken = sample(input, sample, n);
        long t0 = System.nanoTime();
        Analyzer.shared().analyze(new RawArticle("warm-up", "Warm-up", "The minister met the president in Paris on Monday.",
                Metadata.empty(), List.of()));
        out.printf(Locale.ROOT, "%d articles from %s; models loaded in %.1f s (once per JVM, as on an executor)%n", taken, input,
                (System.nanoTime() - t0) / 1e9);
        double[] rates = new double[2];
        int[] runs = {1, cores};
        for (int i = 0; i < runs.length; i++) {
            SparkSession spark = SparkSession.builder().master("local[" + runs[i] + "]").appName("dateline-scaling")
                    .config("spark.ui.enabled", "false").getOrCreate();
            try {
                DatelineJob.Summary s = DatelineJob.run(spark, List.of(sample.toString()), work.resolve("out-" + runs[i]).toString(),
                        DatelineJob.Format.jsonl, 8 * runs[i], null);
                rates[i] = s.articles() / s.seconds();
                out.printf(Locale.ROOT, "local[%d]: %d articles, %d errors, %.1f s, %.2f articles/s%n", runs[i], s.articles(),
                        s.errors(), s.seconds(), rates[i]);
            } finally {
                spark.stop();
            }
        }
        out.printf(Locale.ROOT, "speed-up local[%d] / local[1]: %.2fx%n", cores, rates[1] / rates[0]);
        return 0;
    }

    private static int sample(Path input, Path sample, int n) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(input);
             InputStream in = input.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while (lines.size() < n && (line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        Files.write(sample, lines, StandardCharsets.UTF_8);
        return lines.size();
    }
}

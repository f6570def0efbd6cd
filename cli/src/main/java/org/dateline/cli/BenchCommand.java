package org.dateline.cli;

import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ReadResult;
import org.dateline.model.Metadata;
import org.dateline.model.RawArticle;
import org.dateline.nlp.CoreNlpBaseline;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.BatchAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code dateline bench}: throughput of Dateline against CoreNLP's default pipeline on the same
 * corpus articles in the same run, per-stage time and peak heap. A benchmark, not a test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure articles/s, per-stage time and peak heap, beside CoreNLP's default pipeline.")
final class BenchCommand implements Callable<Integer> {
    private static final int WARMUP = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--n", defaultValue = "30", description = "Articles to measure (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--corpus", description = "JSON Lines corpus (default: ../shared/corpora/"
            + "article-bias-prediction/articles.jsonl.gz beside the project).")
    Path corpus;

    @Option(names = "--threads", description = "Threads for the multi-core run (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-baseline", description = "Skip CoreNLP's default pipeline.")
    boolean noBaseline;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = corpus != null ? corpus : Projects.sharedDir().resolve("corpora/article-bias-prediction/articles.jsonl.gz");
        if (!Files.isReadable(file)) {
            spec.commandLine().getErr().println("dateline: no corpus at " + file + " (give --corpus FILE.jsonl[.gz])");
            return ExitCodes.IO;
        }
        if (n < 1) {
            spec.commandLine().getErr().println("dateline: --n must be at least 1");
            return ExitCodes.USAGE;
        }
        List<RawArticle> articles = load(file, n + WARMUP);
        List<RawArticle> warm = articles.subList(0, Math.min(WARMUP, articles.size()));
        List<RawArticle> measured = articles.subList(warm.size(), articles.size());
        long chars = measured.stream().mapToLong(a -> a.body().length()).sum();
        out.printf("corpus %s: %d articles measured (%d warm-up), %.0f characters each on average%n",
                file.getFileName(), measured.size(), warm.size(), chars / (double) Math.max(1, measured.size()));

        resetPeaks();
        long t0 = System.nanoTime();
        Analyzer analyzer = Analyzer.shared();
        out.printf("Dateline models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        warm.forEach(analyzer::analyze);
        Map<String, Double> before = analyzer.clock().millis();
        double single = time(() -> measured.forEach(analyzer::analyze));
        Map<String, Double> after = analyzer.clock().millis();
        double multi = time(() -> new BatchAnalyzer(analyzer, threads)
                .run(measured.stream().map(ReadResult.Read::new), o -> { }));
        long datelinePeak = peakHeap();
        double perArticle = single / measured.size();
        out.printf("%nDateline, 1 thread:   %6.2f articles/s (%.0f ms/article)%n", measured.size() / single, perArticle * 1000);
        out.printf("Dateline, %d threads:  %6.2f articles/s%n", threads, measured.size() / multi);
        out.println("Per stage, ms/article (1 thread):");
        for (var e : after.entrySet()) {
            out.printf("  %-10s %8.1f%n", e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0.0)) / measured.size());
        }
        out.printf("Peak heap (Dateline): %.0f MB%n", datelinePeak / 1e6);
        if (!noBaseline) {
            resetPeaks();
            t0 = System.nanoTime();
            CoreNlpBaseline baseline = new CoreNlpBaseline();
            out.printf("%nCoreNLP default pipeline loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            warm.forEach(a -> baseline.annotate(a.body(), a.metadata().published()));
            double base = time(() -> measured.forEach(a -> baseline.annotate(a.body(), a.metadata().published())));
            out.printf("CoreNLP default (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote), 1 thread: "
                    + "%6.2f articles/s (%.0f ms/article)%n", measured.size() / base, base / measured.size() * 1000);
            out.printf("Peak heap (CoreNLP default, with Dateline loaded): %.0f MB%n", peakHeap() / 1e6);
            out.printf("%nSpeed-up, 1 thread each: %.1fx%n", base / single);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static List<RawArticle> load(Path file, int count) throws IOException {
        ArticleReader reader = new ArticleReader(Metadata.empty());
        try (InputStream in = Files.newInputStream(file);
             Stream<ReadResult> items = reader.read(file.getFileName().toString(), in)) {
            return items.filter(r -> r instanceof ReadResult.Read).map(r -> ((ReadResult.Read) r).article())
                    .limit(count).toList();
        }
    }

    private static double time(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}

package org.dateline.cli;

import org.dateline.bench.Corpus;
import org.dateline.bench.SpeedBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code dateline bench}: throughput of Dateline against CoreNLP's default pipeline on the same
 * corpus articles in the same run, per-stage time and peak heap. A benchmark, not a test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure articles/s, per-stage time and peak heap, beside CoreNLP's default pipeline.")
final class BenchCommand implements Callable<Integer> {
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
        Path file = corpus != null ? corpus : Projects.defaultCorpus();
        if (!Files.isReadable(file)) {
            spec.commandLine().getErr().println("dateline: no corpus at " + file + " (give --corpus FILE.jsonl[.gz])");
            return ExitCodes.IO;
        }
        if (n < 1 || threads < 1) {
            spec.commandLine().getErr().println("dateline: --n and --threads must be at least 1");
            return ExitCodes.USAGE;
        }
        SpeedBenchmark.Result r = SpeedBenchmark.run(Corpus.first(file, n + SpeedBenchmark.WARMUP), threads, !noBaseline);
        print(r, file, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static void print(SpeedBenchmark.Result r, Path file, PrintWriter out) {
        out.printf("corpus %s: %d articles measured (%d warm-up), %.0f characters each on average%n",
                file.getFileName(), r.articles(), SpeedBenchmark.WARMUP, r.meanChars());
        out.printf("Dateline models loaded in %.1f s%n", r.loadSeconds());
        out.printf("Dateline, 1 thread:   %6.2f articles/s (%.0f ms/article)%n", r.singleRate(), 1000 / r.singleRate());
        out.printf("Dateline, %d threads:  %6.2f articles/s%n", r.threads(), r.multiRate());
        out.println("Per stage, ms/article (1 thread):");
        r.stageMsPerArticle().forEach((k, v) -> out.printf("  %-10s %8.1f%n", k, v));
        out.printf("Peak heap (Dateline): %.0f MB%n", r.peakHeapBytes() / 1e6);
        if (!Double.isNaN(r.coreNlpRate())) {
            out.printf("CoreNLP default pipeline (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote) loaded in %.1f s%n",
                    r.coreNlpLoadSeconds());
            out.printf("CoreNLP default, 1 thread: %6.2f articles/s (%.0f ms/article)%n", r.coreNlpRate(),
                    1000 / r.coreNlpRate());
            out.printf("Peak heap (CoreNLP default, Dateline still loaded): %.0f MB%n", r.coreNlpPeakHeapBytes() / 1e6);
            out.printf("CoreNLP default, %d threads: %6.2f articles/s%n", r.threads(), r.coreNlpMultiRate());
            out.printf("Dateline, run again after CoreNLP: 1 thread %6.2f articles/s (%.0f ms/article), %d threads %6.2f articles/s%n",
                    r.rerunSingleRate(), 1000 / r.rerunSingleRate(), r.threads(), r.rerunMultiRate());
            out.printf("Speed-up (reruns): 1 thread each %.1fx; %d threads each %.1fx%n", r.speedUp(), r.threads(),
                    r.multiSpeedUp());
        }
        out.flush();
    }
}

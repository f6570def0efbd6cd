package org.dateline.bench;

import org.dateline.ingest.ReadResult;
import org.dateline.model.RawArticle;
import org.dateline.nlp.CoreNlpBaseline;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.BatchAnalyzer;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Throughput of Dateline on corpus articles, one thread and all threads, with per-stage time and
 * peak heap; then CoreNLP's default pipeline on the same articles, in the same run, for the ratio;
 * then Dateline's 1-thread and all-threads runs once more, so the ratios compare fully warmed code.
 * The first {@link #WARMUP} articles warm the JIT and are not measured (for both systems).
 */
public final class SpeedBenchmark {
    public static final int WARMUP = 8;

    /** What was measured; {@code coreNlpSeconds} is negative when the baseline was skipped. */
    public record Result(int articles, double meanChars, double loadSeconds, double singleSeconds, int threads,
                         double multiSeconds, Map<String, Double> stageMsPerArticle, long peakHeapBytes,
                         double coreNlpLoadSeconds, double coreNlpSeconds, double coreNlpMultiSeconds,
                         long coreNlpPeakHeapBytes, double rerunSingleSeconds, double rerunMultiSeconds) {
        /** Articles per second for a run of {@code seconds}; NaN for a run that was not made (negative). */
        private double rate(double seconds) {
            return seconds < 0 ? Double.NaN : articles / seconds;
        }

        public double singleRate() {
            return rate(singleSeconds);
        }

        public double multiRate() {
            return rate(multiSeconds);
        }

        public double coreNlpRate() {
            return rate(coreNlpSeconds);
        }

        /** Compares like with like: Dateline's second 1-thread run, made after CoreNLP's, when all code is warm. */
        public double speedUp() {
            return coreNlpSeconds < 0 ? Double.NaN : coreNlpSeconds / rerunSingleSeconds;
        }

        public double rerunSingleRate() {
            return rate(rerunSingleSeconds);
        }

        public double coreNlpMultiRate() {
            return rate(coreNlpMultiSeconds);
        }

        /** Like {@link #speedUp()}, with Dateline's second all-threads run. */
        public double multiSpeedUp() {
            return coreNlpMultiSeconds < 0 ? Double.NaN : coreNlpMultiSeconds / rerunMultiSeconds;
        }

        public double rerunMultiRate() {
            return rate(rerunMultiSeconds);
        }

        public List<Score> scores(String dataset) {
            List<Score> out = new ArrayList<>();
            out.add(new Score("speed", dataset, "corpus", "articles_per_s.1_thread", singleRate(), articles));
            out.add(new Score("speed", dataset, "corpus", "articles_per_s." + threads + "_threads", multiRate(), articles));
            out.add(new Score("speed", dataset, "corpus", "peak_heap_mb", peakHeapBytes / 1e6, articles));
            stageMsPerArticle.forEach((stage, ms) ->
                    out.add(new Score("speed", dataset, "corpus", "ms_per_article." + stage, ms, articles)));
            if (coreNlpSeconds >= 0) {
                out.add(new Score("speed", dataset, "corpus", "articles_per_s.1_thread.rerun", rerunSingleRate(), articles));
                out.add(new Score("speed", dataset, "corpus", "articles_per_s." + threads + "_threads.rerun",
                        rerunMultiRate(), articles));
                out.add(new Score("speed", dataset, "corpus", "corenlp_default.articles_per_s.1_thread", coreNlpRate(), articles));
                out.add(new Score("speed", dataset, "corpus", "speedup_vs_corenlp_default", speedUp(), articles));
                out.add(new Score("speed", dataset, "corpus", "corenlp_default.articles_per_s." + threads + "_threads",
                        coreNlpMultiRate(), articles));
                out.add(new Score("speed", dataset, "corpus", "speedup_vs_corenlp_default." + threads + "_threads",
                        multiSpeedUp(), articles));
            }
            return out;
        }
    }

    private SpeedBenchmark() {
    }

    public static Result run(List<RawArticle> articles, int threads, boolean baseline) {
        if (articles.size() <= WARMUP) {
            throw new IllegalArgumentException("need more than " + WARMUP + " articles, got " + articles.size());
        }
        List<RawArticle> warm = articles.subList(0, WARMUP);
        List<RawArticle> measured = articles.subList(WARMUP, articles.size());
        double meanChars = measured.stream().mapToInt(a -> a.body().length()).average().orElse(0);
        resetPeaks();
        long t0 = System.nanoTime();
        Analyzer analyzer = Analyzer.shared();
        double load = (System.nanoTime() - t0) / 1e9;
        warm.forEach(analyzer::analyze);
        Map<String, Double> before = analyzer.clock().millis();
        double single = time(() -> measured.forEach(analyzer::analyze));
        Map<String, Double> stages = new LinkedHashMap<>();
        analyzer.clock().millis().forEach((k, v) -> stages.put(k, (v - before.getOrDefault(k, 0.0)) / measured.size()));
        double multi = time(() -> new BatchAnalyzer(analyzer, threads)
                .run(measured.stream().map(ReadResult.Read::new), o -> { }));
        long peak = peakHeap();
        if (!baseline) {
            return new Result(measured.size(), meanChars, load, single, threads, multi, stages, peak, -1, -1, -1, 0, -1, -1);
        }
        resetPeaks();
        t0 = System.nanoTime();
        CoreNlpBaseline core = new CoreNlpBaseline();
        double coreLoad = (System.nanoTime() - t0) / 1e9;
        warm.forEach(a -> core.annotate(a.body(), a.metadata().published()));
        double coreTime = time(() -> measured.forEach(a -> core.annotate(a.body(), a.metadata().published())));
        double coreMulti = time(() -> parallel(measured, threads, a -> core.annotate(a.body(), a.metadata().published())));
        long corePeak = peakHeap();
        double rerun = time(() -> measured.forEach(analyzer::analyze));
        double rerunMulti = time(() -> new BatchAnalyzer(analyzer, threads)
                .run(measured.stream().map(ReadResult.Read::new), o -> { }));
        return new Result(measured.size(), meanChars, load, single, threads, multi, stages, peak, coreLoad, coreTime,
                coreMulti, corePeak, rerun, rerunMulti);
    }

    /** Runs {@code work} over the articles on {@code threads} threads and waits for all. */
    private static void parallel(List<RawArticle> articles, int threads, java.util.function.Consumer<RawArticle> work) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (RawArticle a : articles) {
                futures.add(pool.submit(() -> work.accept(a)));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("baseline failed", e.getCause());
        } finally {
            pool.shutdownNow();
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

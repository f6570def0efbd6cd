package org.dateline.pipeline;

import org.dateline.ingest.ReadResult;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Analyzes a stream of read results on several threads and hands the outcomes on in input order.
 * At most {@code 2 x threads} articles are in memory at once, so a corpus of millions streams
 * through. A failure while analysing one article becomes a {@link Outcome.Failed} for it.
 */
public final class BatchAnalyzer {
    private final Analyzer analyzer;
    private final int threads;

    public BatchAnalyzer(Analyzer analyzer, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.analyzer = analyzer;
        this.threads = threads;
    }

    public void run(Stream<ReadResult> input, Consumer<Outcome> output) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dateline-analyze");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        try {
            Iterator<ReadResult> it = input.iterator();
            while (it.hasNext()) {
                ReadResult r = it.next();
                window.add(pool.submit(() -> analyze(r)));
                if (window.size() >= 2 * threads) {
                    output.accept(take(window));
                }
            }
            while (!window.isEmpty()) {
                output.accept(take(window));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome analyze(ReadResult r) {
        return outcome(analyzer, r);
    }

    /** The outcome of one read item: its analysis, or why it has none (a failure never escapes). */
    public static Outcome outcome(Analyzer analyzer, ReadResult r) {
        if (r instanceof ReadResult.Failed f) {
            return new Outcome.Failed(f.where(), f.problem());
        }
        ReadResult.Read read = (ReadResult.Read) r;
        try {
            return new Outcome.Analyzed(analyzer.analyze(read.article()));
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Outcome.Failed(read.article().id(), new org.dateline.model.Problem("analysis-failed",
                    "analysis failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    private static Outcome take(Deque<Future<Outcome>> window) {
        try {
            return window.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis task failed", e.getCause());
        }
    }
}

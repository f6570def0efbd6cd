package org.dateline.store;

import org.dateline.ingest.ReadResult;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Problem;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.BatchAnalyzer;
import org.dateline.pipeline.Outcome;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Analyzes a stream of read articles on all cores and stores each in its own transaction.
 * Articles already in the store (same headline and body as read) are skipped before analysis,
 * so re-running an ingest stores nothing twice and a killed ingest resumes where it stopped. An
 * article whose clean body repeats a stored one, or nearly does (MinHash estimate of the Jaccard
 * similarity of word 3-shingles at least 0.75), is stored linked to it ({@code duplicate_of}), not as independent evidence. A failing article is recorded in {@code failures} and the run goes on.
 */
public final class Ingester {
    private static final Set<String> UNUSABLE = Set.of("empty", "binary");

    /** Counts of a run. {@code skipped}: already stored, or repeated within the input. */
    public record Summary(long read, long stored, long skipped, long duplicates, long failed,
                          Map<String, Long> failureKinds, double seconds) {
    }

    /**
     * An analysis made elsewhere (the Spark job, another store's export).
     *
     * @param rawHash the key it was read under ({@link Hashes#raw}), or null to key it by its clean text
     * @param article the analysis
     */
    public record Analysis(String rawHash, AnalyzedArticle article) {
    }

    /** The problem that makes an analysis unusable for the store (an empty or binary input), if any. */
    public static java.util.Optional<Problem> unusable(AnalyzedArticle a) {
        return a.problems().stream().filter(p -> UNUSABLE.contains(p.kind())).findFirst();
    }

    /** Called after every input item. */
    public interface Progress {
        void update(long read, long stored, long skipped, long failed);
    }

    private final Store store;
    private final Supplier<Analyzer> analyzer;
    private final int threads;

    public Ingester(Store store, Analyzer analyzer, int threads) {
        this(store, () -> analyzer, threads);
    }

    /** With the analyzer fetched only when an article needs analysis (a re-run of a stored corpus loads no models). */
    public Ingester(Store store, Supplier<Analyzer> analyzer, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.store = store;
        this.analyzer = analyzer;
        this.threads = threads;
    }

    public Summary ingest(Stream<ReadResult> items, Progress progress) {
        long t0 = System.nanoTime();
        Run run = new Run(progress);
        Iterator<ReadResult> fresh = items.filter(run::admit).iterator();
        if (fresh.hasNext()) {
            new BatchAnalyzer(analyzer.get(), threads).run(
                    StreamSupport.stream(Spliterators.spliteratorUnknownSize(fresh, Spliterator.ORDERED), false), run::store);
        }
        return new Summary(run.read, run.stored, run.skipped, run.duplicates, run.failed, Map.copyOf(run.kinds),
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Stores analyses made elsewhere, with the same rules as {@link #ingest}: already stored (same
     * raw key) is skipped, same or near-same bodies are linked, unusable ones are recorded failures.
     */
    public Summary importAnalyses(Stream<Analysis> items, Progress progress) {
        long t0 = System.nanoTime();
        Run run = new Run(progress);
        items.forEach(item -> {
            String hash = item.rawHash() != null ? item.rawHash()
                    : Hashes.sha256("analysis\u0000" + item.article().article().title() + "\u0000" + item.article().article().text());
            if (run.admit(hash)) {
                run.store(new Outcome.Analyzed(item.article()));
            }
        });
        return new Summary(run.read, run.stored, run.skipped, run.duplicates, run.failed, Map.copyOf(run.kinds),
                (System.nanoTime() - t0) / 1e9);
    }

    /** The state of one ingest; both callbacks run on the calling thread, in input order. */
    private final class Run {
        private final Progress progress;
        private final Deque<String> hashes = new ArrayDeque<>();
        private final Set<String> pending = new HashSet<>();
        private final Map<String, Long> kinds = new TreeMap<>();
        private long read;
        private long stored;
        private long skipped;
        private long duplicates;
        private long failed;

        Run(Progress progress) {
            this.progress = progress;
        }

        boolean admit(ReadResult r) {
            if (r instanceof ReadResult.Read ok) {
                return admit(Hashes.raw(ok.article()));
            }
            read++;
            hashes.add("");
            return true;
        }

        boolean admit(String hash) {
            read++;
            if (pending.contains(hash) || store.containsRaw(hash)) {
                skipped++;
                report();
                return false;
            }
            pending.add(hash);
            hashes.add(hash);
            return true;
        }

        void store(Outcome outcome) {
            String hash = hashes.poll();
            if (outcome instanceof Outcome.Failed f) {
                fail(f.where(), f.problem());
            } else {
                AnalyzedArticle a = ((Outcome.Analyzed) outcome).article();
                Problem unusable = unusable(a).orElse(null);
                if (unusable != null) {
                    fail(a.article().id(), unusable);
                } else {
                    write(a, hash);
                }
            }
            pending.remove(hash);
            report();
        }

        private void write(AnalyzedArticle a, String hash) {
            String body = Hashes.body(a.article().text());
            long[] minhash = Hashes.minhash(a.article().text());
            Long original = store.withBody(body)
                    .or(() -> minhash == null ? java.util.Optional.empty() : store.nearCopyOf(minhash)).orElse(null);
            store.begin();
            try {
                store.add(a, hash, body, minhash, original);
                store.commit();
                stored++;
                if (original != null) {
                    duplicates++;
                }
            } catch (StoreException e) {
                store.rollback();
                fail(a.article().id(), new Problem("store-failed", e.getMessage()));
            }
        }

        private void fail(String where, Problem p) {
            failed++;
            kinds.merge(p.kind(), 1L, Long::sum);
            store.addFailure(where, p);
        }

        private void report() {
            if (progress != null) {
                progress.update(read, stored, skipped, failed);
            }
        }
    }
}

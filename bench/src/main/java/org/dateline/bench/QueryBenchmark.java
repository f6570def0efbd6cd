package org.dateline.bench;

import org.dateline.store.Rows;
import org.dateline.store.Store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Query latency on a filled store: full-text searches of one and two frequent words, and events
 * queries by actor and month, each timed over many runs after a warm-up. A benchmark, not a test.
 */
public final class QueryBenchmark {
    /** Latency percentiles in milliseconds. */
    public record Latency(String query, int runs, double p50, double p95, double max) {
    }

    private QueryBenchmark() {
    }

    public static List<Latency> run(Store store, int runs, long seed) {
        Random random = new Random(seed);
        List<String> words = store.frequentWords(300);
        List<String[]> actorMonths = store.busyActorMonths(50);
        List<Latency> out = new ArrayList<>();
        if (!words.isEmpty()) {
            out.add(time("search, one word", runs, () -> store.search(words.get(random.nextInt(words.size())), 20)));
            out.add(time("search, two words", runs, () -> store.search(words.get(random.nextInt(words.size())) + " "
                    + words.get(random.nextInt(words.size())), 20)));
        }
        if (!actorMonths.isEmpty()) {
            out.add(time("events by actor and month", runs, () -> {
                String[] am = actorMonths.get(random.nextInt(actorMonths.size()));
                YearMonth m = YearMonth.parse(am[1]);
                LocalDate from = m.atDay(1);
                store.events(new Rows.EventFilter(am[0], null, null, from, m.atEndOfMonth(), null, null, 100));
            }));
        }
        return out;
    }

    private static Latency time(String name, int runs, Runnable query) {
        for (int i = 0; i < Math.min(20, runs); i++) {
            query.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Latency(name, runs, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1]);
    }
}

package org.dateline.cli;

import org.dateline.bench.QueryBenchmark;
import org.dateline.store.Rows;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dateline bench-store}: query latency on a filled store. */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Measure search and events-query latency (p50, p95, max) on a filled store.")
final class BenchStoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--runs", defaultValue = "200", description = "Timed runs per query kind (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            spec.commandLine().getErr().println("dateline: --runs must be at least 1");
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.existing()) {
            Rows.Stats st = s.stats();
            out.printf(Locale.ROOT, "store %s: %.1f MB, %d articles (%d duplicates), %d actors, %d quotes, %d events in %d groups%n",
                    store.db, Files.size(store.db) / 1e6, st.articles(), st.duplicates(), st.actors(), st.quotes(), st.events(),
                    st.eventGroups());
            out.println("| query | runs | p50 ms | p95 ms | max ms |");
            out.println("|---|---:|---:|---:|---:|");
            for (QueryBenchmark.Latency l : QueryBenchmark.run(s, runs, 42)) {
                out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |%n", l.query(), l.runs(), l.p50(), l.p95(), l.max());
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}

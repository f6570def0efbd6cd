package org.dateline.cli;

import org.dateline.ingest.ArticleReader;
import org.dateline.model.Metadata;
import org.dateline.pipeline.Analyzer;
import org.dateline.store.Ingester;
import org.dateline.store.Inputs;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dateline ingest}: analyze and store articles, idempotently. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyze articles and store them: files, directories (recursive), .jsonl(.gz) corpora, or - for"
                + " standard input. Articles already stored are skipped; re-running finishes an interrupted ingest.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    List<String> paths;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for inputs that give none.")
    LocalDate published;

    @Option(names = "--threads", description = "Articles analyzed at once (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("dateline: --threads must be at least 1");
            return ExitCodes.USAGE;
        }
        List<Path> files;
        try {
            files = Inputs.files(paths);
        } catch (NoSuchFileException e) {
            err.println("dateline: cannot read " + e.getFile() + ": no such file");
            return ExitCodes.IO;
        } catch (IOException e) {
            err.println("dateline: cannot read inputs: " + e.getMessage());
            return ExitCodes.IO;
        }
        try (Store s = store.create()) {
            Progress progress = new Progress(err, files.size(), System.console() != null);
            Ingester.Summary sum = new Ingester(s, Analyzer::shared, threads)
                    .ingest(Inputs.read(files, new ArticleReader(Metadata.empty().withPublished(published))), progress);
            progress.done();
            out.printf(Locale.ROOT, "read %d, stored %d (%d linked as duplicates of stored articles), skipped %d (already"
                            + " stored or repeated), failed %d%s%n", sum.read(), sum.stored(), sum.duplicates(), sum.skipped(),
                    sum.failed(), sum.failureKinds().isEmpty() ? "" : " " + sum.failureKinds());
            out.printf(Locale.ROOT, "%.1f s, %.2f articles/s stored; store %s (%.1f MB)%n", sum.seconds(),
                    sum.stored() / Math.max(1e-9, sum.seconds()), store.db, size(store.db) / 1e6);
            out.flush();
            if (sum.failed() == 0) {
                return ExitCodes.OK;
            }
            return sum.stored() + sum.skipped() > 0 ? ExitCodes.PARTIAL : ExitCodes.NOTHING_ANALYZED;
        }
    }

    private static long size(Path db) {
        long n = 0;
        for (String suffix : List.of("", "-wal", "-shm")) {
            try {
                n += Files.size(Path.of(db + suffix));
            } catch (IOException e) {
                // absent: nothing to add
            }
        }
        return n;
    }

    /** A bar with rate and ETA on a terminal (ETA when the number of files is the number of articles), else a line every 10 s. */
    private static final class Progress implements Ingester.Progress {
        private final PrintWriter err;
        private final int files;
        private final boolean terminal;
        private final long t0 = System.nanoTime();
        private long lastPrint = t0;

        Progress(PrintWriter err, int files, boolean terminal) {
            this.err = err;
            this.files = files;
            this.terminal = terminal;
        }

        @Override
        public void update(long read, long stored, long skipped, long failed) {
            long now = System.nanoTime();
            long every = terminal ? 200_000_000L : 10_000_000_000L;
            if (now - lastPrint < every) {
                return;
            }
            lastPrint = now;
            double secs = (now - t0) / 1e9;
            double rate = read / Math.max(1e-9, secs);
            String counts = String.format(Locale.ROOT, "%d read, %d stored, %d skipped, %d failed, %.2f/s", read, stored,
                    skipped, failed, rate);
            if (terminal) {
                String bar = "";
                if (files > 1 && read <= files) {
                    int done = (int) (30L * read / files);
                    long eta = (long) ((files - read) / Math.max(1e-9, rate));
                    bar = "[" + "#".repeat(done) + " ".repeat(30 - done) + "] " + String.format(Locale.ROOT, "ETA %d:%02d ", eta / 60, eta % 60);
                }
                err.print("\r" + bar + counts + "   ");
            } else {
                err.println("ingest: " + counts);
            }
            err.flush();
        }

        void done() {
            if (terminal && lastPrint != t0) {
                err.println();
                err.flush();
            }
        }
    }
}

package org.dateline.cli;

import org.dateline.model.Problem;
import org.dateline.parquet.ParquetTables;
import org.dateline.pipeline.ArticleJson;
import org.dateline.pipeline.table.Tables;
import org.dateline.store.Ingester;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code dateline import-parquet}: the Spark job's output (or another store's export) into this store. */
@Command(name = "import-parquet", mixinStandardHelpOptions = true,
        description = "Store the analyses of a Parquet output directory (the Spark job's --output or export --format"
                + " parquet): its articles table, and its errors table as recorded failures. Nothing is analyzed again;"
                + " articles already stored are skipped and copies linked, as in ingest.")
final class ImportParquetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "DIR", description = "Directory holding articles/ (and errors/) as written by the Spark job.")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(dir.resolve(Tables.ARTICLES.name()))) {
            err.println("dateline: " + dir + " holds no articles table (no directory " + dir.resolve(Tables.ARTICLES.name()) + ")");
            return ExitCodes.IO;
        }
        int analysis = Tables.ARTICLES.indexOf("analysis");
        int rawHash = Tables.ARTICLES.indexOf("raw_hash");
        long[] unreadable = {0};
        long errors = 0;
        try (Store s = store.create(); Stream<Object[]> rows = ParquetTables.stream(dir, Tables.ARTICLES)) {
            Stream<Ingester.Analysis> analyses = rows.map(r -> {
                try {
                    return new Ingester.Analysis((String) r[rawHash], ArticleJson.read(String.valueOf(r[analysis])));
                } catch (IllegalArgumentException e) {
                    unreadable[0]++;
                    s.addFailure(dir + ":" + r[0], new Problem("bad-analysis", e.getMessage()));
                    return null;
                }
            }).filter(Objects::nonNull);
            Ingester.Summary sum = new Ingester(s, () -> {
                throw new IllegalStateException("import analyzes nothing");
            }, 1).importAnalyses(analyses, null);
            if (Files.isDirectory(dir.resolve(Tables.ERRORS.name()))) {
                for (Object[] e : ParquetTables.read(dir, Tables.ERRORS)) {
                    s.addFailure(String.valueOf(e[0]), new Problem(String.valueOf(e[1]), String.valueOf(e[2])));
                    errors++;
                }
            }
            out.printf(Locale.ROOT, "read %d, stored %d (%d linked as duplicates of stored articles), skipped %d (already"
                            + " stored), failed %d%s; %d errors of the run recorded%n", sum.read() + unreadable[0], sum.stored(),
                    sum.duplicates(), sum.skipped(), sum.failed() + unreadable[0],
                    sum.failureKinds().isEmpty() ? "" : " " + sum.failureKinds(), errors);
            out.flush();
            return sum.failed() + unreadable[0] == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
        } catch (UncheckedIOException e) {
            err.println("dateline: " + e.getMessage());
            return ExitCodes.IO;
        }
    }
}

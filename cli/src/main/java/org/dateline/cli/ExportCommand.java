package org.dateline.cli;

import org.dateline.parquet.ParquetTables;
import org.dateline.pipeline.table.Table;
import org.dateline.pipeline.table.Tables;
import org.dateline.store.Exporter;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dateline export}: the record for R, pandas, Spark and event-data tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write events, quotes, entities or articles to standard output as jsonl or csv; events also as"
                + " plover (PLOVER JSON records) or gdelt (GDELT 2.0 event table, tab-separated).",
                "--format parquet --out DIR writes the analysis tables (articles, entities, quotes, events, places;"
                        + " or the one TABLE named) as month-partitioned Parquet, the same schema the Spark job writes."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "TABLE", arity = "0..1", description = "events, quotes, entities or articles (all tables for parquet).")
    Exporter.Table table;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv, plover, gdelt or parquet (default: ${DEFAULT-VALUE}).")
    Exporter.Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for --format parquet (its tables are replaced).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (format == Exporter.Format.parquet) {
            return parquet(err);
        }
        if (table == null) {
            err.println("dateline: name the TABLE to export: events, quotes, entities or articles");
            return ExitCodes.USAGE;
        }
        if ((format == Exporter.Format.plover || format == Exporter.Format.gdelt) && table != Exporter.Table.events) {
            err.println("dateline: --format " + format + " exports events only");
            return ExitCodes.USAGE;
        }
        try (Store s = store.existing()) {
            new Exporter(s).export(table, format, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    private int parquet(PrintWriter err) {
        if (out == null) {
            err.println("dateline: --format parquet writes a directory: give --out DIR");
            return ExitCodes.USAGE;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("dateline: --out " + out + " is a file, not a directory");
            return ExitCodes.USAGE;
        }
        List<Table> chosen = table == null ? Tables.ANALYSIS : List.of(switch (table) {
            case articles -> Tables.ARTICLES;
            case entities -> Tables.ENTITIES;
            case quotes -> Tables.QUOTES;
            case events -> Tables.EVENTS;
        });
        Map<Table, ParquetTables.Writer> writers = new LinkedHashMap<>();
        long[] counts = new long[2];
        try (Store s = store.existing()) {
            Files.createDirectories(out);
            for (Table t : chosen) {
                writers.put(t, new ParquetTables.Writer(out.resolve(t.name()), t));
            }
            s.forEachAnalysis((rawHash, json) -> {
                try {
                    Tables.rows(json, rawHash).forEach((t, rows) -> {
                        ParquetTables.Writer w = writers.get(t);
                        if (w != null) {
                            rows.forEach(w);
                        }
                    });
                    counts[0]++;
                } catch (IllegalArgumentException e) {
                    counts[1]++;
                }
            });
            for (ParquetTables.Writer w : writers.values()) {
                w.close();
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("dateline: cannot write " + out + ": " + e.getMessage());
            return ExitCodes.IO;
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %d articles to %s (%s)%s%n", counts[0], out,
                String.join(", ", chosen.stream().map(Table::name).toList()),
                counts[1] == 0 ? "" : "; " + counts[1] + " stored analyses unreadable, left out");
        spec.commandLine().getOut().flush();
        return counts[1] == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
    }
}

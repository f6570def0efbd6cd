package org.dateline.cli;

import org.dateline.store.Exporter;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code dateline export}: the record for R, pandas and event-data tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write events, quotes, entities or articles to standard output as jsonl or csv; events also as"
                + " plover (PLOVER JSON records) or gdelt (GDELT 2.0 event table, tab-separated).")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "TABLE", description = "events, quotes, entities or articles.")
    Exporter.Table table;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv, plover or gdelt (default: ${DEFAULT-VALUE}).")
    Exporter.Format format;

    @Override
    public Integer call() {
        if ((format == Exporter.Format.plover || format == Exporter.Format.gdelt) && table != Exporter.Table.events) {
            spec.commandLine().getErr().println("dateline: --format " + format + " exports events only");
            return ExitCodes.USAGE;
        }
        try (Store s = store.existing()) {
            new Exporter(s).export(table, format, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}

package org.dateline.cli;

import org.dateline.store.Rows;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline events}: stored events by actor, recipient, type, date range, place and status. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Stored events, newest first; 'reports' counts the independent articles reporting the same event.")
final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--actor", description = "Actor name or alias (\"Pompeo\"), or a code prefix (USA, RUSGOV).")
    String actor;

    @Option(names = "--recipient", description = "Recipient name or alias, or a code prefix.")
    String recipient;

    @Option(names = "--type", description = "PLOVER type (CONSULT, ACCUSE, ...).")
    String type;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events on or before this day.")
    LocalDate to;

    @Option(names = "--place", description = "Place name (\"Sochi\") or ISO-2 country code (RU).")
    String place;

    @Option(names = "--status", description = "occurred, planned, negated, denied or hypothetical.")
    String status;


    @Mixin
    QueryOptions rows;

    @Override
    public Integer call() {
        if (from != null && to != null && from.isAfter(to)) {
            spec.commandLine().getErr().println("dateline: --from is after --to");
            return ExitCodes.USAGE;
        }
        try (Store s = store.existing()) {
            List<List<Object>> found = new ArrayList<>();
            for (Rows.EventRow e : s.events(new Rows.EventFilter(actor, recipient, type, from, to, place, status, rows.limit()))) {
                found.add(java.util.Arrays.asList(e.id(), e.date(), e.type(), e.cameo(), e.status(), e.actors(), e.recipients(),
                        e.place(), e.reports(), e.article(), e.trigger(), e.sentence()));
            }
            Output.print(spec.commandLine().getOut(), rows.format, List.of("id", "date", "type", "cameo", "status", "actors",
                    "recipients", "place", "reports", "article", "trigger", "sentence"), found);
        }
        return ExitCodes.OK;
    }
}

package org.dateline.cli;

import org.dateline.store.Rows;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline search}: full-text search over titles, bodies and quotes. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search (BM25; words, \"phrases\", prefix*, OR, NOT) over titles, bodies and quotes.")
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query.")
    List<String> query;

    @Option(names = "--limit", defaultValue = "20", description = "Most hits shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv.")
    Output.Kind format;

    @Override
    public Integer call() {
        try (Store s = store.existing()) {
            List<List<Object>> rows = new ArrayList<>();
            for (Rows.SearchHit h : s.search(String.join(" ", query), Math.max(1, limit))) {
                rows.add(List.of(h.article(), String.valueOf(h.published()), String.valueOf(h.source()), h.title(),
                        h.snippet()));
            }
            Output.print(spec.commandLine().getOut(), format, List.of("id", "published", "source", "title", "snippet"), rows);
        }
        return ExitCodes.OK;
    }
}

package org.dateline.cli;

import org.dateline.store.Rows;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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


    @Mixin
    QueryOptions rows;

    @Override
    public Integer call() {
        try (Store s = store.existing()) {
            List<List<Object>> found = new ArrayList<>();
            for (Rows.SearchHit h : s.search(String.join(" ", query), rows.limit())) {
                found.add(java.util.Arrays.asList(h.article(), h.published(), h.source(), h.title(),
                        h.snippet()));
            }
            Output.print(spec.commandLine().getOut(), rows.format, List.of("id", "published", "source", "title", "snippet"), found);
        }
        return ExitCodes.OK;
    }
}

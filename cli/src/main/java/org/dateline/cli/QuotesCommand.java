package org.dateline.cli;

import org.dateline.store.Rows;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline quotes}: who said what. */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "Stored quotes by speaker and/or words they contain.")
final class QuotesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--speaker", description = "Speaker name or alias, or words of an unnamed source's description.")
    String speaker;

    @Option(names = "--about", description = "Words the quote contains.")
    String about;


    @Mixin
    QueryOptions rows;

    @Override
    public Integer call() {
        try (Store s = store.existing()) {
            List<List<Object>> found = new ArrayList<>();
            for (Rows.QuoteRow q : s.quotes(speaker, about, rows.limit())) {
                found.add(java.util.Arrays.asList(q.id(), q.published(), q.speaker(), q.cue(), q.kind(), q.article(), q.text()));
            }
            Output.print(spec.commandLine().getOut(), rows.format, List.of("id", "published", "speaker", "cue", "kind", "article",
                    "text"), found);
        }
        return ExitCodes.OK;
    }
}

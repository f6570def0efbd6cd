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

/** {@code dateline actors}: the cross-article actors, with aliases, titles and counts. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Actors across articles: aliases, titles, articles, first and last seen, quotes and events.")
final class ActorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Part of a name or alias (default: all, most reported first).")
    String name;


    @Mixin
    QueryOptions rows;

    @Override
    public Integer call() {
        try (Store s = store.existing()) {
            List<List<Object>> found = new ArrayList<>();
            for (Rows.ActorRow a : s.actors(name, rows.limit())) {
                found.add(java.util.Arrays.asList(a.id(), a.name(), a.type(), a.code(), a.articles(), a.firstSeen(), a.lastSeen(),
                        a.quotes(), a.events(), a.titles(), a.aliases()));
            }
            Output.print(spec.commandLine().getOut(), rows.format, List.of("id", "name", "type", "code", "articles", "first_seen",
                    "last_seen", "quotes", "events", "titles", "aliases"), found);
        }
        return ExitCodes.OK;
    }
}

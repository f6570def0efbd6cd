package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code dateline show}: one stored article's analysis. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a stored article's analysis (JSON).")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", description = "The article's store id (from search, events or quotes).")
    long id;

    @Option(names = "--compact", description = "One line instead of indented JSON.")
    boolean compact;

    @Override
    public Integer call() throws IOException {
        try (Store s = store.existing()) {
            Optional<String> json = s.article(id);
            if (json.isEmpty()) {
                spec.commandLine().getErr().println("dateline: no article " + id + " in " + store.db);
                return ExitCodes.NOT_FOUND;
            }
            ObjectMapper m = new ObjectMapper();
            JsonNode tree = m.readTree(json.get());
            spec.commandLine().getOut().println(compact ? tree.toString()
                    : m.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree));
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}

package org.dateline.cli;

import org.dateline.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code dateline} command. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0",
        description = "Turns news articles into a verified record: who did what to whom, when and where, and who said what.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, EventsCommand.class,
                QuotesCommand.class, ActorsCommand.class, ShowCommand.class, ExportCommand.class, ImportParquetCommand.class, ServeCommand.class, EvalCommand.class,
                BenchCommand.class, BenchStoreCommand.class, BenchHttpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        CommandLine cli = configure(new CommandLine(new Main()));
        try {
            return cli.execute(args);
        } catch (Error e) {
            cli.getErr().println("dateline: internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
            return ExitCodes.INTERNAL;
        }
    }

    /** Installs the one-line error handlers and their exit codes. */
    static CommandLine configure(CommandLine cli) {
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof StoreException) {
                cmd.getErr().println("dateline: " + e.getMessage().lines().findFirst().orElse(""));
                return ExitCodes.STORE;
            }
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            cmd.getErr().println("dateline: internal error: " + root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("")));
            return ExitCodes.INTERNAL;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("dateline: " + e.getMessage());
            e.getCommandLine().getErr().println("Try 'dateline " + e.getCommandLine().getCommandName() + " --help'.");
            return ExitCodes.USAGE;
        });
        return cli;
    }
}

package org.dateline.cli;

import picocli.CommandLine.Option;

/** The {@code --limit} and {@code --format} options shared by the query commands. */
final class QueryOptions {
    @Option(names = "--limit", defaultValue = "50", description = "Most rows shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, json (one object per line) or csv.")
    Output.Kind format;

    /** The limit, at least 1. */
    int limit() {
        return Math.max(1, limit);
    }
}

package org.dateline.cli;

import org.dateline.store.Store;
import org.dateline.store.StoreException;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --db} option shared by the store commands. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH", defaultValue = "dateline.db",
            description = "The store file (default: ${DEFAULT-VALUE}).")
    Path db;

    /** Opens the store for writing, creating it. */
    Store create() {
        return Store.open(db);
    }

    /** Opens an existing store for queries; a missing file is an error, not a new empty store. */
    Store existing() {
        if (!Files.exists(db)) {
            throw new StoreException("no store at " + db + " (run 'dateline ingest' first, or give --db)", null);
        }
        return Store.open(db);
    }
}

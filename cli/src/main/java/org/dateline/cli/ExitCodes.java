package org.dateline.cli;

/** The exit codes of the {@code dateline} command, in one place. */
final class ExitCodes {
    /** Every input was analyzed. */
    static final int OK = 0;
    /** A bug: an unexpected error, printed as one line. */
    static final int INTERNAL = 1;
    /** Wrong flags or arguments. */
    static final int USAGE = 2;
    /** Some inputs were analyzed, others were unusable (empty, binary, a malformed JSON line). */
    static final int PARTIAL = 3;
    /** No input could be analyzed. */
    static final int NOTHING_ANALYZED = 4;
    /** An input file could not be opened or read. */
    static final int IO = 5;
    /** The store could not be opened, read or written (not a Dateline store, missing, locked). */
    static final int STORE = 6;
    /** A query named something that does not exist (an article id). */
    static final int NOT_FOUND = 7;

    private ExitCodes() {
    }
}

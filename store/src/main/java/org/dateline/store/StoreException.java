package org.dateline.store;

/** A store that cannot be opened, read or written; the message is one line for the user. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

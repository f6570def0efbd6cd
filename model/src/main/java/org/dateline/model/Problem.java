package org.dateline.model;

import java.util.Objects;

/**
 * An input issue recorded on a result instead of thrown: what kind it is and a one-line message.
 *
 * @param kind    a stable machine-readable code, e.g. {@code empty}, {@code binary}, {@code encoding}
 * @param message one line for a person, saying what was wrong and what was done about it
 */
public record Problem(String kind, String message) {
    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}

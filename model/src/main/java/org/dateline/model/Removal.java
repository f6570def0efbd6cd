package org.dateline.model;

import java.util.Objects;

/**
 * A piece of scraped residue taken out of an article body, kept so that cleaning is auditable.
 *
 * @param kind what the residue was, e.g. {@code ad-placeholder}, {@code update-stamp}, {@code copyright}
 * @param text the exact text removed
 */
public record Removal(String kind, String text) {
    public Removal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}

package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * An article as read, before cleaning: a headline (may be null) and a body whose lines are paragraphs.
 *
 * @param id       a stable identifier within its input (file name, JSON id or line number)
 * @param title    the headline, or null when the input gave none
 * @param body     the body text as read; lines or blank-line blocks are paragraphs
 * @param metadata publication date, outlet, URL, author
 * @param problems issues met while reading
 */
public record RawArticle(String id, String title, String body, Metadata metadata, List<Problem> problems) {
    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(metadata, "metadata");
        problems = List.copyOf(problems);
    }
}

package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article: headline, body text whose paragraphs are separated by one blank line, and
 * what cleaning removed.
 *
 * @param id         identifier carried over from the {@link RawArticle}
 * @param title      the clean headline (empty when unknown)
 * @param text       the clean body; all offsets in Dateline index into this string
 * @param paragraphs one span per paragraph of {@code text}
 * @param metadata   publication date, outlet, URL, author
 * @param removed    residue taken out, in order of appearance
 * @param problems   input issues recorded while reading and cleaning
 */
public record Article(String id, String title, String text, List<Span> paragraphs, Metadata metadata,
                      List<Removal> removed, List<Problem> problems) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
        problems = List.copyOf(problems);
    }
}

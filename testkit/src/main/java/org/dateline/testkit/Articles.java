package org.dateline.testkit;

import org.dateline.model.Article;
import org.dateline.model.Metadata;
import org.dateline.model.RawArticle;
import org.dateline.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds articles for tests. */
public final class Articles {
    private Articles() {
    }

    /** A clean article from paragraphs, published on {@code date} (may be null). */
    public static Article of(String date, String... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (String p : paragraphs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            spans.add(new Span(text.length(), text.length() + p.length()));
            text.append(p);
        }
        Metadata m = Metadata.empty().withPublished(date == null ? null : LocalDate.parse(date));
        return new Article("test", "", text.toString(), spans, m, List.of(), List.of());
    }

    /** A raw article with a title and a body of lines. */
    public static RawArticle raw(String title, String... lines) {
        return new RawArticle("test", title, String.join("\n", lines), Metadata.empty(), List.of());
    }

    /** The project root, found by walking up to the folder holding {@code examples/}. */
    public static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** The text of a fixture in {@code examples/}. */
    public static String example(String name) {
        try {
            return Files.readString(projectRoot().resolve("examples").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared benchmark folder beside the project root, or null when it is absent. */
    public static Path shared() {
        Path s = projectRoot().resolveSibling("shared");
        return Files.isDirectory(s) ? s : null;
    }
}

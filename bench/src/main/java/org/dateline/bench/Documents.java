package org.dateline.bench;

import org.dateline.model.Article;
import org.dateline.model.Metadata;
import org.dateline.model.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds evaluation articles whose text is exactly the benchmark's text, paragraph by paragraph. */
final class Documents {
    private Documents() {
    }

    /** An article of the given paragraphs joined by blank lines; {@code offsets} gets each paragraph's start. */
    static Article of(String id, List<String> paragraphs, LocalDate published, List<Integer> offsets) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (String p : paragraphs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            offsets.add(text.length());
            spans.add(new Span(text.length(), text.length() + p.length()));
            text.append(p);
        }
        return new Article(id, "", text.toString(), spans, Metadata.empty().withPublished(published), List.of(), List.of());
    }
}

package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * What the NLP backbone gives: sentences with tokens and dependencies, recognized names and
 * normalized time expressions.
 */
public record ParsedArticle(Article article, List<Sentence> sentences, List<NamedMention> names,
                            List<TimeExpression> times) {
    public ParsedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
        times = List.copyOf(times);
    }
}

package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * The result of analysing one article: the clean article, its sentences, entities and times,
 * and every problem met on the way.
 */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<Entity> entities,
                              List<TimeExpression> times, List<Problem> problems) {
    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        problems = List.copyOf(problems);
    }
}

package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * The result of analysing one article: the clean article, its sentences, entities, quotes,
 * times, events, places, the publication date inferred from its words when none was given
 * ({@code publishedInferred}, else null), and every problem met on the way.
 */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<Entity> entities,
                              List<Quote> quotes, List<TimeExpression> times, List<Event> events,
                              List<Place> places, DateInference publishedInferred,
                              List<Problem> problems) {
    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
        events = List.copyOf(events);
        places = List.copyOf(places);
        problems = List.copyOf(problems);
    }
}

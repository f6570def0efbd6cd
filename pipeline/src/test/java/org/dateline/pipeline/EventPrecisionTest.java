package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Words of political news that look like force or meetings but are not: calls for something,
 * attacks in words, rallying supporters. Sentences we wrote ourselves, the real models.
 */
class EventPrecisionTest {
    private static AnalyzedArticle news;

    @BeforeAll
    static void analyze() {
        news = AnalyzerTest.analyze("2019-10-01",
                "Governor Ann Mills renewed her calls for the senator to resign.",
                "The White House attacked the inspector as a partisan bureaucrat.",
                "Senator Hale launched the most pointed attacks on his rival.",
                "The president will rally supporters in Ohio on Friday.",
                "Hundreds of protesters rallied outside the embassy.");
    }

    private static Optional<Event> event(String trigger) {
        return news.events().stream().filter(e -> e.trigger().text().startsWith(trigger)).findFirst();
    }

    private static List<String> triggers() {
        return news.events().stream().map(e -> e.trigger().text() + "/" + e.cameo()).toList();
    }

    @Test
    void calls_for_something_are_an_appeal_not_a_phone_call() {
        Event calls = event("calls").orElseThrow(() -> new AssertionError(triggers()));
        assertEquals("REQUEST", calls.type(), triggers()::toString);
    }

    @Test
    void an_attack_in_words_is_criticism() {
        assertEquals("111", event("attacked").orElseThrow(() -> new AssertionError(triggers())).cameo());
        assertEquals("111", event("launched").orElseThrow(() -> new AssertionError(triggers())).cameo());
    }

    @Test
    void rallying_supporters_is_no_protest_but_protesters_rallying_is() {
        assertTrue(news.events().stream().noneMatch(e -> e.trigger().text().startsWith("rally")), triggers()::toString);
        assertEquals("PROTEST", event("rallied").orElseThrow(() -> new AssertionError(triggers())).type());
    }
}

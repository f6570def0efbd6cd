package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dateline.pipeline.EventsTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Actor codes of event participants end to end, on sentences we wrote ourselves, with the real models. */
class ActorCodesTest {
    private static AnalyzedArticle news;

    @BeforeAll
    static void analyze() {
        news = AnalyzerTest.analyze("2011-06-01",
                "Berlin rejected fresh calls from Athens for emergency loans on Tuesday.",
                "The United Nations condemned the shelling of the refugee camp.",
                "Kenyan junior trade minister Otieno Kamau criticized the Ugandan ambassador.",
                "Judge Carla Mendes opened an investigation into the bank.");
    }

    private static Event event(String trigger) {
        return news.events().stream().filter(e -> e.trigger().text().startsWith(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event '" + trigger + "' in "
                        + news.events().stream().map(e -> e.trigger().text()).toList()));
    }

    @Test
    void a_capital_acting_is_its_government_and_a_city_its_country() {
        Event rejected = event("rejected");
        assertEquals(List.of("DEUGOV"), codes(rejected.actors()), "Berlin as the actor is Germany's government");
    }

    @Test
    void an_international_organisation_carries_its_code() {
        assertEquals(List.of("IGOUNO"), codes(event("condemned").actors()));
    }

    @Test
    void a_qualified_title_keeps_its_country_and_an_unstated_country_is_a_placeholder() {
        assertEquals(List.of("KENGOV"), codes(event("criticized").actors()));
        assertEquals(List.of("---JUD"), codes(event("opened").actors()));
    }
}

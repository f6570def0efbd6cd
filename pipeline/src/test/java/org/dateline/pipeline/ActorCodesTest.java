package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dateline.pipeline.EventsTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Actor codes of event participants end to end, on sentences we wrote ourselves, with the real models. */
class ActorCodesTest {
    private static AnalyzedArticle news;

    @BeforeAll
    static void analyze() {
        news = AnalyzerTest.analyze("2011-06-01",
                "Berlin rejected fresh calls from Athens for emergency loans on Tuesday.",
                "The United Nations condemned the shelling of the refugee camp.",
                "Kenyan junior trade minister Otieno Kamau criticized the Ugandan ambassador.",
                "Tanzania's foreign minister Amani Mrisho met the Ugandan ambassador in Arusha.",
                "Halima Ouedraogo, Mali's best-known human rights activist, began a hunger strike on Monday.",
                "Ibrahim Keita Sow, a prominent journalist from Senegal, denounced the arrests.");
    }

    @Test
    void a_title_the_parser_heads_stands_for_the_person_named_beside_it() {
        // the parse hangs the name off "minister"; the actor is the minister, not the country that owns the title
        Event met = event("met");
        assertEquals("Amani Mrisho", met.actors().get(0).text());
        assertEquals("TZAGOV", met.actors().get(0).code());
    }

    @Test
    void an_appositive_role_gives_a_person_country_and_sector() {
        assertEquals(List.of("MLIOPP"), codes(event("strike").actors()), "Mali's ... human rights activist");
        assertEquals(List.of("SENMED"), codes(event("denounced").actors()), "a prominent journalist from Senegal");
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
    void a_qualified_title_keeps_its_country() {
        assertEquals(List.of("KENGOV"), codes(event("criticized").actors()));
    }

    @Test
    void an_office_of_no_stated_country_is_the_articles_country_or_a_placeholder() {
        AnalyzedArticle kenyan = AnalyzerTest.analyze("2011-06-01",
                "Kenyan police arrested three men in Nairobi, and Kenya's parliament met.",
                "Judge Carla Mendes opened an investigation into the bank.");
        assertEquals("KENJUD", kenyan.events().stream().filter(e -> e.trigger().text().startsWith("opened")).findFirst()
                .orElseThrow().actors().get(0).code(), "the article is about Kenya");
        AnalyzedArticle nowhere = AnalyzerTest.analyze("2011-06-01",
                "Judge Carla Mendes opened an investigation into the bank.");
        assertEquals("---JUD", nowhere.events().stream().filter(e -> e.trigger().text().startsWith("opened")).findFirst()
                .orElseThrow().actors().get(0).code(), "no country in the story: CAMEO's placeholder");
    }

    @Test
    void a_title_set_before_the_name_with_a_comma_or_with_its_complement_is_the_persons() {
        AnalyzedArticle a = AnalyzerTest.analyze("2011-06-01",
                "Oman's emir, Sheikh Rashid bin Tariq, opened talks with the rebels on Monday.",
                "The Minister for Fisheries Tomas Arvelo criticized the decision.");
        Entity rashid = AnalyzerTest.entity(a, "Rashid bin Tariq");
        assertEquals("emir", rashid.title());
        assertEquals("OMNGOV", rashid.actorCode(), "the country of the comma-set title, not of no title at all");
        Entity arvelo = AnalyzerTest.entity(a, "Tomas Arvelo");
        assertEquals("Minister for Fisheries", arvelo.title());
        assertTrue(arvelo.actorCode().endsWith("GOV"), arvelo.actorCode());
    }

    @Test
    void a_party_and_state_tag_marks_an_american_legislator_in_any_story() {
        AnalyzedArticle a = AnalyzerTest.analyze("2019-10-01", "Chile and Peru signed a deal.",
                "Rep. Ann Webb (D-Fla.) objected.", "Sen. Tom Hale, R-Iowa, agreed.");
        assertEquals("USALEG", AnalyzerTest.entity(a, "Ann Webb").actorCode());
        assertEquals("USALEG", AnalyzerTest.entity(a, "Tom Hale").actorCode());
        assertTrue(a.entities().stream().noneMatch(e -> e.name().contains("R-Iowa") || e.name().contains("D-Fla")),
                "the tag is not a place of the story");
    }
}

package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.Participant;
import org.dateline.model.Place;
import org.dateline.model.PlaceRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events end to end on sentences we wrote ourselves, with the real models. */
class EventsTest {
    private static AnalyzedArticle news;

    @BeforeAll
    static void analyze() {
        news = AnalyzerTest.analyze("2023-03-15",
                "Indian troops shelled Pakistani positions in Kashmir on Monday, the army said.",
                "Pakistan denied attacking an Indian convoy last week.",
                "Chinese President Xi Jinping did not meet Japanese Prime Minister Fumio Kishida in Beijing.",
                "If the talks fail, Japan could impose sanctions on China.",
                "Germany and France signed a defense agreement in Paris on Tuesday.",
                "Italian Foreign Minister Marco Bellini will travel to Egypt next week to meet President Sisi.",
                "Two Nigerian farmers were killed in an ambush on Sunday.",
                "North Korean hackers tried to hack into the computers of South Korean army officers.",
                "Palestinian riots against Israeli military policies are still continuing.",
                "Bellini, in Cairo to attend a summit, later met Shoukry at the palace.",
                "Bellini is scheduled to meet with Sisi and Shoukry, the Egyptian foreign minister, in Cairo on March 21 to \u201creview the gas deal.\u201d");
    }

    @Test
    void a_date_after_an_apposition_still_dates_the_meeting_and_the_infinitive_keeps_its_actor() {
        Event meet = news.events().stream().filter(e -> e.trigger().text().startsWith("meet")
                && e.recipients().stream().anyMatch(r -> r.text().equals("Sisi") || r.text().equals("Shoukry"))
                && e.sentence().start() >= news.article().text().indexOf("Bellini is scheduled")).findFirst()
                .orElseThrow(() -> new AssertionError(news.events().toString()));
        assertEquals("2023-03-21", meet.when().value());
        assertEquals(EventStatus.PLANNED, meet.status());
        news.events().stream().filter(e -> e.trigger().text().startsWith("review")).forEach(e ->
                assertTrue(e.actors().stream().noneMatch(a -> a.text().contains("minister")), e.toString()));
    }

    @Test
    void the_subject_before_an_infinitive_of_purpose_is_who_acted() {
        Event met = event("met");
        assertEquals(List.of("Bellini"), met.actors().stream().map(Participant::text).toList());
    }

    static Event event(String trigger) {
        return news.events().stream().filter(e -> e.trigger().text().startsWith(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event '" + trigger + "' in "
                        + news.events().stream().map(e -> e.trigger().text()).toList()));
    }

    static List<String> codes(List<Participant> ps) {
        return ps.stream().map(Participant::code).toList();
    }

    @Test
    void an_attack_has_actor_and_recipient_codes_a_date_and_a_place() {
        Event e = event("shelled");
        assertEquals("ASSAULT", e.type());
        assertEquals("194", e.cameo());
        assertEquals(4, e.quadClass());
        assertEquals(List.of("INDMIL"), codes(e.actors()), "country from the adjective, sector from 'troops'");
        assertEquals("2023-03-13", e.when().value());
        assertFalse(e.when().fromPublication());
        assertNotNull(e.where());
        assertEquals("Kashmir", e.where().text());
        assertEquals(EventStatus.OCCURRED, e.status());
        assertNotNull(e.reportedBy(), "the army said it");
        String sentence = news.article().text().substring(e.sentence().start(), e.sentence().end());
        assertTrue(sentence.startsWith("Indian troops shelled"));
        assertEquals("shelled", news.article().text().substring(e.trigger().start(), e.trigger().end()));
    }

    @Test
    void places_resolve_to_geonames_and_events_point_at_them() {
        Place paris = place("Paris");
        assertEquals(2988507L, paris.geonameId());
        assertEquals("FR", paris.countryCode());
        assertTrue(paris.entities().contains(event("signed").where().entity()), "the signing happened in that Paris");
        assertEquals(1816670L, place("Beijing").geonameId());
        Place egypt = place("Egypt");
        assertEquals("EG", egypt.countryCode());
        assertEquals("PCLI", egypt.feature());
        assertEquals(PlaceRole.LOCATION, egypt.role());
    }

    static Place place(String name) {
        return news.places().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no place " + name + " in " + news.places()));
    }

    @Test
    void denial_negation_and_conditions_are_not_facts() {
        Event denial = event("denied");
        assertEquals(EventStatus.DENIED, denial.status());
        assertEquals("REJECT", denial.type());
        assertEquals(List.of("PAK"), codes(denial.actors()));
        Event meet = event("meet");
        assertEquals(EventStatus.NEGATED, meet.status());
        assertEquals(List.of("CHNGOV"), codes(meet.actors()));
        assertEquals(List.of("JPNGOV"), codes(meet.recipients()));
        Event sanctions = event("impose");
        assertEquals(EventStatus.HYPOTHETICAL, sanctions.status());
        assertEquals(List.of("CHN"), codes(sanctions.recipients()));
        assertTrue(news.events().stream().noneMatch(e -> e.status() == EventStatus.OCCURRED
                && e.sentence().start() == meet.sentence().start()), "nothing in a negated sentence occurred");
    }

    @Test
    void compound_actors_form_one_event_and_a_planned_meeting_is_an_agreement() {
        Event signed = event("signed");
        assertEquals(List.of("DEU", "FRA"), codes(signed.actors()));
        assertEquals("SUPPORT", signed.type());
        assertEquals("057", signed.cameo());
        Event travel = news.events().stream().filter(e -> e.trigger().text().startsWith("meet")
                && e.actors().stream().anyMatch(p -> p.text().contains("Bellini"))).findFirst().orElseThrow();
        assertEquals(EventStatus.PLANNED, travel.status());
        assertEquals("AGREE", travel.type(), "PLOVER: a future CONSULT is an AGREE");
        assertEquals("036", travel.cameo());
        assertNull(travel.mode());
        assertTrue(travel.when().value().startsWith("2023-W12"), travel.when().value());
    }

    @Test
    void a_passive_without_its_agent_is_done_to_the_recipient_by_someone_unnamed() {
        Event e = event("killed");
        assertEquals("ASSAULT", e.type());
        assertTrue(e.actors().isEmpty(), "no one is named as the killer");
        assertEquals(List.of("NGAAGR"), codes(e.recipients()));
    }

    @Test
    void a_cyber_attack_is_plover_coerce_in_cyber_mode() {
        Event e = event("hack");
        assertEquals("COERCE", e.type());
        assertEquals("cyber", e.mode());
        assertEquals("176", e.cameo());
        assertEquals(List.of("PRKCRM"), codes(e.actors()));
    }

    @Test
    void an_ongoing_event_noun_belongs_to_its_own_modifier_not_to_whom_it_is_against() {
        Event e = event("riots");
        assertEquals("PROTEST", e.type());
        assertEquals(EventStatus.OCCURRED, e.status(), "under way");
        assertEquals(List.of("PSE"), codes(e.actors()), "not PSEMIL from 'against Israeli military policies'");
    }
}

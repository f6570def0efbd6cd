package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
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
                "Hundreds of protesters rallied outside the embassy.",
                "Opposition leaders urged President Alan Cole to step down.",
                "Villagers begged the Chadian army to attack the rebel camp.",
                "Senator Hale praised Governor Mills, who ran against him in 2012.",
                "The mayor said the city council needed more engineers.",
                "The Chadian government said it would not release the prisoners.",
                "The Chadian army lifted its blockade of the port on Sunday.",
                "Striking farmers blocked highways around the capital.",
                "The Chadian parliament is expected to approve the budget this week.",
                "The Chadian minister declined to comment on the report.",
                "The lawyer for Senator Hale released a tape in which Hale is heard discussing the payment.",
                "Now imagine that the Chadian army invaded Niger.",
                "Senator Hale vowed to kill the bill and to fight for the law's repeal.",
                "Chadian troops attacked rebel positions near the border.",
                "Opposition parties retook the majority in 2018.",
                "Chadian troops seized control of the airport.",
                "Senator Hale went out of his way to praise Governor Mills.");
    }

    @Test
    void going_out_of_ones_way_to_do_something_is_no_trip_and_the_act_happened() {
        assertTrue(news.events().stream().noneMatch(e -> e.trigger().text().startsWith("went")), triggers()::toString);
        Event praise = news.events().stream().filter(e -> e.trigger().text().equals("praise")).findFirst()
                .orElseThrow(() -> new AssertionError(triggers()));
        assertEquals(EventStatus.OCCURRED, praise.status(), "'went out of his way to' is past, not 'is going to'");
    }

    @Test
    void retaking_a_majority_is_an_election_and_seizing_an_airport_is_force() {
        assertTrue(news.events().stream().noneMatch(e -> e.trigger().text().startsWith("retook")), news.events()::toString);
        assertTrue(news.events().stream().anyMatch(e -> e.trigger().text().startsWith("seized") && e.type().equals("COERCE")),
                news.events()::toString);
    }

    @Test
    void killing_a_bill_is_politics_and_attacking_positions_is_force() {
        assertTrue(news.events().stream().noneMatch(e -> e.trigger().text().startsWith("kill")
                || e.trigger().text().startsWith("fight")), triggers()::toString);
        assertEquals("ASSAULT", event("attacked rebel").or(() -> event("attacked positions"))
                .or(() -> news.events().stream().filter(e -> e.trigger().text().equals("attacked")).findFirst())
                .orElseThrow(() -> new AssertionError(triggers())).type());
    }

    @Test
    void forecasts_refusals_to_comment_and_published_tapes_are_no_events() {
        List<String> triggers = triggers();
        assertTrue(triggers.stream().noneMatch(t -> t.startsWith("expected") || t.startsWith("declined")
                || t.startsWith("released a tape") || t.startsWith("released/") || t.startsWith("heard")),
                triggers::toString);
    }

    @Test
    void an_act_in_a_thought_experiment_is_hypothetical_and_nobodys_threat() {
        Event invaded = event("invaded").orElseThrow(() -> new AssertionError(triggers()));
        assertEquals(EventStatus.HYPOTHETICAL, invaded.status());
        assertTrue(!invaded.type().equals("THREATEN"), invaded::toString);
    }

    @Test
    void saying_one_will_not_yield_is_a_refusal_that_was_made() {
        Event release = event("release").orElseThrow(() -> new AssertionError(triggers()));
        assertEquals("REJECT", release.type(), triggers()::toString);
        assertEquals("124", release.cameo());
        assertEquals(EventStatus.OCCURRED, release.status());
    }

    @Test
    void lifting_a_blockade_is_a_retreat_and_blocking_roads_a_protest() {
        assertEquals("0872", event("lifted").orElseThrow(() -> new AssertionError(triggers())).cameo());
        assertEquals("144", event("blocked").orElseThrow(() -> new AssertionError(triggers())).cameo());
    }

    private static Optional<Event> event(String trigger) {
        return news.events().stream().filter(e -> e.trigger().text().startsWith(trigger)).findFirst();
    }

    /** Each event as "trigger/TYPE/cameo", for assertions and their messages. */
    private static List<String> typed(List<Event> events) {
        return events.stream().map(e -> e.trigger().text() + "/" + e.type() + "/" + e.cameo()).toList();
    }

    private static List<String> triggers() {
        return news.events().stream().map(e -> e.trigger().text() + "/" + e.cameo()).toList();
    }

    @Test
    void an_events_date_is_not_taken_from_a_relative_clause_about_someone_else() {
        Event praised = event("praised").orElseThrow(() -> new AssertionError(triggers()));
        assertTrue(!praised.when().value().startsWith("2012"), () -> praised.when().toString());
    }

    @Test
    void needing_something_is_no_demand() {
        assertTrue(news.events().stream().noneMatch(e -> e.trigger().text().startsWith("needed")), triggers()::toString);
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

    @Test
    void an_act_someone_asks_for_has_not_happened_and_is_not_its_doers_threat() {
        assertEquals(EventStatus.OCCURRED, event("urged").orElseThrow(() -> new AssertionError(triggers())).status());
        Event stepDown = event("step down").orElseThrow(() -> new AssertionError(triggers()));
        assertEquals(EventStatus.HYPOTHETICAL, stepDown.status(), "urged to step down: not done");
        Event attack = news.events().stream().filter(e -> e.trigger().text().equals("attack")).findFirst()
                .orElseThrow(() -> new AssertionError(triggers()));
        assertEquals(EventStatus.HYPOTHETICAL, attack.status());
        assertEquals("ASSAULT", attack.type(), "the army was asked to attack; it made no threat");
    }

    @Test
    void a_resignation_is_plovers_retreat_mode_resign_with_its_cameo_code() {
        AnalyzedArticle a = AnalyzerTest.analyze("2019-10-01", "Interior Minister Ravi Patel resigned on Monday.");
        Event e = a.events().stream().filter(x -> x.trigger().text().startsWith("resigned")).findFirst()
                .orElseThrow(() -> new AssertionError(a.events().toString()));
        assertEquals("RETREAT", e.type(), "the PLOVER manual: RETREAT also covers resignations of government officials");
        assertEquals("resign", e.mode());
        assertEquals(EventStatus.OCCURRED, e.status());
        assertTrue(e.cameo().startsWith("083"), e.cameo());
    }

    @Test
    void a_politicians_attack_is_criticism_an_election_won_is_no_beating_and_showing_is_no_demonstration() {
        AnalyzedArticle a = AnalyzerTest.analyze("2019-10-01",
                "Senator Ann Hale repeatedly attacked the FBI and its director, Tom Reyes.",
                "Governor Bill Mills launched a fresh attack on Canada, claiming its tariffs were unfair.",
                "Hale said she beat Governor Mills easily in the 2016 primary.",
                "The ministry has demonstrated that it lacks the competence to run the port.",
                "It upset Governor Mills to see the report.",
                "Chadian soldiers attacked the town with rockets.",
                "Hundreds of Chadian farmers demonstrated in N'Djamena against the tax.");
        List<String> triggers = typed(a.events());
        Event fbi = a.events().stream().filter(e -> e.trigger().text().equals("attacked") && e.actors().stream()
                .anyMatch(p -> p.text().contains("Hale"))).findFirst().orElseThrow(() -> new AssertionError(triggers));
        assertEquals("111", fbi.cameo(), triggers::toString);
        assertTrue(a.events().stream().filter(e -> e.trigger().text().contains("fresh attack"))
                .allMatch(e -> e.type().equals("ACCUSE")), triggers::toString);
        assertTrue(triggers.stream().noneMatch(t -> t.startsWith("beat") || t.startsWith("upset")), triggers::toString);
        assertTrue(a.events().stream().noneMatch(e -> e.type().equals("PROTEST") && a.article().text()
                .substring(e.sentence().start(), e.sentence().end()).contains("competence")), triggers::toString);
        assertTrue(triggers.stream().anyMatch(t -> t.startsWith("attacked/ASSAULT")), triggers::toString);
        assertTrue(triggers.stream().anyMatch(t -> t.startsWith("demonstrated") && t.contains("/PROTEST/")), triggers::toString);
    }

    @Test
    void pushing_back_pressing_on_trade_retaliation_and_engaging_in_efforts_are_no_force() {
        // one story each: what one sentence's entities are must not decide another's
        List<Event> events = new java.util.ArrayList<>();
        for (String sentence : List.of(
                "Senator Ann Hale pushed back on President Bill Mills's comments.",
                "Foreign Minister Ravi Patel said he had pushed Chad on a promise to close the camp.",
                "The Chadian government retaliated against new Nigerian tariffs on Chadian cotton.",
                "The Chadian parliament is waging war against Prime Minister Ali Kaya.",
                "Chadian lawmakers are engaged in an effort to discredit the inquiry.",
                "Chadian troops engaged in heavy fighting with rebels near the border.",
                "Chadian troops pushed into the town on Monday.")) {
            events.addAll(AnalyzerTest.analyze("2019-10-01", sentence).events());
        }
        List<String> triggers = typed(events);
        assertTrue(triggers.stream().anyMatch(t -> t.startsWith("pushed back/REJECT")), triggers::toString);
        assertTrue(triggers.stream().anyMatch(t -> t.startsWith("pushed Chad on/REQUEST")), triggers::toString);
        assertTrue(triggers.stream().anyMatch(t -> t.startsWith("retaliated/SANCTION")), triggers::toString);
        assertTrue(triggers.stream().anyMatch(t -> t.startsWith("waging war") && t.contains("/ACCUSE/")), triggers::toString);
        assertTrue(events.stream().filter(e -> e.type().equals("ASSAULT"))
                .allMatch(e -> e.trigger().text().contains("fighting")), triggers::toString);
        assertTrue(triggers.stream().anyMatch(t -> t.startsWith("engaged in heavy fighting/ASSAULT")), triggers::toString);
        assertTrue(triggers.stream().noneMatch(t -> t.startsWith("pushed into") && t.contains("/REQUEST/")), triggers::toString);
    }

    @Test
    void lifting_a_curfew_is_a_concession_receiving_observers_a_retreat_and_upholding_rights_no_threat() {
        AnalyzedArticle a = AnalyzerTest.analyze("2019-10-01",
                "The Chadian government lifted the curfew in N'Djamena on Sunday.",
                "Nigeria announced a suspension of air links with Chad on Monday.",
                "Chadian Prime Minister Ali Kaya received a mission of observers from the African Union.",
                "Chadian authorities are failing to uphold the property rights of refugees.");
        List<String> triggers = typed(a.events());
        assertTrue(triggers.stream().anyMatch(t -> t.startsWith("lifted") && t.endsWith("/CONCEDE/0813")), triggers::toString);
        assertTrue(triggers.stream().anyMatch(t -> t.startsWith("suspension") && t.contains("/SANCTION/")), triggers::toString);
        assertTrue(triggers.stream().anyMatch(t -> t.startsWith("received") && t.endsWith("/RETREAT/0862")), triggers::toString);
        assertTrue(triggers.stream().noneMatch(t -> t.startsWith("uphold")), triggers::toString);
    }

    @Test
    void a_market_rally_consumer_demand_and_a_heart_attack_are_no_events() {
        AnalyzedArticle a = AnalyzerTest.analyze("2019-10-01",
                "The Chadian minister's comments ended the Chadian currency rally, an analyst said.",
                "Higher tariffs will lead to lower Nigerian demand for Chadian cotton.",
                "Chadian Senator Ali Kaya suffered a heart attack on Monday.",
                "Chadian opposition leaders joined a rally in N'Djamena against the tax.");
        List<String> triggers = typed(a.events());
        assertTrue(a.events().stream().noneMatch(e -> e.trigger().text().startsWith("rally")
                && a.article().text().substring(e.sentence().start(), e.sentence().end()).contains("currency")), triggers::toString);
        assertTrue(triggers.stream().noneMatch(t -> t.startsWith("demand") || t.startsWith("attack")), triggers::toString);
    }

    @Test
    void a_decision_reported_as_made_is_the_act_not_an_intent() {
        AnalyzedArticle a = AnalyzerTest.analyze("2019-10-01",
                "The Chadian Supreme Court decided to allow opposition leader Ali Kaya to run in the election.");
        Event allow = a.events().stream().filter(e -> e.trigger().text().startsWith("allow")).findFirst()
                .orElseThrow(() -> new AssertionError(a.events().toString()));
        assertEquals("CONCEDE", allow.type());
        assertEquals(EventStatus.OCCURRED, allow.status());
    }
}

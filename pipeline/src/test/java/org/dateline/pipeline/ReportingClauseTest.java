package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reporting clauses the parser misreads: a negation inside the quoted words, a clause of saying
 * closing its sentence after a comma, evidence verbs with a poll or a study as source, and a
 * partial quote inside the complement of a promise. Text we wrote, real models.
 */
class ReportingClauseTest {
    private static AnalyzedArticle news;

    @BeforeAll
    static void analyze() {
        news = AnalyzerTest.analyze("2016-10-10",
                "The county vote on the transit levy is two weeks away.",
                "\"Are we ready for the vote? Probably not,\" Jane Moore said.",
                "The delay is an insult to every rider, the leaders of the drivers union said Friday afternoon, as they left the hall.",
                "For some households, the levy would outstrip the savings, said Batchelder.",
                "The latest Harbor Institute poll released Friday shows that the levy is losing by four points.",
                "Instant polls showed Moore was the winner of the debate.",
                "The mayor vowed to punish \"those who cheat the riders\" when the levy passes.",
                "Councilwoman Ada Reyes accused the transit board of hiding the costs.",
                "Reyes endorsed Moore at the union hall.",
                "Moore asked the drivers if they would strike.",
                "Her spokeswoman said the campaign planned a rally, though she acknowledged it was unlikely to help.",
                "Reyes called for drivers to vote early.",
                "''They're here for the riders moving in, not us,'' she said.",
                "Nor are fares likely to fall soon, said Paul Ortiz, a professor of planning at the college, who studied the levy.",
                "Transit camp: The levy will pass in every ward.",
                "The reason is simple: nobody wanted the old buses.",
                "Ohio: Ann Mills, Harlan Cole and Ada Reyes.",
                "Reyes met the drivers again on Thursday.",
                "\"The schedule that Judge Harlan Cole approved is under attack,\" she said.",
                "2016 marked the first year the board voted on fares, describing them as \"a tax on the poor.\"",
                "Ortiz rejected the offer, telling reporters the terms were unfair.",
                "The governor defended the levy on Monday.",
                "\"Riders must come first,\" Ortiz said, adding that the board would meet again in May.",
                "Outlook: Approval of the levy is almost assured.",
                "DRIVER: Unidentified union members",
                "Ortiz: The levy will fail in May.",
                "Paul Ortiz: 5 things to know about the levy's critic",
                "Hearings on the levy were delayed, and some depots have reported having trouble hiring drivers.",
                "The drivers union took issue with parts of the plan that favor private firms, noting the court will hear arguments in the fall.",
                "The middle fifth of riders paid 9 percent more, the agency said in a June report, and the poorest paid less.",
                "Ann Mills, head of the Riders League of Harlan, which represents bus commuters, said the fares were unfair.",
                "“The board has lost its way,” Ada Reyes, a longtime rider, told the Harlan Courier.",
                "Protesters carried signs saying the levy was unfair.",
                "The ad closes with footage of Ortiz saying during the forum last week, “That makes me right,” when Reyes said he had ducked the question.",
                "Reyes repeated the charge on Thursday on Harlan Radio’s “Morning Ride.”",
                "Ortiz attacked the board for accepting gifts, which he said were tied to favors.");
    }

    @Test
    void a_heading_word_or_a_filled_in_field_before_a_colon_is_no_source() {
        assertTrue(containing("Approval of the levy").isEmpty(), ReportingClauseTest::all);
        assertTrue(containing("Unidentified union").isEmpty(), ReportingClauseTest::all);
        Quote ortiz = containing("will fail in May").orElseThrow(() -> new AssertionError(all()));
        assertEquals("Ortiz", ortiz.speaker().text(), "a name known from the article keeps its colon turn");
    }

    private static Optional<Quote> containing(String words) {
        return news.quotes().stream().filter(q -> q.text().contains(words)).findFirst();
    }

    private static String all() {
        return news.quotes().stream().map(q -> q.kind() + ":" + q.text() + " <- "
                + (q.speaker() == null ? null : q.speaker().text())).collect(Collectors.joining("\n"));
    }

    @Test
    void a_reporting_clause_with_its_channel_reports_the_clause_before_it() {
        Quote q = containing("paid 9 percent more").orElseThrow(() -> new AssertionError(all()));
        assertEquals("The middle fifth of riders paid 9 percent more", q.text(), all());
        assertEquals("the agency", q.speaker().text(), "the subject nearest the cue, not the reported clause's");
    }

    @Test
    void a_relative_clause_on_a_noun_inside_the_source_is_not_part_of_it() {
        Quote q = containing("the fares were unfair").orElseThrow(() -> new AssertionError(all()));
        assertEquals("Ann Mills, head of the Riders League of Harlan", q.speaker().text(), all());
    }

    @Test
    void a_programme_of_a_named_outlet_is_a_title_not_a_quote() {
        assertTrue(containing("Morning Ride").isEmpty(), ReportingClauseTest::all);
    }

    @Test
    void a_cue_inside_a_relative_clause_reports_the_predicate_after_it() {
        Quote q = containing("tied to favors").orElseThrow(() -> new AssertionError(all()));
        assertEquals("were tied to favors", q.text(), all());
        assertEquals("he", q.speaker().text(), all());
        Quote outer = containing("the board for accepting").orElseThrow(() -> new AssertionError(all()));
        assertEquals("the board for accepting gifts", outer.text(), "the nested attribution is not the outer content");
    }

    @Test
    void the_listener_after_told_is_not_the_speaker() {
        Quote q = containing("lost its way").orElseThrow(() -> new AssertionError(all()));
        assertEquals("Ada Reyes, a longtime rider", q.speaker().text().replaceAll(",$", ""), all());
    }

    @Test
    void a_cue_whose_object_is_the_subject_of_a_clause_reports_the_clause() {
        Quote q = containing("the levy was").orElseThrow(() -> new AssertionError(all()));
        assertEquals("the levy was unfair", q.text(), all());
    }

    @Test
    void a_quote_after_footage_of_someone_saying_is_theirs_not_the_next_cue_s() {
        Quote q = containing("That makes me right").orElseThrow(() -> new AssertionError(all()));
        assertEquals("Ortiz", q.speaker().text(), all());
    }

    @Test
    void a_negation_inside_the_quote_does_not_cancel_its_cue() {
        Quote q = containing("Probably not").orElseThrow(() -> new AssertionError(all()));
        assertTrue(q.cue() != null && q.cue().text().equals("said"), all());
        assertEquals("Jane Moore", q.speaker().text(), all());
    }

    @Test
    void a_reporting_clause_after_a_comma_reports_the_clause_before_it() {
        Quote q = containing("an insult to every rider").orElseThrow(() -> new AssertionError(all()));
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertTrue(q.speaker().text().contains("leaders of the drivers union"), all());
        assertTrue(!q.text().contains("said"), all());
        Quote inverted = containing("the levy would outstrip the savings").orElseThrow(() -> new AssertionError(all()));
        assertEquals("Batchelder", inverted.speaker().text(), all());
    }

    @Test
    void polls_show_what_they_find() {
        Quote poll = containing("the levy is losing by four points").orElseThrow(() -> new AssertionError(all()));
        assertTrue(poll.speaker().text().contains("Harbor Institute poll"), all());
        Quote instant = containing("Moore was the winner").orElseThrow(() -> new AssertionError(all()));
        assertEquals("Instant polls", instant.speaker().text(), all());
    }

    @Test
    void accusations_stances_and_questions_report_their_objects() {
        Quote accused = containing("the transit board of hiding the costs").orElseThrow(() -> new AssertionError(all()));
        assertEquals("Councilwoman Ada Reyes", accused.speaker().text(), all());
        assertEquals("accused", accused.cue().text());
        Quote endorsed = news.quotes().stream().filter(q -> q.cue() != null && q.cue().text().equals("endorsed"))
                .findFirst().orElseThrow(() -> new AssertionError(all()));
        assertTrue(endorsed.text().startsWith("Moore"), all());
        Quote asked = containing("if they would strike").orElseThrow(() -> new AssertionError(all()));
        assertEquals("Moore", asked.speaker().text(), all());
    }

    @Test
    void a_concession_is_its_own_attribution_and_a_call_for_reports_what_is_called_for() {
        Quote said = containing("the campaign planned a rally").orElseThrow(() -> new AssertionError(all()));
        assertTrue(!said.text().contains("though"), all());
        Quote acknowledged = containing("it was unlikely to help").orElseThrow(() -> new AssertionError(all()));
        assertEquals("acknowledged", acknowledged.cue().text(), all());
        assertTrue(!acknowledged.text().contains("rally"), all());
        Quote call = containing("drivers to vote early").orElseThrow(() -> new AssertionError(all()));
        assertEquals("called for", call.cue().text(), all());
        assertTrue(call.text().startsWith("drivers"), all());
    }

    @Test
    void typewriter_marks_and_an_inverted_source_keep_their_speaker() {
        Quote here = containing("here for the riders").orElseThrow(() -> new AssertionError(all()));
        assertEquals("said", here.cue().text(), all());
        assertEquals("she", here.speaker().text(), all());
        Quote fares = containing("fares likely to fall").orElseThrow(() -> new AssertionError(all()));
        assertTrue(fares.speaker().text().startsWith("Paul Ortiz"), all());
        assertTrue(news.quotes().stream().noneMatch(q -> q.text().startsWith("Paul Ortiz")), all());
    }

    @Test
    void a_headline_colon_after_a_source_noun_attributes_but_not_after_any_noun() {
        Quote camp = containing("The levy will pass in every ward").orElseThrow(() -> new AssertionError(all()));
        assertEquals(":", camp.cue().text(), all());
        assertEquals("Transit camp", camp.speaker().text(), all());
        assertTrue(containing("nobody wanted the old buses").isEmpty(), all());
        assertTrue(containing("Harlan Cole and Ada Reyes").isEmpty(), "a list of names is nobody's statement");
        assertTrue(containing("things to know").isEmpty(), "a list about a name is not the name's words");
        assertTrue(containing("Hearings on the levy").isEmpty(), "a coordinate clause with its own report comments on nothing before it");
        assertTrue(containing("took issue").isEmpty(), "a verb with its own object is no parenthetical 'he said'");
    }

    @Test
    void a_pronoun_outside_the_marks_is_never_a_name_inside_them_and_a_year_is_no_speaker() {
        Quote schedule = containing("Judge Harlan Cole approved").orElseThrow(() -> new AssertionError(all()));
        assertTrue(schedule.speaker().name().contains("Reyes"), () -> schedule.speaker().name());
        assertTrue(news.quotes().stream().noneMatch(q -> q.speaker() != null && q.speaker().text().equals("2016")), all());
    }

    @Test
    void the_listeners_and_the_day_are_not_what_was_said() {
        Quote telling = news.quotes().stream().filter(q -> q.cue() != null && q.cue().text().equals("telling")).findFirst()
                .orElseThrow(() -> new AssertionError(all()));
        assertEquals("the terms were unfair", telling.text(), all());
        Quote defended = news.quotes().stream().filter(q -> q.cue() != null && q.cue().text().equals("defended")).findFirst()
                .orElseThrow(() -> new AssertionError(all()));
        assertEquals("the levy", defended.text(), all());
    }

    @Test
    void a_participle_after_a_quote_goes_on_from_its_verb_of_saying() {
        Quote adding = containing("the board would meet again in May").orElseThrow(() -> new AssertionError(all()));
        assertEquals("Ortiz", adding.speaker().text(), all());
    }

    @Test
    void a_partial_quote_inside_a_promise_is_mixed_with_its_clause() {
        Quote q = containing("those who cheat the riders").orElseThrow(() -> new AssertionError(all()));
        assertEquals(QuoteKind.MIXED, q.kind(), all());
        assertTrue(q.text().startsWith("to punish"), all());
        assertEquals("The mayor", q.speaker().text(), all());
    }

    @Test
    void a_party_and_state_label_does_not_end_the_sentence_of_its_source() {
        AnalyzedArticle a = AnalyzerTest.analyze("2016-10-10",
                "Rep. Ann Mills (D-N.C.), head of the transit caucus, said the levy would pass.");
        assertEquals(1, a.sentences().size(), "the splitter broke the sentence after (D-N.C.)");
        Quote q = a.quotes().stream().filter(x -> x.text().contains("levy would pass")).findFirst()
                .orElseThrow(() -> new AssertionError(a.quotes().toString()));
        assertEquals("Rep. Ann Mills (D-N.C.), head of the transit caucus,", q.speaker().text());
    }

    @Test
    void a_gerund_of_saying_after_by_reports_for_the_subject_of_its_verb() {
        AnalyzedArticle a = AnalyzerTest.analyze("2016-10-10",
                "Mayor Ann Mills responded to the drivers on Wednesday by saying her refusal to raise fares was a deliberate choice.");
        Quote q = a.quotes().stream().filter(x -> x.cue() != null && x.cue().text().equals("saying")).findFirst()
                .orElseThrow(() -> new AssertionError(a.quotes().toString()));
        assertEquals("Mayor Ann Mills", q.speaker().text());
        assertTrue(q.text().startsWith("her refusal"), q.text());
    }

    @Test
    void an_inverted_said_before_a_colon_is_the_cue_and_a_parenthetical_reports_its_whole_clause() {
        AnalyzedArticle a = AnalyzerTest.analyze("2016-10-10",
                "Said Ortiz: \u201cThe levy will not survive the winter.\u201d",
                "The levy, he said, is losing support in every ward.");
        Quote colon = a.quotes().stream().filter(x -> x.text().startsWith("The levy will not")).findFirst()
                .orElseThrow(() -> new AssertionError(a.quotes().toString()));
        assertEquals("Ortiz", colon.speaker().text());
        assertEquals("Said", colon.cue().text());
        Quote aside = a.quotes().stream().filter(x -> x.cue() != null && x.cue().text().equals("said")).findFirst()
                .orElseThrow(() -> new AssertionError(a.quotes().toString()));
        assertTrue(aside.text().startsWith("The levy") && aside.text().endsWith("in every ward"), aside.text());
    }
}

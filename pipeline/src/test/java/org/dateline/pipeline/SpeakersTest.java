package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Entity;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who speaks when the source is a statement, a pronoun, a possessor or an aside away: text we
 * wrote, real models.
 */
class SpeakersTest {
    /** The senator, named "Tom Kerr" and, in a post's signature, "Tom J. Kerr": one person, under his fullest name. */
    private static final String KERR = "Tom J. Kerr";
    private static AnalyzedArticle news;

    @BeforeAll
    static void analyze() {
        news = AnalyzerTest.analyze("2018-04-02",
                "Governor Paul Marsh arrived late. In a sign that the party is rallying behind Marsh, Senator Tom Kerr said he will vote for the budget.",
                "Mayor Hillary Dunn spoke to Robin Ortiz. Then he left the hall.",
                "Kerr issued a statement saying: \"The budget protects every family in this state.\"",
                "The budget shields young workers known as \"starters\" from the new tax.",
                "Members of Kerr's finance committee said the plan was sound.",
                "\"I hope the vote is quick,\" Dunn said. \"It was a long winter. The longest I remember\" – at city hall, of all places – \"so the city needs the money.\"",
                "Voters deserve a vote on the budget now! — Tom J. Kerr (@tomkerr) April 1, 2018 We will not wait. — Ada Reyes (@adareyes) April 1, 2018",
                "The two-term senator said that he wants \"room to negotiate\" with the unions \"before the summer recess.\"",
                "Maria Lopez, a retired nurse, lives alone at the edge of town. She grows tomatoes behind the house.",
                "The heat has been brutal this year. Prices keep rising at the only store.",
                "She knows she will never vote for Ann Mills, a woman who has served a long time.",
                "\"We need a change,\" she said.",
                "Kerr, in Harlan to tour the flood damage, later told reporters they were \u201cvery close\u201d on a deal.",
                "The levy is a \u201cgift to the banks,\u201d as a Treasury memo put it.",
                "As Ms. Reyes put it in a statement, the board is \u201cout of touch with riders.\u201d",
                "Council spokeswoman Ada Reyes said on Friday Dunn was in the process of finalizing a budget.",
                "Voters rejected a statement last week from Senator Ann Mills, R-Ky., that \u201cthe levy is fair\u201d to farmers.",
                "The Harlan Grange canceled an event called \u201cIs Harlan Surrendering to the Banks? Why Farmers Lose\u201d that was set for May.",
                "Ray Cole, a leading \u201cno\u201d campaigner, was the favorite but quit after a colleague claimed he lacked the skills.");
    }

    private static Quote containing(String words) {
        return news.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with " + words + " in\n" + all()));
    }

    private static String all() {
        return news.quotes().stream().map(q -> q.kind() + ":" + q.text() + " <- "
                + (q.speaker() == null ? null : q.speaker().name())).collect(Collectors.joining("\n"));
    }

    @Test
    void a_pronoun_in_what_someone_said_is_the_one_who_said_it() {
        Entity marsh = AnalyzerTest.entity(news, "Paul Marsh");
        assertTrue(!AnalyzerTest.mentionTexts(marsh).contains("he"), () -> AnalyzerTest.mentionTexts(marsh).toString());
    }

    @Test
    void a_statement_speaks_for_whoever_issued_it() {
        assertEquals(KERR, containing("protects every family").speaker().name(), SpeakersTest::all);
    }

    @Test
    void a_term_after_known_as_is_nobody_s_words() {
        Quote q = containing("starters");
        assertEquals(QuoteKind.SCARE, q.kind(), SpeakersTest::all);
        assertNull(q.speaker());
    }

    @Test
    void a_quoted_word_naming_a_kind_of_thing_is_not_the_words_of_a_cue_that_does_not_govern_it() {
        Quote q = news.quotes().stream().filter(x -> x.text().equals("no")).findFirst().orElseThrow(() -> new AssertionError(all()));
        assertEquals(QuoteKind.SCARE, q.kind(), SpeakersTest::all);
        assertNull(q.speaker());
    }

    @Test
    void a_statement_from_someone_that_quotes_them_is_theirs() {
        Quote q = containing("the levy is fair");
        assertEquals("Ann Mills", q.speaker().name(), SpeakersTest::all);
        assertEquals("statement", q.cue().text());
    }

    @Test
    void a_title_given_with_called_is_a_name_however_long_and_names_no_event() {
        Quote q = containing("Surrendering to the Banks");
        assertEquals(QuoteKind.SCARE, q.kind(), SpeakersTest::all);
        assertNull(q.speaker());
        assertTrue(news.events().stream().noneMatch(e -> e.trigger().text().startsWith("Surrender")), news.events()::toString);
    }

    @Test
    void members_of_a_person_s_committee_are_not_that_person() {
        Quote q = containing("the plan was sound");
        assertTrue(q.speaker() == null || q.speaker().entity() == null, SpeakersTest::all);
    }

    @Test
    void words_resume_after_the_writer_s_aside() {
        Quote q = containing("the city needs the money");
        assertEquals("Hillary Dunn", q.speaker().name(), SpeakersTest::all);
    }

    @Test
    void one_clause_with_two_fragments_is_one_mixed_quote_of_the_described_speaker() {
        List<Quote> mixed = news.quotes().stream().filter(q -> q.kind() == QuoteKind.MIXED && q.text().contains("room to negotiate")).toList();
        assertEquals(1, mixed.size(), SpeakersTest::all);
        assertTrue(mixed.get(0).text().contains("before the summer recess"), SpeakersTest::all);
        assertEquals(KERR, mixed.get(0).speaker().name(), SpeakersTest::all);
    }

    @Test
    void an_embedded_post_is_a_direct_quote_of_its_signer() {
        Quote kerr = containing("deserve a vote");
        assertEquals(QuoteKind.DIRECT, kerr.kind(), SpeakersTest::all);
        assertEquals("Voters deserve a vote on the budget now!", kerr.text());
        assertEquals(KERR, kerr.speaker().name(), SpeakersTest::all);
        Quote reyes = containing("We will not wait");
        assertEquals("We will not wait.", reyes.text());
        assertEquals("Ada Reyes", reyes.speaker().name(), SpeakersTest::all);
        assertTrue(news.quotes().stream().noneMatch(q -> q.text().contains("@tomkerr")), SpeakersTest::all);
        assertTrue(AnalyzerTest.mentionTexts(AnalyzerTest.entity(news, KERR)).contains("Tom Kerr"), "a middle initial is the same name");
    }

    @Test
    void she_paragraph_after_paragraph_is_the_woman_the_passage_is_about() {
        assertEquals("Maria Lopez", containing("We need a change").speaker().name(), SpeakersTest::all);
    }

    @Test
    void what_was_said_runs_from_after_the_day_of_saying() {
        assertEquals("Dunn was in the process of finalizing a budget", containing("finalizing a budget").text(), SpeakersTest::all);
    }

    @Test
    void the_subject_before_an_infinitive_of_purpose_is_who_told() {
        Quote q = containing("very close");
        assertEquals(KERR, q.speaker().name(), SpeakersTest::all);
    }

    @Test
    void as_someone_put_it_attributes_the_words() {
        Quote memo = containing("gift to the banks");
        assertEquals("a Treasury memo", memo.speaker().text(), SpeakersTest::all);
        assertEquals("put it", memo.cue().text());
        Quote reyes = containing("out of touch");
        assertEquals("Ada Reyes", reyes.speaker().name(), SpeakersTest::all);
    }

    @Test
    void a_first_name_tells_the_gender_a_pronoun_needs() {
        Entity dunn = AnalyzerTest.entity(news, "Hillary Dunn");
        assertTrue(!AnalyzerTest.mentionTexts(dunn).contains("he"), () -> AnalyzerTest.mentionTexts(dunn).toString());
    }
}

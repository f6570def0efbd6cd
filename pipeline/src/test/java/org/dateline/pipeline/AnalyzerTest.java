package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;
import org.dateline.model.Metadata;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.RawArticle;
import org.dateline.model.TimeExpression;
import org.dateline.testkit.Articles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End-to-end facts about articles we wrote ourselves, with the real CoreNLP models (loaded once). */
class AnalyzerTest {
    private static AnalyzedArticle harbor;

    @BeforeAll
    static void analyzeFixture() {
        String file = Articles.example("harbor-talks.txt");
        int nl = file.indexOf('\n');
        RawArticle raw = new RawArticle("harbor-talks.txt", file.substring(0, nl), file.substring(nl + 1),
                Metadata.empty().withPublished(LocalDate.of(2024, 5, 14)), List.of());
        harbor = Analyzer.shared().analyze(raw);
    }

    static AnalyzedArticle analyze(String date, String... paragraphs) {
        RawArticle raw = new RawArticle("t", "T", String.join("\n", paragraphs),
                Metadata.empty().withPublished(LocalDate.parse(date)), List.of());
        return Analyzer.shared().analyze(raw);
    }

    static Entity entity(AnalyzedArticle a, String name) {
        Optional<Entity> e = a.entities().stream().filter(x -> x.name().equals(name)).findFirst();
        assertTrue(e.isPresent(), () -> "no entity " + name + " in " + a.entities().stream().map(Entity::name).toList());
        return e.get();
    }

    static List<String> mentionTexts(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    static String time(AnalyzedArticle a, String text) {
        return a.times().stream().filter(t -> t.text().equals(text)).map(TimeExpression::value).findFirst().orElse(null);
    }

    @Test
    void an_administration_named_for_a_known_leader_is_that_government() {
        AnalyzedArticle a = analyze("2019-05-10", "The Trump administration imposed new sanctions on Iran on Monday.",
                "The Obama administration had eased them.");
        assertEquals("USAGOV", entity(a, "Trump administration").actorCode(), "in office on the date");
        assertEquals("USAGOV", entity(a, "Obama administration").actorCode(), "the only well-known Obama");
    }

    @Test
    void the_json_reads_back_into_the_same_analysis() {
        String json = ArticleJson.line(ArticleJson.of(harbor));
        AnalyzedArticle back = ArticleJson.read(json);
        assertEquals(json, ArticleJson.line(ArticleJson.of(back)), "reading and writing again changes nothing");
        assertEquals(harbor.entities(), back.entities());
        assertEquals(harbor.quotes(), back.quotes());
        assertEquals(harbor.events().stream().map(Event::trigger).toList(), back.events().stream().map(Event::trigger).toList());
        assertEquals(harbor.places(), back.places());
        assertEquals(harbor.article().metadata(), back.article().metadata());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArticleJson.read("{\"title\": 3"));
        assertTrue(e.getMessage().startsWith("not JSON"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ArticleJson.read("[1, 2]"));
    }

    @Test
    void cleans_residue_and_keeps_every_article_sentence() {
        String text = harbor.article().text();
        assertEquals("Lindqvist to visit Oslo for harbor talks, meet with Solberg next month", harbor.article().title());
        for (String junk : List.of("{mosads}", "ADVERTISEMENT", "Updated at", "Copyright", "Northwind")) {
            assertFalse(text.contains(junk), junk);
        }
        assertTrue(text.startsWith("\"On June 3, she will meet fishermen") || text.contains("\n\n\"On June 3, she will meet"));
        assertTrue(text.contains("Minister Lindqvist will also open a new ferry line,\" ministry spokesman Lars Berg said."));
        assertTrue(text.endsWith("said the talks had been \"useful.\""));
        assertEquals(7, harbor.article().paragraphs().size());
    }

    @Test
    void clusters_a_minister_with_her_surname_description_and_pronouns() {
        Entity anna = entity(harbor, "Anna Lindqvist");
        assertEquals("PERSON", anna.type().name());
        assertEquals("Foreign Minister", anna.title());
        assertEquals("SWE", anna.country());
        List<String> texts = mentionTexts(anna);
        assertTrue(texts.contains("Lindqvist"));
        assertTrue(texts.contains("The minister"), texts::toString);
        assertTrue(anna.mentions().stream().anyMatch(m -> m.kind() == MentionKind.PRONOUN && m.text().equals("she")));
        assertTrue(anna.mentions().size() >= 7, texts::toString);
    }

    @Test
    void reads_title_and_country_from_a_demonym_before_the_title() {
        Entity erik = entity(harbor, "Erik Solberg");
        assertEquals("Prime Minister", erik.title());
        assertEquals("NOR", erik.country());
        assertTrue(mentionTexts(erik).contains("his"), "'his deputy' is Solberg's: Lindqvist is a woman");
    }

    @Test
    void adjectivals_are_mentions_of_their_country() {
        Entity sweden = entity(harbor, "Sweden");
        assertEquals("SWE", sweden.country());
        assertTrue(mentionTexts(sweden).contains("Swedish"));
    }

    @Test
    void normalizes_times_against_the_publication_date() {
        assertEquals("2024-06", time(harbor, "next month"));
        assertEquals("2024-06-04", time(harbor, "June 4"));
        assertEquals("2024-06-03", time(harbor, "June 3"));
        assertEquals("2024-05-14", time(harbor, "Tuesday"));
        assertEquals("2024-W19", time(harbor, "last week"));
        assertEquals("2024-W20", time(harbor, "earlier this week"));
    }

    @Test
    void a_surname_that_is_a_month_is_the_person_and_in_may_is_still_the_month() {
        AnalyzedArticle a = analyze("2016-07-11",
                "Home Secretary Helen May won the vote on Thursday, hours after May's only rival quit.",
                "\"We will deliver,\" May said Monday. Her rival apologized to May, who took office in May.");
        List<String> may = mentionTexts(entity(a, "Helen May"));
        assertEquals(4, may.stream().filter(t -> t.equals("May") || t.equals("Helen May")).count(), may::toString);
        assertEquals(List.of("Thursday", "Monday", "May"), a.times().stream().map(TimeExpression::text).toList());
        assertEquals("Helen May", a.quotes().get(0).speaker().name());
    }

    @Test
    void a_titled_surname_is_the_office_holder_not_a_relative_of_the_same_name() {
        AnalyzedArticle a = analyze("2017-04-01",
                "Ivanka Trump reported a stake in the hotel.",
                "President Trump praised his advisers on Friday. The order, which Trump signed, takes effect soon.",
                "Ms. Trump said she would work unpaid.");
        assertEquals(List.of("Ivanka Trump", "Trump"), mentionTexts(entity(a, "Ivanka Trump")).stream()
                .filter(t -> t.contains("Trump")).toList());
        assertEquals(2, mentionTexts(entity(a, "Donald Trump")).stream().filter(t -> t.equals("Trump")).count());
    }

    @Test
    void he_after_a_quote_is_the_speaker_not_a_man_named_inside_it_nor_the_host_of_a_fronted_phrase() {
        AnalyzedArticle a = analyze("2018-02-11",
                "Speaking to radio host John Cole on Sunday, Sen. Rand Paul accused lawmakers of waste.",
                "\"We spent $700,000 studying what Neil Armstrong said when he landed. That is the kind of waste we fund,\" he said.",
                "Paul forced a brief shutdown on Friday.");
        List<String> paul = mentionTexts(entity(a, "Rand Paul"));
        assertEquals(List.of("Rand Paul", "he", "Paul"), paul, "the list of first names calls Rand a woman's name; the mentions outvote it");
        assertEquals(List.of("Neil Armstrong", "he"), mentionTexts(entity(a, "Neil Armstrong")));
    }

    @Test
    void a_weekday_inside_a_programme_title_is_not_a_time() {
        assertNull(time(harbor, "Sunday"));
    }

    @Test
    void every_offset_points_at_its_text() {
        String text = harbor.article().text();
        for (Entity e : harbor.entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()));
            }
        }
        for (TimeExpression t : harbor.times()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
    }

    @Test
    void an_administration_named_after_a_president_is_a_group_not_the_person() {
        AnalyzedArticle a = analyze("2021-03-02",
                "President Carla Harlan met farmers in Iowa on Monday.",
                "The Harlan administration has promised new subsidies, and the administration will publish them in April.",
                "Harlan said she was proud of the plan.");
        Entity admin = entity(a, "Harlan administration");
        assertEquals("ORGANIZATION", admin.type().name());
        assertTrue(mentionTexts(admin).contains("the administration"));
        Entity harlan = entity(a, "Carla Harlan");
        assertFalse(mentionTexts(harlan).contains("Harlan administration"));
        assertTrue(mentionTexts(harlan).contains("she"));
    }

    @Test
    void a_chief_diplomat_description_joins_the_foreign_minister_of_that_country() {
        AnalyzedArticle a = analyze("2022-09-01",
                "Secretary of State Dana Whitfield will visit Japan next week.",
                "It will be her third trip to Asia as America's chief diplomat.");
        Entity dana = entity(a, "Dana Whitfield");
        assertEquals("Secretary of State", dana.title());
        assertEquals("USA", dana.country());
        assertTrue(mentionTexts(dana).contains("America's chief diplomat"), mentionTexts(dana)::toString);
    }

    @Test
    void the_senator_the_lawmaker_and_the_general_join_a_person_titled_by_an_abbreviation_or_as_a_chambers_leader() {
        AnalyzedArticle a = analyze("2016-09-01",
                "Senate Majority Leader Alma Ruiz spoke first on Tuesday.",
                "The senator said the bill would pass.",
                "Sen. Tom Okafor spoke after her.",
                "The lawmaker said he would vote against it.",
                "Gen. Ines Moravec, the army's commander, was not at the hearing.",
                "The general later said the army stood ready.");
        assertTrue(mentionTexts(entity(a, "Alma Ruiz")).contains("The senator"), mentionTexts(entity(a, "Alma Ruiz"))::toString);
        Entity okafor = entity(a, "Tom Okafor");
        assertEquals("Sen.", okafor.title());
        assertTrue(mentionTexts(okafor).contains("The lawmaker"), mentionTexts(okafor)::toString);
        assertTrue(mentionTexts(entity(a, "Ines Moravec")).contains("The general"), mentionTexts(entity(a, "Ines Moravec"))::toString);
    }

    @Test
    void a_title_naming_a_national_institution_gives_the_country() {
        AnalyzedArticle a = analyze("2019-05-10", "State Department spokeswoman Dana Lee said the trip would go ahead.");
        Entity lee = entity(a, "Dana Lee");
        assertEquals("State Department spokeswoman", lee.title());
        assertEquals("USA", lee.country());
        assertEquals("USAGOV", lee.actorCode());
    }

    @Test
    void brackets_around_a_name_are_not_part_of_it() {
        AnalyzedArticle a = analyze("2019-02-01",
                "Officials said the [Intermediate-Range Nuclear Forces Treaty] had collapsed.");
        assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("Intermediate-Range Nuclear Forces Treaty")),
                () -> a.entities().toString());
    }

    static Quote quoteStarting(AnalyzedArticle a, String prefix) {
        return a.quotes().stream().filter(q -> q.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote '" + prefix + "' in " + a.quotes()));
    }

    @Test
    void a_fragment_after_an_announcement_is_the_announcer_s() {
        Quote q = quoteStarting(harbor, "settle the open questions");
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("Foreign Ministry", q.speaker().name());
    }

    @Test
    void a_direct_quote_goes_to_the_named_spokesman() {
        Quote q = quoteStarting(harbor, "On June 3, she will meet fishermen");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("Lars Berg", q.speaker().name());
        assertEquals("said", q.cue().text());
    }

    @Test
    void the_official_stays_the_unnamed_senior_official() {
        Quote q = quoteStarting(harbor, "The minister will speak frankly");
        assertEquals("the official", q.speaker().text());
        assertEquals("A senior Swedish official", q.speaker().name());
        assertNull(q.speaker().entity());
        Quote told = harbor.quotes().stream().filter(x -> x.kind() == QuoteKind.INDIRECT && x.cue().text().equals("told"))
                .findFirst().orElseThrow();
        assertTrue(told.text().contains("Lindqvist and Norwegian officials would discuss fishing quotas"), told.text());
    }

    @Test
    void a_programme_title_is_not_a_quote_but_a_quoted_word_in_reported_speech_is_mixed() {
        assertTrue(harbor.quotes().stream().noneMatch(q -> q.text().contains("Morning Report")));
        Quote useful = quoteStarting(harbor, "the talks had been \"useful");
        assertEquals(QuoteKind.MIXED, useful.kind());
        assertEquals("Erik Solberg", useful.speaker().name());
        assertEquals("said", useful.cue().text());
    }

    @Test
    void reported_speech_holding_a_quoted_fragment_is_one_mixed_quote() {
        AnalyzedArticle a = analyze("2016-06-16",
                "CIA Director Jane Brennan told a Senate committee on Thursday that the agency had “found no direct link” between the gunman and militants abroad.");
        List<Quote> quotes = a.quotes();
        assertEquals(1, quotes.size(), quotes::toString);
        assertEquals(QuoteKind.MIXED, quotes.get(0).kind());
        assertEquals("Jane Brennan", quotes.get(0).speaker().name());
        assertTrue(quotes.get(0).text().contains("found no direct link"));
    }

    @Test
    void a_typewriter_quote_opening_a_sentence_goes_to_the_inverted_source_after_it() {
        AnalyzedArticle a = analyze("2016-09-20",
                "The plan would raise revenue. ''There's a lot of new complexity,'' said Mr. Burman. He added that it would take years.");
        Quote q = quoteStarting(a, "There's a lot");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("Mr. Burman", q.speaker().text());
    }

    @Test
    void quoted_words_inside_what_someone_reported_are_the_reporter_s() {
        AnalyzedArticle a = analyze("2016-09-24",
                "The president said the museum would tell an American story, one of ''suffering and delight,'' and of courage.");
        Quote q = a.quotes().stream().filter(x -> x.text().contains("suffering and delight")).findFirst().orElseThrow();
        assertEquals("The president", q.speaker().text(), a.quotes()::toString);
    }

    @Test
    void the_source_phrase_leaves_out_when_and_how_the_source_spoke() {
        AnalyzedArticle a = analyze("2016-09-24",
                "The Valmore city council on Friday said that the harbor would reopen in June.",
                "Mayor Ana Ruiz, speaking to reporters at the port, said the repairs had cost more than planned.");
        assertEquals("The Valmore city council", a.quotes().get(0).speaker().text());
        assertEquals("Mayor Ana Ruiz", a.quotes().get(1).speaker().text().replaceAll(",$", ""));
    }

    @Test
    void a_quoted_transcript_gives_each_line_to_the_name_before_its_colon() {
        AnalyzedArticle a = analyze("2016-09-25", "Partial transcript as follows:",
                "\"HOST: Will the mayor attend the debate tomorrow night?",
                "\"RUIZ: Well, look, the council has invited everyone who lives by the harbor.");
        Quote q = quoteStarting(a, "Well, look");
        assertEquals("RUIZ", q.speaker().text());
        assertEquals(":", q.cue().text());
        assertEquals("HOST", quoteStarting(a, "Will the mayor").speaker().text());
    }

    @Test
    void calling_something_something_reports_a_judgement() {
        AnalyzedArticle a = analyze("2016-09-25",
                "The mayor's office called the charges unsubstantiated and fabricated by former employees.",
                "Her former business partner called her a master at closing impossible deals.");
        Quote charges = quoteStarting(a, "the charges unsubstantiated");
        assertEquals("called", charges.cue().text());
        assertEquals("her a master at closing impossible deals", quoteStarting(a, "her a master").text());
    }

    @Test
    void findings_survive_garden_path_parses() {
        AnalyzedArticle a = analyze("2016-09-25",
                "One study found Ruiz would actually raise taxes on 8,000 families.",
                "A council report released last year found that the agency could not be sure the money was spent well.");
        Quote study = quoteStarting(a, "Ruiz would actually raise");
        assertEquals("One study", study.speaker().text());
        assertEquals("found", quoteStarting(a, "that the agency").cue().text());
    }

    @Test
    void people_who_discuss_or_speak_are_not_sources_of_the_words_around_them() {
        AnalyzedArticle a = analyze("2019-05-10",
                "A senior Swedish official told reporters that Lindqvist and Norwegian officials would discuss fishing quotas. "
                        + "Lindqvist also plans to press Solberg on the “challenges” in the relationship.",
                "Lindqvist and Solberg spoke last week for over an hour, a discussion Solberg described as “very productive.”");
        assertEquals("A senior Swedish official", quoteStarting(a, "challenges").speaker().name());
        Quote productive = a.quotes().stream().filter(q -> q.text().contains("very productive")).findFirst().orElseThrow();
        assertEquals("described", productive.cue().text());
    }

    @Test
    void a_colon_after_the_cue_makes_the_cue_before_the_quote_win() {
        AnalyzedArticle a = analyze("2016-06-16",
                "The mayor said: “We will rebuild the harbor,” according to a city council member.");
        Quote q = quoteStarting(a, "We will rebuild");
        assertEquals("said:", q.cue().text(), "the cue takes its colon, as PolNeAR marks cues");
        assertEquals("The mayor", q.speaker().text());
    }

    @Test
    void a_name_and_a_dash_introduce_a_quote_even_with_a_wrong_way_mark() {
        AnalyzedArticle a = analyze("2016-10-10", "Carla Sanchez ― ”The debate showed who he really is.”");
        Quote q = quoteStarting(a, "The debate showed");
        assertEquals("Carla Sanchez", q.speaker().name());
        assertEquals("―", q.cue().text());
    }

    @Test
    void a_cue_spans_its_auxiliaries_adverbs_and_channel() {
        AnalyzedArticle a = analyze("2016-06-16",
                "The mayor has also said in a statement that the harbor will reopen in June.");
        assertEquals("has also said in a statement", a.quotes().get(0).cue().text());
    }

    @Test
    void a_cue_before_the_quote_in_its_sentence_beats_a_cue_in_the_next_sentence() {
        AnalyzedArticle a = analyze("2019-05-10",
                "Mayor Carla Harlan later said she did not warn the board, telling reporters, “We didn’t discuss that.” "
                        + "Norway has denied interfering in the vote.");
        Quote q = quoteStarting(a, "We didn’t discuss that");
        assertEquals("Carla Harlan", q.speaker().name());
    }

    @Test
    void text_without_sentence_punctuation_is_split_into_bounded_sentences() {
        String words = "the harbor board met fishermen and discussed ferry schedules with officials ".repeat(400);
        AnalyzedArticle a = analyze("2019-05-10", words.strip());
        assertTrue(a.sentences().size() >= 10, "sentences: " + a.sentences().size());
        assertTrue(a.sentences().stream().allMatch(s -> s.tokens().size() <= 250));
        String text = a.article().text();
        a.sentences().forEach(s -> s.tokens().forEach(t -> assertEquals(t.text(), text.substring(t.start(), t.end()))));
    }

    @Test
    void quote_offsets_point_at_the_quoted_words() {
        String text = harbor.article().text();
        for (Quote q : harbor.quotes()) {
            assertEquals(q.text(), text.substring(q.start(), q.end()));
            if (q.speaker() != null) {
                assertEquals(q.speaker().text(), text.substring(q.speaker().start(), q.speaker().end()));
            }
        }
    }

    @Test
    void empty_input_skips_analysis_and_says_why() {
        AnalyzedArticle a = Analyzer.shared().analyze(Articles.raw("Only a title"));
        assertEquals("empty", a.problems().get(0).kind());
        assertTrue(a.entities().isEmpty());
    }
}

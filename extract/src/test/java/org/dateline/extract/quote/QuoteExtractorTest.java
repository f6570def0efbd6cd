package org.dateline.extract.quote;

import org.dateline.extract.entity.Countries;
import org.dateline.extract.entity.EntityClusterer;
import org.dateline.model.Entity;
import org.dateline.model.ParsedArticle;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.testkit.Articles;
import org.dateline.testkit.Parses;
import org.dateline.testkit.Parses.Name;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quote rules on hand-tagged text (no parser: the surface rules must carry these). */
class QuoteExtractorTest {
    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quote> quotes(List<Name> names, String... paragraphs) {
        ParsedArticle parsed = Parses.of(Articles.of("2024-05-14", paragraphs), names, List.of());
        List<Entity> entities = new EntityClusterer(Countries.shared()).cluster(parsed);
        return extractor.extract(parsed, entities);
    }

    @Test
    void attributes_a_direct_quote_to_the_speaker_after_the_closing_mark() {
        List<Quote> q = quotes(List.of(Name.of("PERSON", "Lars Berg")),
                "“We will reopen the port in June,” spokesman Lars Berg said.");
        assertEquals(1, q.size());
        assertEquals("We will reopen the port in June,", q.get(0).text());
        assertEquals(QuoteKind.DIRECT, q.get(0).kind());
        assertEquals("Lars Berg", q.get(0).speaker().name());
        assertEquals("said", q.get(0).cue().text());
    }

    @Test
    void straight_marks_work_like_curly_ones() {
        List<Quote> q = quotes(List.of(Name.of("PERSON", "Lars Berg")), "\"The port stays shut,\" Lars Berg said.");
        assertEquals("The port stays shut,", q.get(0).text());
        assertEquals("Lars Berg", q.get(0).speaker().name());
    }

    @Test
    void the_official_is_the_unnamed_source_described_before_not_a_named_person() {
        List<Quote> q = quotes(List.of(Name.of("PERSON", "Anna Lindqvist")),
                "A senior Swedish official told reporters that Anna Lindqvist would travel.",
                "“The minister will speak frankly,” the official said.");
        Quote direct = q.stream().filter(x -> x.kind() == QuoteKind.DIRECT).findFirst().orElseThrow();
        assertNull(direct.speaker().entity());
        assertEquals("the official", direct.speaker().text());
        assertEquals("A senior Swedish official", direct.speaker().name());
    }

    @Test
    void a_programme_title_in_marks_is_not_a_quote() {
        List<Quote> q = quotes(List.of(), "She appeared on “Morning Report Sunday” earlier this week.");
        assertTrue(q.isEmpty(), q::toString);
    }

    @Test
    void a_short_fragment_without_any_attribution_is_a_scare_quote() {
        List<Quote> q = quotes(List.of(), "The so-called “harbor deal” was never signed.");
        assertEquals(QuoteKind.SCARE, q.get(0).kind());
        assertNull(q.get(0).speaker());
    }

    @Test
    void an_unclosed_quote_goes_on_in_the_next_paragraph_with_the_same_speaker() {
        List<Quote> q = quotes(List.of(Name.of("PERSON", "Lars Berg")),
                "“We will reopen the port,” Lars Berg said. “The ferry comes first.",
                "“Then the fishing boats will follow.”");
        Quote last = q.get(q.size() - 1);
        assertEquals("Then the fishing boats will follow.", last.text());
        assertEquals("Lars Berg", last.speaker().name());
    }

    @Test
    void a_quote_inside_a_quote_is_nested_and_points_at_its_parent() {
        List<Quote> q = quotes(List.of(Name.of("PERSON", "Lars Berg"), Name.of("PERSON", "Kari Haugen")),
                "“As Kari Haugen said, ‘the port is open to all,’ and we agree,” Lars Berg said.");
        Quote nested = q.stream().filter(x -> x.kind() == QuoteKind.NESTED).findFirst().orElseThrow();
        assertEquals("Kari Haugen", nested.speaker().name());
        assertEquals(0, nested.parent());
        assertEquals("Lars Berg", q.get(0).speaker().name());
    }

    @Test
    void apostrophes_are_not_quote_marks() {
        List<Quote> q = quotes(List.of(Name.of("PERSON", "Lars Berg")), "“We don’t know, and they didn’t say,” Lars Berg said.");
        assertEquals(1, q.size());
    }

    @Test
    void offsets_point_at_the_quoted_words() {
        String p = "“We will reopen the port,” the mayor said.";
        Quote q = quotes(List.of(), p).get(0);
        assertEquals(q.text(), p.substring(q.start(), q.end()));
        assertEquals("the mayor", p.substring(q.speaker().start(), q.speaker().end()));
    }

    @Test
    void random_marks_and_text_never_throw() {
        Random r = new Random(11);
        String alphabet = "“”‘’\"' abc said the Official, .\n";
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder("A");
            for (int j = 0; j < r.nextInt(120); j++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String[] paragraphs = sb.toString().split("\n");
            List<String> kept = java.util.Arrays.stream(paragraphs).filter(x -> !x.isBlank()).map(String::strip).toList();
            if (!kept.isEmpty()) {
                quotes(List.of(), kept.toArray(String[]::new));
            }
        }
    }
}

package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Block quotes whose markup a scraper dropped: an attribution ending in a colon, then the
 * speaker's own paragraphs in the first person, with no quotation marks. Text we wrote.
 */
class BlockQuoteTest {
    private static AnalyzedArticle news;

    @BeforeAll
    static void analyze() {
        news = AnalyzerTest.analyze("2021-04-02",
                "The harbor board met on Thursday to review the dredging plan.",
                "Board chairwoman Nora Lund said the plan had flaws:",
                "I think the engineers did careful work, but I worry about the cost to the fishing fleet.",
                "The second problem is the schedule. Nobody has explained how the work fits the season.",
                "We will ask for a new timetable before we vote.",
                "The board will meet again in May.");
    }

    private static List<Quote> byLund() {
        return news.quotes().stream().filter(q -> q.speaker() != null && "Nora Lund".equals(q.speaker().name()))
                .toList();
    }

    @Test
    void the_paragraphs_after_a_colon_are_the_speakers_direct_quotes() {
        List<String> direct = byLund().stream().filter(q -> q.kind() == QuoteKind.DIRECT).map(Quote::text).toList();
        assertEquals(3, direct.size(), () -> news.quotes().stream().map(q -> q.kind() + ":" + q.text())
                .collect(Collectors.joining("\n")));
        assertTrue(direct.get(0).startsWith("I think the engineers"));
        assertTrue(direct.get(1).startsWith("The second problem"), "a paragraph between two first-person ones");
        assertTrue(direct.get(2).startsWith("We will ask"));
    }

    @Test
    void the_block_ends_where_the_reporter_speaks_again_and_no_quote_repeats() {
        assertTrue(news.quotes().stream().noneMatch(q -> q.text().startsWith("The board will meet again")));
        long distinct = news.quotes().stream().map(q -> q.start() + ":" + q.end() + ":" + q.kind()).distinct().count();
        assertEquals(news.quotes().size(), distinct);
    }

    @Test
    void a_first_person_source_inside_the_block_is_the_blocks_speaker() {
        assertTrue(news.quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT && q.speaker() != null
                        && q.speaker().text().equals("I"))
                .allMatch(q -> "Nora Lund".equals(q.speaker().name())));
    }
}

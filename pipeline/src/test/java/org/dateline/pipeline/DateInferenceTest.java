package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.DateInference;
import org.dateline.model.Metadata;
import org.dateline.model.RawArticle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publication dates inferred from the text of undated articles we wrote, reported with evidence. */
class DateInferenceTest {
    private static AnalyzedArticle analyze(String title, String body) {
        return Analyzer.shared().analyze(new RawArticle("t", title, body, Metadata.empty(), List.of()));
    }

    @Test
    void aStampWithADateSettlesIt() {
        AnalyzedArticle a = analyze("Port reopens", "Updated May 10, 2019 3:12 PM EDT\n\nThe port reopened on Thursday after a"
                + " week of repairs, the harbour authority said.");
        DateInference d = a.publishedInferred();
        assertNotNull(d);
        assertEquals(LocalDate.of(2019, 5, 10), d.date());
        assertTrue(d.confidence() >= 0.9);
        assertEquals("2019-05-09", a.times().stream().filter(t -> t.text().contains("Thursday")).findFirst().orElseThrow().value(),
                "times are anchored at the inferred date");
        assertTrue(a.problems().stream().anyMatch(p -> p.kind().equals("inferred-date")), "never silently");
    }

    @Test
    void weekdayDatePairsAndTenseFixTheDay() {
        AnalyzedArticle a = analyze("Summit next week", "The summit will open on Tuesday, June 4, in Lisbon, officials announced"
                + " Friday.\n\nThe talks follow the 2020 election, which was disputed.");
        DateInference d = a.publishedInferred();
        assertNotNull(d, a.problems().toString());
        assertEquals(LocalDate.of(2024, 5, 31), d.date(), d.evidence().toString());
    }

    @Test
    void noDatesNoInference() {
        AnalyzedArticle a = analyze("Council meets", "The council met to discuss the budget and approved it.");
        assertNull(a.publishedInferred());
        assertTrue(a.problems().stream().anyMatch(p -> p.kind().equals("no-date")));
    }
}

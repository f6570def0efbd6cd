package org.dateline.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimexScorerTest {
    private static TimexScorer.Timex t(int start, int end, String type, String value) {
        return new TimexScorer.Timex(new LabeledSpan("d", start, end, type), value);
    }

    @Test
    void strict_needs_the_same_extent_relaxed_any_overlap() {
        // gold: "sunday morning" [0,14) and "2013" [20,24); system: "sunday" [0,6) and "next week" [30,39)
        List<TimexScorer.Timex> gold = List.of(t(0, 14, "TIME", "2013-03-17TMO"), t(20, 24, "DATE", "2013"));
        List<TimexScorer.Timex> system = List.of(t(0, 6, "DATE", "2013-03-17"), t(30, 39, "DATE", "2013-W13"));
        TimexScorer.Result r = TimexScorer.score(gold, system);
        assertEquals(0.0, r.strict().f1());
        assertEquals(0.5, r.relaxed().precision(), 1e-9);
        assertEquals(0.5, r.relaxed().recall(), 1e-9);
        assertEquals(0.0, r.valueAccuracy());
        assertEquals(0.0, r.typeAccuracy());
    }

    @Test
    void value_f1_is_relaxed_f1_times_value_accuracy() {
        List<TimexScorer.Timex> gold = List.of(t(0, 6, "DATE", "2013-03-22"), t(10, 19, "DATE", "2013-W12"));
        List<TimexScorer.Timex> system = List.of(t(0, 6, "DATE", "2013-03-22"), t(10, 19, "DATE", "2013-03-18"));
        TimexScorer.Result r = TimexScorer.score(gold, system);
        assertEquals(1.0, r.strict().f1(), 1e-9);
        assertEquals(0.5, r.valueAccuracy(), 1e-9);
        assertEquals(0.5, r.valueF1(), 1e-9);
        assertEquals(1.0, r.typeF1(), 1e-9);
    }

    @Test
    void precision_and_recall_count_matches_from_their_own_side() {
        // one long gold timex overlapped by two system pieces: both system timexes match, one gold does
        List<TimexScorer.Timex> gold = List.of(t(0, 20, "DATE", "2013-03"), t(30, 34, "DATE", "2012"));
        List<TimexScorer.Timex> system = List.of(t(0, 5, "DATE", "2013"), t(8, 20, "DATE", "2013-03"));
        TimexScorer.Result r = TimexScorer.score(gold, system);
        assertEquals(1.0, r.relaxed().precision(), 1e-9);
        assertEquals(0.5, r.relaxed().recall(), 1e-9);
        assertEquals(1.0, r.valueAccuracy(), 1e-9, "the value is judged on the piece sharing most characters");
    }

    @Test
    void strips_timeml_tags_and_keeps_gold_offsets_on_the_plain_text() {
        List<TimexScorer.Timex> gold = new ArrayList<>();
        String plain = TimeEvaluation.stripTags("d",
                "It rained <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-22\">Friday</TIMEX3> in <EVENT eid=\"e1\">A &amp; B</EVENT>.", gold);
        assertEquals("It rained Friday in A & B.", plain);
        assertEquals(1, gold.size());
        assertEquals("Friday", plain.substring(gold.get(0).span().start(), gold.get(0).span().end()));
        assertEquals("2013-03-22", gold.get(0).value());
    }
}

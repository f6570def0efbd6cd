package org.dateline.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExactMatchScorerTest {
    private static LabeledSpan s(int start, int end, String label) {
        return new LabeledSpan("d", start, end, label);
    }

    @Test
    void counts_only_spans_with_equal_bounds_and_type() {
        List<LabeledSpan> gold = List.of(s(0, 5, "PER"), s(10, 20, "LOC"), s(30, 35, "ORG"));
        List<LabeledSpan> predicted = List.of(s(0, 5, "PER"), s(10, 18, "LOC"), s(30, 35, "LOC"), s(40, 44, "PER"));
        Prf p = ExactMatchScorer.score(gold, predicted);
        assertEquals(0.25, p.precision(), 1e-9);
        assertEquals(1 / 3.0, p.recall(), 1e-9);
        assertEquals(2 * 0.25 * (1 / 3.0) / (0.25 + 1 / 3.0), p.f1(), 1e-9);
    }

    @Test
    void scores_one_type_at_a_time() {
        List<LabeledSpan> gold = List.of(s(0, 5, "PER"), s(10, 20, "LOC"));
        List<LabeledSpan> predicted = List.of(s(0, 5, "PER"), s(10, 20, "ORG"));
        assertEquals(1.0, ExactMatchScorer.score(gold, predicted, "PER").f1(), 1e-9);
        assertEquals(0.0, ExactMatchScorer.score(gold, predicted, "LOC").f1(), 1e-9);
        assertEquals(0, ExactMatchScorer.score(gold, predicted, "ORG").matchedPredicted());
    }

    @Test
    void spans_in_different_documents_never_match() {
        Prf p = ExactMatchScorer.score(List.of(new LabeledSpan("a", 0, 5, "PER")), List.of(new LabeledSpan("b", 0, 5, "PER")));
        assertEquals(0.0, p.f1());
    }

    @Test
    void nothing_predicted_gives_zero_not_nan() {
        Prf p = ExactMatchScorer.score(List.of(s(0, 1, "PER")), List.of());
        assertEquals(0.0, p.precision());
        assertEquals(0.0, p.f1());
    }
}

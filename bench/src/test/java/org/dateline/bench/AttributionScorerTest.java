package org.dateline.bench;

import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttributionScorerTest {
    private static AttributionScorer.Attr attr(Span cue, Span source, Span content, boolean marked) {
        return new AttributionScorer.Attr(cue, source == null ? List.of() : List.of(source),
                new ArrayList<>(List.of(content)), marked);
    }

    private static Span s(int a, int b) {
        return new Span(a, b);
    }

    @Test
    void exact_source_needs_overlapping_cues_and_identical_source_lists() {
        AttributionScorer.Attr gold = attr(s(10, 14), s(0, 9), s(20, 40), true);
        AttributionScorer.Attr rightSource = attr(s(10, 14), s(0, 9), s(20, 30), true);
        AttributionScorer.Result r = AttributionScorer.score(List.of(new AttributionScorer.Doc(List.of(gold), List.of(rightSource))));
        assertEquals(1.0, r.sourceExact().f1(), 1e-9);
        assertEquals(1.0, r.cueExact().f1(), 1e-9);
        assertEquals(0.0, r.contentExact().f1(), 1e-9);
        assertEquals(0.0, r.allExact().f1(), 1e-9);
        assertEquals(1.0, r.contentOverlap().precision(), 1e-9);
    }

    @Test
    void content_overlap_counts_shared_characters_over_each_side() {
        AttributionScorer.Attr gold = attr(s(10, 14), s(0, 9), s(20, 40), true);
        AttributionScorer.Attr pred = attr(s(10, 14), s(0, 9), s(30, 50), true);
        AttributionScorer.Result r = AttributionScorer.score(List.of(new AttributionScorer.Doc(List.of(gold), List.of(pred))));
        assertEquals(10 / 20.0, r.contentOverlap().precision(), 1e-9);
        assertEquals(10 / 20.0, r.contentOverlap().recall(), 1e-9);
    }

    @Test
    void one_prediction_matches_at_most_one_gold_attribution() {
        AttributionScorer.Attr g1 = attr(s(10, 14), s(0, 9), s(20, 40), true);
        AttributionScorer.Attr g2 = attr(s(10, 14), s(0, 9), s(20, 40), true);
        AttributionScorer.Attr p = attr(s(10, 14), s(0, 9), s(20, 40), true);
        AttributionScorer.Result r = AttributionScorer.score(List.of(new AttributionScorer.Doc(List.of(g1, g2), List.of(p))));
        assertEquals(1.0, r.allExact().precision(), 1e-9);
        assertEquals(0.5, r.allExact().recall(), 1e-9);
    }

    @Test
    void quote_speaker_hits_when_the_speaker_overlaps_the_source_of_the_most_overlapped_gold() {
        AttributionScorer.Attr gold = attr(s(60, 64), s(50, 59), s(0, 40), true);
        AttributionScorer.Attr otherGold = attr(s(200, 204), s(190, 199), s(100, 140), true);
        AttributionScorer.Attr hit = attr(null, s(52, 59), s(1, 39), true);
        AttributionScorer.Attr wrongSpeaker = attr(null, s(0, 5), s(101, 139), true);
        AttributionScorer.Result r = AttributionScorer.score(List.of(new AttributionScorer.Doc(
                List.of(gold, otherGold), List.of(hit, wrongSpeaker))));
        assertEquals(0.5, r.quoteSpeaker().precision(), 1e-9);
        assertEquals(0.5, r.quoteSpeaker().recall(), 1e-9);
    }

    @Test
    void indirect_gold_is_outside_the_direct_mixed_subset() {
        AttributionScorer.Attr indirect = attr(s(10, 14), s(0, 9), s(20, 40), false);
        AttributionScorer.Result r = AttributionScorer.score(List.of(new AttributionScorer.Doc(List.of(indirect), List.of())));
        assertEquals(0, r.quoteSpeaker().gold());
    }
}

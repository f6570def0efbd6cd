package org.dateline.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Zyte benchmark's metric on the test vectors its SOURCE.md lists (facts of their unit tests). */
class ShingleScorerTest {
    @Test
    void tokensAreRunsOfWordCharacters() {
        assertEquals(List.of("a", "b", "cd", "e", "foo", "bar"), ShingleScorer.tokens("a b,cd:e(foo,bar) "));
        assertEquals(List.of("naïve", "café", "x_1"), ShingleScorer.tokens("naïve café! x_1"));
    }

    @Test
    void normalisedCountsMatchTheReference() {
        assertArrayEquals(new double[]{1, 0, 0}, ShingleScorer.counts("a b c", "a b c", 3), 1e-9);
        assertArrayEquals(new double[]{0.5, 0, 0.5}, ShingleScorer.counts("a b c d", "a b c", 3), 1e-9);
        assertArrayEquals(new double[]{0.5, 0.5, 0}, ShingleScorer.counts("a b c", "a b c d", 3), 1e-9);
        assertArrayEquals(new double[]{0, 0, 0}, ShingleScorer.counts("", "", 3), 1e-9);
        assertArrayEquals(new double[]{0, 0, 1}, ShingleScorer.counts("a", "", 3), 1e-9);
        assertArrayEquals(new double[]{0, 1, 0}, ShingleScorer.counts("", "a", 3), 1e-9);
        assertArrayEquals(new double[]{0.25, 0, 0.75}, ShingleScorer.counts("a b c a b c", "a b c", 3), 1e-9);
        assertArrayEquals(new double[]{0.25, 0.75, 0}, ShingleScorer.counts("a b c", "a b c a b c", 3), 1e-9);
    }

    @Test
    void corpusScoresAverageDefinedPrecisionAndRecall() {
        ShingleScorer.Result r = ShingleScorer.score(List.of("a b c d e", "f g h i j"), java.util.Arrays.asList("a b c d e", null));
        assertEquals(1.0, r.precision(), 1e-9, "an empty prediction drops out of precision");
        assertEquals(0.5, r.recall(), 1e-9, "and scores recall 0");
        assertEquals(0.5, r.accuracy(), 1e-9);
    }
}

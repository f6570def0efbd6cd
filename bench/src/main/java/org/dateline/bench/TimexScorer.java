package org.dateline.bench;

import java.util.List;

/**
 * TempEval-3 Task A scoring (UzZaman et al. 2013, section 4): strict and relaxed extent P/R/F1,
 * counted separately from the system side and the gold side; value and type accuracy over the
 * relaxed matches; value F1 = relaxed F1 x value accuracy. Extents are compared on characters
 * (the official scorer compares tokens; on whole-word spans the two agree).
 */
public final class TimexScorer {
    /** A timex: its span (label = type) and its TIMEX3 value. */
    public record Timex(LabeledSpan span, String value) {
    }

    /** The TempEval-3 figures, as fractions. */
    public record Result(Prf strict, Prf relaxed, double valueAccuracy, double typeAccuracy, int relaxedMatches) {
        public double valueF1() {
            return relaxed.f1() * valueAccuracy;
        }

        public double typeF1() {
            return relaxed.f1() * typeAccuracy;
        }
    }

    private TimexScorer() {
    }

    public static Result score(List<Timex> gold, List<Timex> system) {
        int strictSys = 0;
        int relaxedSys = 0;
        for (Timex s : system) {
            strictSys += gold.stream().anyMatch(g -> g.span().sameExtent(s.span())) ? 1 : 0;
            relaxedSys += gold.stream().anyMatch(g -> g.span().overlaps(s.span())) ? 1 : 0;
        }
        int strictGold = 0;
        int relaxedGold = 0;
        int values = 0;
        int types = 0;
        int matches = 0;
        for (Timex g : gold) {
            strictGold += system.stream().anyMatch(s -> g.span().sameExtent(s.span())) ? 1 : 0;
            Timex match = bestOverlap(g, system);
            if (match != null) {
                relaxedGold++;
                matches++;
                values += g.value().equals(match.value()) ? 1 : 0;
                types += g.span().label().equals(match.span().label()) ? 1 : 0;
            }
        }
        Prf strict = prf(strictSys, strictGold, system.size(), gold.size());
        Prf relaxed = prf(relaxedSys, relaxedGold, system.size(), gold.size());
        return new Result(strict, relaxed, matches == 0 ? 0 : values / (double) matches,
                matches == 0 ? 0 : types / (double) matches, matches);
    }

    /** The system timex sharing the most characters with {@code g}. */
    private static Timex bestOverlap(Timex g, List<Timex> system) {
        Timex best = null;
        int bestShared = 0;
        for (Timex s : system) {
            int shared = Math.min(g.span().end(), s.span().end()) - Math.max(g.span().start(), s.span().start());
            if (g.span().doc().equals(s.span().doc()) && shared > bestShared) {
                best = s;
                bestShared = shared;
            }
        }
        return best;
    }

    private static Prf prf(int sysMatched, int goldMatched, int sysTotal, int goldTotal) {
        return new Prf(sysMatched, sysTotal, goldMatched, goldTotal);
    }
}

package org.dateline.bench;

import org.dateline.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Protocol D of {@code quotes/SOURCE.md}: citron-style exact and overlap P/R/F1 for cue, source,
 * content and all spans, with one-to-one greedy matching (citron sums over all pairs and can
 * count a character twice); and quote-to-speaker P/R/F1 on the direct/mixed subset. A predicted
 * attribution and a gold one are linked when their cues overlap, or, for a prediction whose
 * speaker was carried over without a cue, when their contents overlap. Overlaps count characters.
 */
public final class AttributionScorer {
    /** One attribution: cue (null for a carried-over prediction), source and content pieces. */
    public record Attr(Span cue, List<Span> source, List<Span> content, boolean marked) {
    }

    /** One document's gold and predicted attributions. */
    public record Doc(List<Attr> gold, List<Attr> predicted) {
    }

    /** Every figure of protocol D. */
    public record Result(Prf cueExact, Prf sourceExact, Prf contentExact, Prf allExact, Prf cueOverlap,
                         Prf sourceOverlap, Prf contentOverlap, Prf allOverlap, Prf quoteSpeaker) {
        public List<Score> scores(String dataset, String split) {
            List<Score> out = new ArrayList<>();
            add(out, dataset, split, "cue.exact", cueExact);
            add(out, dataset, split, "source.exact", sourceExact);
            add(out, dataset, split, "content.exact", contentExact);
            add(out, dataset, split, "all.exact", allExact);
            add(out, dataset, split, "cue.overlap", cueOverlap);
            add(out, dataset, split, "source.overlap", sourceOverlap);
            add(out, dataset, split, "content.overlap", contentOverlap);
            add(out, dataset, split, "all.overlap", allOverlap);
            add(out, dataset, split, "quote_speaker.direct_mixed", quoteSpeaker);
            return out;
        }

        private static void add(List<Score> out, String dataset, String split, String name, Prf p) {
            out.add(new Score("quotes", dataset, split, name + ".precision", 100 * p.precision(), p.predicted()));
            out.add(new Score("quotes", dataset, split, name + ".recall", 100 * p.recall(), p.gold()));
            out.add(new Score("quotes", dataset, split, name + ".f1", 100 * p.f1(), p.gold()));
        }
    }

    private AttributionScorer() {
    }

    public static Result score(List<Doc> docs) {
        Prf cue = zero();
        Prf source = zero();
        Prf content = zero();
        Prf all = zero();
        long[] cueO = new long[3];
        long[] sourceO = new long[3];
        long[] contentO = new long[3];
        Prf speaker = zero();
        for (Doc d : docs) {
            cue = add(cue, exact(d, (p, g) -> p.cue() != null && p.cue().equals(g.cue())));
            source = add(source, exact(d, (p, g) -> linked(p, g) && p.source().equals(g.source())));
            content = add(content, exact(d, (p, g) -> linked(p, g) && p.content().equals(g.content())));
            all = add(all, exact(d, (p, g) -> p.cue() != null && p.cue().equals(g.cue())
                    && p.source().equals(g.source()) && p.content().equals(g.content())));
            overlap(d, a -> a.cue() == null ? List.of() : List.of(a.cue()), cueO);
            overlap(d, Attr::source, sourceO);
            overlap(d, Attr::content, contentO);
            speaker = add(speaker, quoteSpeaker(d));
        }
        long[] allO = {cueO[0] + sourceO[0] + contentO[0], cueO[1] + sourceO[1] + contentO[1], cueO[2] + sourceO[2] + contentO[2]};
        return new Result(cue, source, content, all, prf(cueO), prf(sourceO), prf(contentO), prf(allO), speaker);
    }

    static boolean linked(Attr p, Attr g) {
        if (p.cue() != null) {
            return overlaps(p.cue(), g.cue());
        }
        return p.content().stream().anyMatch(pc -> g.content().stream().anyMatch(gc -> overlaps(pc, gc)));
    }

    private static Prf exact(Doc d, BiPredicate<Attr, Attr> match) {
        Set<Integer> taken = new HashSet<>();
        int correct = 0;
        for (Attr p : d.predicted()) {
            for (int g = 0; g < d.gold().size(); g++) {
                if (!taken.contains(g) && match.test(p, d.gold().get(g))) {
                    taken.add(g);
                    correct++;
                    break;
                }
            }
        }
        return Prf.of(correct, d.predicted().size(), d.gold().size());
    }

    /** Adds {overlap, predicted chars, gold chars} for one role over greedy one-to-one linked pairs. */
    private static void overlap(Doc d, Function<Attr, List<Span>> role, long[] acc) {
        Set<Integer> taken = new HashSet<>();
        for (Attr p : d.predicted()) {
            acc[1] += length(role.apply(p));
            for (int g = 0; g < d.gold().size(); g++) {
                if (!taken.contains(g) && linked(p, d.gold().get(g))) {
                    taken.add(g);
                    acc[0] += shared(role.apply(p), role.apply(d.gold().get(g)));
                    break;
                }
            }
        }
        for (Attr g : d.gold()) {
            acc[2] += length(role.apply(g));
        }
    }

    /** Direct/mixed subset: a quote hits when its speaker overlaps the source of the gold attribution its content overlaps most. */
    private static Prf quoteSpeaker(Doc d) {
        List<Attr> predicted = d.predicted().stream().filter(Attr::marked).toList();
        List<Attr> gold = d.gold().stream().filter(Attr::marked).toList();
        Set<Attr> hitGold = new HashSet<>();
        int hits = 0;
        for (Attr p : predicted) {
            Attr best = null;
            long bestShared = 0;
            for (Attr g : d.gold()) {
                long s = shared(p.content(), g.content());
                if (s > bestShared) {
                    best = g;
                    bestShared = s;
                }
            }
            if (best != null && shared(p.source(), best.source()) > 0) {
                hits++;
                if (best.marked()) {
                    hitGold.add(best);
                }
            }
        }
        return new Prf(hits, predicted.size(), hitGold.size(), gold.size());
    }

    private static long length(List<Span> spans) {
        return spans.stream().mapToLong(s -> s.end() - s.start()).sum();
    }

    private static long shared(List<Span> a, List<Span> b) {
        long n = 0;
        for (Span x : a) {
            for (Span y : b) {
                n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        return n;
    }

    private static boolean overlaps(Span a, Span b) {
        return a != null && b != null && a.start() < b.end() && b.start() < a.end();
    }

    private static Prf zero() {
        return new Prf(0, 0, 0, 0);
    }

    private static Prf add(Prf a, Prf b) {
        return new Prf(a.matchedPredicted() + b.matchedPredicted(), a.predicted() + b.predicted(),
                a.matchedGold() + b.matchedGold(), a.gold() + b.gold());
    }

    private static Prf prf(long[] o) {
        return new Prf((int) o[0], (int) o[1], (int) o[0], (int) o[2]);
    }
}

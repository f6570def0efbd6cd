package org.dateline.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * conlleval's entity-level exact match on character spans: a predicted span is correct only when
 * its start, end and label all equal a gold span's. Micro-averaged.
 */
public final class ExactMatchScorer {
    private ExactMatchScorer() {
    }

    public static Prf score(List<LabeledSpan> gold, List<LabeledSpan> predicted) {
        Set<LabeledSpan> g = new HashSet<>(gold);
        Set<LabeledSpan> p = new HashSet<>(predicted);
        int correct = 0;
        for (LabeledSpan s : p) {
            if (g.contains(s)) {
                correct++;
            }
        }
        return Prf.of(correct, p.size(), g.size());
    }

    /** The same, over the spans of one label only. */
    public static Prf score(List<LabeledSpan> gold, List<LabeledSpan> predicted, String label) {
        return score(gold.stream().filter(s -> s.label().equals(label)).toList(),
                predicted.stream().filter(s -> s.label().equals(label)).toList());
    }
}

package org.dateline.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-body metric of the Zyte article-extraction benchmark ({@code article-extraction/SOURCE.md}):
 * 4-token shingles as multisets, per-document counts normalised to sum 1, precision and recall
 * averaged over the documents where they are defined, F1 from the averages; accuracy is exact
 * token-sequence equality. Tokens are runs of Unicode letters, numbers and underscore (Python's {@code \w}).
 */
public final class ShingleScorer {
    /** Corpus scores. */
    public record Result(double precision, double recall, double f1, double accuracy, int documents) {
    }

    private ShingleScorer() {
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean word = Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER || cp == '_';
            if (word) {
                cur.appendCodePoint(cp);
            } else if (!cur.isEmpty()) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        });
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }

    static Map<String, Integer> shingles(List<String> tokens, int n) {
        Map<String, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < n) {
            out.put(String.join("\u0001", tokens), 1);
            return out;
        }
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(String.join("\u0001", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }

    /** Normalised (tp, fp, fn) of one document. */
    static double[] counts(String gold, String predicted, int n) {
        Map<String, Integer> g = shingles(tokens(gold), n);
        Map<String, Integer> p = shingles(tokens(predicted), n);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        java.util.Set<String> keys = new java.util.HashSet<>(g.keySet());
        keys.addAll(p.keySet());
        for (String k : keys) {
            int gc = g.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(gc, pc);
            fp += Math.max(0, pc - gc);
            fn += Math.max(0, gc - pc);
        }
        double s = tp + fp + fn;
        return s == 0 ? new double[]{0, 0, 0} : new double[]{tp / s, fp / s, fn / s};
    }

    public static Result score(List<String> gold, List<String> predicted) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        int exact = 0;
        for (int i = 0; i < gold.size(); i++) {
            String pred = predicted.get(i) == null ? "" : predicted.get(i);
            double[] c = counts(gold.get(i), pred, 4);
            boolean perfect = c[1] == 0 && c[2] == 0;
            if (c[0] + c[1] > 0) {
                pSum += perfect ? 1 : c[0] / (c[0] + c[1]);
                pN++;
            }
            if (c[0] + c[2] > 0) {
                rSum += perfect ? 1 : c[0] / (c[0] + c[2]);
                rN++;
            }
            if (tokens(gold.get(i)).equals(tokens(pred))) {
                exact++;
            }
        }
        double p = pN == 0 ? 0 : pSum / pN;
        double r = rN == 0 ? 0 : rSum / rN;
        return new Result(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), gold.isEmpty() ? 0 : exact / (double) gold.size(), gold.size());
    }
}

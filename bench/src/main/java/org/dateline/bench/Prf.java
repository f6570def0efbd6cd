package org.dateline.bench;

/**
 * Precision, recall and F1 (as fractions) from counts. Precision counts matched predictions,
 * recall matched gold items; the two differ where matching is not one-to-one (TempEval-3).
 */
public record Prf(int matchedPredicted, int predicted, int matchedGold, int gold) {
    /** One-to-one matching: the same count of correct items on both sides. */
    public static Prf of(int correct, int predicted, int gold) {
        return new Prf(correct, predicted, correct, gold);
    }

    public double precision() {
        return predicted == 0 ? 0 : matchedPredicted / (double) predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : matchedGold / (double) gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

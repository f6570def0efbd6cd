package org.dateline.bench;

/**
 * One measured number, as written to {@code eval-results.json}.
 *
 * @param capability e.g. {@code ner}, {@code time}, {@code speed}
 * @param dataset    e.g. {@code uner-en-pud}
 * @param split      {@code test}, {@code dev}, or {@code corpus} for speed
 * @param metric     e.g. {@code f1}, {@code PER.f1}, {@code value_f1}
 * @param value      the number (F1 and accuracies as percentages)
 * @param n          how many items it was computed over
 */
public record Score(String capability, String dataset, String split, String metric, double value, int n) {
}

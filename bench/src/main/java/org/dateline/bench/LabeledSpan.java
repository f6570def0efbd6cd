package org.dateline.bench;

/** A typed character span within one document, the unit the scorers compare. */
public record LabeledSpan(String doc, int start, int end, String label) {
    boolean overlaps(LabeledSpan o) {
        return doc.equals(o.doc) && start < o.end && o.start < end;
    }

    boolean sameExtent(LabeledSpan o) {
        return doc.equals(o.doc) && start == o.start && end == o.end;
    }
}

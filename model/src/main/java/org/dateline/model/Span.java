package org.dateline.model;

/** A half-open character range {@code [start, end)} into {@link Article#text()}. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}

package org.dateline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A publication date inferred from the article's own words when none was given.
 *
 * @param date       the inferred date
 * @param confidence 0..1: how far the best date beats the next one over the evidence
 * @param evidence   what supports it, readable ("'Updated May 10, 2019'", "'announced Friday' (past): a Friday")
 */
public record DateInference(LocalDate date, double confidence, List<String> evidence) {
    public DateInference {
        Objects.requireNonNull(date, "date");
        evidence = List.copyOf(evidence);
    }
}

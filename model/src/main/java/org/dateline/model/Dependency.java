package org.dateline.model;

/**
 * A Universal Dependencies edge within one sentence.
 *
 * @param relation  the UD relation, e.g. {@code nsubj}, {@code obl:tmod}
 * @param governor  token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {
}

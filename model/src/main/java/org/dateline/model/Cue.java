package org.dateline.model;

/**
 * The words that mark speech or belief: "said", "told reporters", "according to".
 *
 * @param text  the cue as written
 * @param start character offset in the article text
 * @param end   end offset (exclusive)
 */
public record Cue(String text, int start, int end) {
}

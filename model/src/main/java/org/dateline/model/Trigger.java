package org.dateline.model;

/**
 * The words that express an event ("met", "held talks", "denied").
 *
 * @param text  as written
 * @param start character offset in the article text
 * @param end   end offset (exclusive)
 */
public record Trigger(String text, int start, int end) {
}

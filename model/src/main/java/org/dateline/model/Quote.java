package org.dateline.model;

/**
 * A quote or other attribution with its speaker.
 *
 * @param text    the quoted or reported words (inside the quotation marks for marked quotes)
 * @param kind    direct, partial, mixed, nested, indirect or scare
 * @param start   character offset of {@code text}
 * @param end     end offset (exclusive)
 * @param cue     the cue, or null when the speaker is carried over from context
 * @param speaker the speaker, or null when none is given (always null for scare quotes)
 * @param parent  index in the article's quote list of the quote this one is nested in, or null
 */
public record Quote(String text, QuoteKind kind, int start, int end, Cue cue, Speaker speaker, Integer parent) {
}

package org.dateline.model;

/**
 * A time expression with its TIMEX3 type and value, normalized against the publication date.
 *
 * @param text  the expression as written
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value, e.g. {@code 2019-05-14}, {@code 2019-W20}, {@code PAST_REF}
 * @param start character offset in the article text
 * @param end   end offset (exclusive)
 */
public record TimeExpression(String text, String type, String value, int start, int end) {
}

package org.dateline.model;

/**
 * When an event happened or is to happen.
 *
 * @param value     TIMEX3 value ("2019-05-14", "2019-W20"), or null when nothing is known
 * @param text      the time expression attached to the event, or null when {@code value} is the
 *                  publication date
 * @param start     offset of {@code text}, or -1
 * @param end       end offset (exclusive), or -1
 * @param fromPublication true when no time expression attaches and {@code value} is the
 *                  publication date
 */
public record EventTime(String value, String text, int start, int end, boolean fromPublication) {
}

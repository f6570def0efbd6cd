package org.dateline.model;

/**
 * An actor or recipient of an event.
 *
 * @param entity id of the article entity it resolves to, or null when it names none
 * @param text   the words that name it in the event's sentence
 * @param start  character offset of {@code text}
 * @param end    end offset (exclusive)
 * @param code   CAMEO-style actor code (country + sector, "USAGOV"), or null when unknown
 */
public record Participant(String entity, String text, int start, int end, String code) {
}

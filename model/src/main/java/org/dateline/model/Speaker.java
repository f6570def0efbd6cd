package org.dateline.model;

/**
 * Who a quote is attributed to.
 *
 * @param text         the source as written where the quote is attributed ("the official", "he")
 * @param start        character offset of that source
 * @param end          end offset (exclusive)
 * @param entity       id of the entity it resolves to, or null for an unnamed source
 * @param name         the entity's canonical name, or for an unnamed source its fullest description
 *                     ("A senior State Department official")
 * @param organization id of the organization an unnamed source names ("State Department"), or null
 */
public record Speaker(String text, int start, int end, String entity, String name, String organization) {
}

package org.dateline.model;

/**
 * One place where an entity is referred to.
 *
 * @param start character offset in the article text
 * @param end   end offset (exclusive)
 * @param text  the text covered
 * @param kind  name, nominal or pronoun
 */
public record Mention(int start, int end, String text, MentionKind kind) {
}

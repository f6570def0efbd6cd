package org.dateline.model;

/**
 * A name found by the named-entity recognizer, before clustering.
 *
 * @param type       coarse type: PERSON, ORGANIZATION, LOCATION or MISC
 * @param sentence   index of its sentence
 * @param firstToken index of its first token in the sentence
 * @param endToken   index after its last token
 * @param start      character offset in the article text
 * @param end        end offset (exclusive)
 * @param text       the text covered
 * @param gender     MALE or FEMALE when a person's first name says so, else null
 */
public record NamedMention(String type, int sentence, int firstToken, int endToken, int start, int end,
                           String text, String gender) {
}

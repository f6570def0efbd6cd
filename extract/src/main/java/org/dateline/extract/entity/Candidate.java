package org.dateline.extract.entity;

import org.dateline.model.Token;

import java.util.List;

/**
 * A cleaned name span with what its context says about it: title, country and gender.
 *
 * @param type       PERSON, ORGANIZATION, LOCATION or MISC
 * @param sentence   sentence index
 * @param first      first token index
 * @param end        index after the last token
 * @param start      character offset
 * @param endChar    end character offset
 * @param text       the name as written
 * @param canonical  the name without honorifics, as written
 * @param words      the name's words, honorifics left out
 * @param countryKey ISO-3 code when the name itself is a country, else null
 * @param title      title or role found beside the name, or null
 * @param country    ISO-3 code from the context (demonym, "of Sweden", an implied title), or null
 * @param gender     gender said by an honorific or a gendered title
 */
record Candidate(String type, int sentence, int first, int end, int start, int endChar, String text,
                 String canonical, List<String> words, String countryKey, String title, String country, Titles.Gender gender) {

    static List<String> words(List<Token> tokens) {
        return tokens.stream().map(Token::text)
                .filter(w -> !Titles.HONORIFICS.containsKey(w.toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }
}

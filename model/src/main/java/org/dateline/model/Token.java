package org.dateline.model;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param text  the token as it stands in the article text
 * @param start character offset in the article text
 * @param end   end offset (exclusive)
 * @param lemma lemma
 * @param pos   Penn Treebank part-of-speech tag
 * @param ner   coarse named-entity tag (PERSON, ORGANIZATION, LOCATION, MISC, DATE, ... or O)
 */
public record Token(int index, String text, int start, int end, String lemma, String pos, String ner) {
    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}

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

    /** A token of punctuation only (no letter or digit). */
    public boolean isPunctuation() {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * A double quotation mark, straight, curly or in PTB form, also fused with the single mark of a
     * nested quote that closes with it ("’”").
     */
    public boolean isQuoteMark() {
        return text.equals("\"") || text.equals("“") || text.equals("”") || text.equals("``") || text.equals("''")
                || text.length() == 2 && QUOTE_CHARS.indexOf(text.charAt(0)) >= 0 && QUOTE_CHARS.indexOf(text.charAt(1)) >= 0
                && (text.indexOf('“') >= 0 || text.indexOf('”') >= 0 || text.indexOf('"') >= 0);
    }

    private static final String QUOTE_CHARS = "\"“”‘’'";
}

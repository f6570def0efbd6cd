package org.dateline.extract.event;

import java.util.List;

/**
 * One pattern of a verb: words that must stand before and after the verb, and the code it gives.
 * {@code pre} is stored nearest-first (read leftwards from the verb), {@code post} in text order.
 *
 * @param pre    elements before the verb, nearest first
 * @param post   elements after the verb
 * @param code   the CAMEO code (or "source:target" pair), or {@link #NO_EVENT} for a phrase that
 *               names no event (PETRARCH's {@code [---]}: "rally supporters", "draw a picture")
 * @param source text of the dictionary line, for explanations
 */
record VerbPattern(List<Element> pre, List<Element> post, String code, String source) {
    static final String NO_EVENT = "---";

    VerbPattern {
        pre = List.copyOf(pre);
        post = List.copyOf(post);
    }

    /** How many words the pattern asks for: more words, more specific. */
    int weight() {
        int n = 0;
        for (Element e : pre) {
            n += e.kind() == Kind.WORDS || e.kind() == Kind.PARTICLE || e.kind() == Kind.SYNSET ? e.words().size() : 0;
        }
        for (Element e : post) {
            n += e.kind() == Kind.WORDS || e.kind() == Kind.PARTICLE || e.kind() == Kind.SYNSET ? e.words().size() : 0;
        }
        return n;
    }

    /**
     * WORDS: literal words; PARTICLE: a word of a multi-word verb form ("GO_TO", "STEP_DOWN"), which
     * belongs to the verb and so is never another verb's infinitive "to"; SYNSET, SOURCE, TARGET,
     * COMPOUND (actor slots), SKIP.
     */
    enum Kind { WORDS, PARTICLE, SYNSET, SOURCE, TARGET, COMPOUND, SKIP }

    /**
     * One element: a run of adjacent words, one of a synset's alternatives, or an actor slot.
     *
     * @param kind      what it is
     * @param words     for WORDS the adjacent words in text order; for SYNSET unused
     * @param synset    for SYNSET its alternatives, each a run of adjacent words
     * @param adjacent  true when the element must touch the previous one (joined by "_")
     */
    record Element(Kind kind, List<String> words, List<List<String>> synset, boolean adjacent) {
        Element {
            words = List.copyOf(words);
            synset = synset.stream().map(List::copyOf).toList();
        }
    }
}

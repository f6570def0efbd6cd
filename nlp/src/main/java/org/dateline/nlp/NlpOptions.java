package org.dateline.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Which CoreNLP models to load. {@link #fast()} is Dateline's default: coarse NER without the
 * fine-grained KBP regexner (about half of CoreNLP's default NER time), neural UD dependencies,
 * no coreference (Dateline clusters entities itself).
 *
 * <p>The neural dependency parser is most of the time left (about 60% of it, measured on corpus
 * articles), so it runs only on the sentences some extractor reads trees of: those holding a verb or noun
 * whose lemma is one of {@code parseTriggers} (lower case), "according", or a quotation mark. An empty trigger set parses
 * every sentence. Sentences not parsed have no dependencies.
 *
 * @param nerModels     CRF models for names, applied in order
 * @param dependencies  whether to run the UD dependency parser (linear-time, so long sentences are safe)
 * @param parseTriggers lemmas that make a sentence worth parsing; empty for all sentences
 */
public record NlpOptions(List<String> nerModels, boolean dependencies, Set<String> parseTriggers) {
    static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    static final String CONLL_FOUR_CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    public NlpOptions {
        nerModels = List.copyOf(nerModels);
        parseTriggers = Set.copyOf(parseTriggers);
        if (nerModels.isEmpty()) {
            throw new IllegalArgumentException("NlpOptions needs at least one NER model");
        }
    }

    /** Dateline's default: 3-class names plus CoNLL MISC, UD dependencies, SUTime. */
    public static NlpOptions fast() {
        return new NlpOptions(List.of(THREE_CLASS, CONLL_FOUR_CLASS), true, Set.of());
    }

    /** The same options, parsing only sentences with one of these lemmas or a quotation mark. */
    public NlpOptions parsingOnly(Set<String> triggers) {
        return new NlpOptions(nerModels, dependencies, triggers);
    }

    /** Tokens at most in one sentence; longer runs (text without sentence punctuation) are split. */
    static final int MAX_SENTENCE_TOKENS = 250;

    /** The first pipeline: tokens and sentences only, so over-long sentences can be split before tagging. */
    Properties splitterProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        return p;
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", dependencies && parseTriggers.isEmpty()
                ? "pos,lemma,ner,gender,depparse" : "pos,lemma,ner,gender");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ner.model", String.join(",", nerModels));
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("sutime.markTimeRanges", "true");
        p.setProperty("sutime.includeRange", "true");
        return p;
    }

    /** A pipeline of the dependency parser alone, run on sentences already tagged. */
    Properties parserOnly() {
        Properties p = new Properties();
        p.setProperty("annotators", "depparse");
        p.setProperty("enforceRequirements", "false");
        return p;
    }

    static Properties coreNlpDefault() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        return p;
    }

    @Override
    public String toString() {
        return "NlpOptions" + Objects.toString(nerModels) + (dependencies ? "+depparse" : "");
    }
}

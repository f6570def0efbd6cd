package org.dateline.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Which CoreNLP models to load. {@link #fast()} is Dateline's default: coarse NER without the
 * fine-grained KBP regexner (about half of CoreNLP's default NER time), neural UD dependencies,
 * no coreference (Dateline clusters entities itself).
 *
 * @param nerModels       CRF models for names, applied in order
 * @param dependencies    whether to run the UD dependency parser (linear-time, so long sentences are safe)
 */
public record NlpOptions(List<String> nerModels, boolean dependencies) {
    static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    static final String CONLL_FOUR_CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    public NlpOptions {
        nerModels = List.copyOf(nerModels);
        if (nerModels.isEmpty()) {
            throw new IllegalArgumentException("NlpOptions needs at least one NER model");
        }
    }

    /** Dateline's default: 3-class names plus CoNLL MISC, UD dependencies, SUTime. */
    public static NlpOptions fast() {
        return new NlpOptions(List.of(THREE_CLASS, CONLL_FOUR_CLASS), true);
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", dependencies ? "tokenize,ssplit,pos,lemma,ner,gender,depparse" : "tokenize,ssplit,pos,lemma,ner,gender");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        p.setProperty("ner.model", String.join(",", nerModels));
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("sutime.markTimeRanges", "true");
        p.setProperty("sutime.includeRange", "true");
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

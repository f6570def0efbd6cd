package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's own quote annotator with its default English pipeline
 * ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}), kept only as the peer that
 * Dateline's quotes are scored beside. Thread-safe after construction; slow to load.
 */
public final class CoreNlpQuoteBaseline {
    /**
     * A quote CoreNLP found: its span (marks included) and its speaker mention, or -1s when none.
     */
    public record BaselineQuote(int start, int end, int speakerStart, int speakerEnd) {
    }

    private final StanfordCoreNLP pipeline;

    public CoreNlpQuoteBaseline() {
        this.pipeline = new StanfordCoreNLP(NlpOptions.coreNlpDefault());
    }

    public List<BaselineQuote> quotes(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<BaselineQuote> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) {
            return out;
        }
        for (CoreMap q : quotes) {
            Integer b = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer e = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            int ss = -1;
            int se = -1;
            if (b != null && e != null && b >= 0 && e < tokens.size()) {
                ss = tokens.get(b).beginPosition();
                se = tokens.get(e).endPosition();
            }
            out.add(new BaselineQuote(q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), ss, se));
        }
        return out;
    }
}

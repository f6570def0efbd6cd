package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.time.LocalDate;

/**
 * CoreNLP's own default pipeline ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}),
 * kept only as the yardstick for benchmarks. Thread-safe after construction; loading takes tens
 * of seconds and ~5 GB of heap.
 */
public final class CoreNlpBaseline {
    private final StanfordCoreNLP pipeline;

    public CoreNlpBaseline() {
        this.pipeline = new StanfordCoreNLP(NlpOptions.coreNlpDefault());
    }

    /** Annotates {@code text} and returns its token count. */
    public int annotate(String text, LocalDate published) {
        Annotation doc = new Annotation(text);
        if (published != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}

package org.dateline.bench;

import java.util.List;

/**
 * Published or measured-here numbers of other systems on the same data and metric, printed beside
 * Dateline's. Sources: each benchmark's {@code SOURCE.md} in {@code ../shared/benchmarks}.
 */
public final class Peers {
    /** One peer figure. */
    public record Peer(String capability, String metric, String system, double value, String source) {
    }

    private Peers() {
    }

    public static final List<Peer> ALL = List.of(
            new Peer("extraction", "f1", "trafilatura 2.0.0", 95.8, "article-extraction/SOURCE.md"),
            new Peer("extraction", "f1", "Readability.js 0.6.0", 94.7, "article-extraction/SOURCE.md"),
            new Peer("extraction", "f1", "Readability4J 1.0.8", 93.8, "article-extraction/SOURCE.md, measured"),
            new Peer("extraction", "f1", "boilerpipe", 86.0, "article-extraction/SOURCE.md"),
            new Peer("pubdate", "accuracy", "htmldate 1.10.0 extensive (all 1,000)", 90.3, "pubdate/SOURCE.md"),
            new Peer("pubdate", "accuracy", "metadata cascade (all 1,000)", 69.7, "pubdate/SOURCE.md"),
            new Peer("geo", "accuracy_161km", "plain lookup in the npm data sets", 47.7, "issue #6, measured"),
            new Peer("geo", "exact_id", "Mordecai 3", 90.1, "Halterman 2023, GeoWebNews"),
            new Peer("ner", "f1", "XLM-R-large (UNER v1 baseline)", 80.1, "Mayhew et al. 2024"),
            new Peer("ner", "f1", "CoreNLP 4.5.10 english.all.3class CRF", 74.4, "ner/SOURCE.md, measured"),
            new Peer("ner", "news.f1", "CoreNLP 4.5.10 english.all.3class CRF", 75.4, "ner/SOURCE.md, measured"),
            new Peer("ner", "PER.f1", "CoreNLP 4.5.10 english.all.3class CRF", 83.8, "ner/SOURCE.md, measured"),
            new Peer("ner", "LOC.f1", "CoreNLP 4.5.10 english.all.3class CRF", 75.0, "ner/SOURCE.md, measured"),
            new Peer("ner", "ORG.f1", "CoreNLP 4.5.10 english.all.3class CRF", 54.2, "ner/SOURCE.md, measured"),
            new Peer("time", "relaxed.f1", "HeidelTime-t", 90.30, "TempEval-3 task paper, Table 3"),
            new Peer("time", "strict.f1", "HeidelTime-t", 81.34, "TempEval-3 task paper, Table 3"),
            new Peer("time", "value.f1", "HeidelTime-t", 77.61, "TempEval-3 task paper, Table 3"),
            new Peer("time", "relaxed.f1", "SUTime", 90.32, "TempEval-3 task paper, Table 3"),
            new Peer("time", "strict.f1", "SUTime", 79.57, "TempEval-3 task paper, Table 3"),
            new Peer("time", "value.f1", "SUTime", 67.38, "TempEval-3 task paper, Table 3"),
            new Peer("time", "strict.f1", "ClearTK-1,2", 82.71, "TempEval-3 task paper, Table 3"),
            new Peer("quotes", "source.exact.f1", "BERT-Cofe (CofeNet, COLING 2022; their instances)", 83.2, "quotes/SOURCE.md"),
            new Peer("quotes", "cue.exact.f1", "BERT-Cofe (CofeNet, COLING 2022; their instances)", 75.3, "quotes/SOURCE.md"),
            new Peer("quotes", "content.exact.f1", "BERT-Cofe (CofeNet, COLING 2022; their instances)", 72.9, "quotes/SOURCE.md"),
            new Peer("quotes", "quote_speaker.direct_mixed.f1", "CoreNLP 4.5.10 quote annotator (SOURCE.md, test)", 64.3,
                    "quotes/SOURCE.md, measured"));
}

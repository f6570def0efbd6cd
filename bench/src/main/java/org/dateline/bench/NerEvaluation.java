package org.dateline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.extract.entity.Countries;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;
import org.dateline.pipeline.Analyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NER on UNER English-PUD ({@code ner/SOURCE.md}): each document's sentences are analyzed as one
 * article; Dateline's name mentions of PERSON, ORGANIZATION and LOCATION entities become PER, ORG
 * and LOC (MISC and adjectivals such as "Russian", which UNER tags O, are left out); scored by
 * exact character-span match, overall, per type, and for the news and Wikipedia halves.
 */
public final class NerEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATASET = "uner-en-pud";

    private final Analyzer analyzer;

    public NerEvaluation(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public List<Score> run(Path benchmarks) throws IOException {
        Path file = benchmarks.resolve("ner/en_pud-test.entities.jsonl");
        Map<String, List<JsonNode>> docs = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = JSON.readTree(line);
                docs.computeIfAbsent(n.get("doc_id").asText(), k -> new ArrayList<>()).add(n);
            }
        }
        List<LabeledSpan> gold = new ArrayList<>();
        List<LabeledSpan> predicted = new ArrayList<>();
        for (var doc : docs.entrySet()) {
            evaluate(doc.getKey(), doc.getValue(), gold, predicted);
        }
        return scores(gold, predicted);
    }

    private void evaluate(String docId, List<JsonNode> sentences, List<LabeledSpan> gold, List<LabeledSpan> predicted) {
        List<String> texts = sentences.stream().map(s -> s.get("text").asText()).toList();
        List<Integer> offsets = new ArrayList<>();
        Article article = Documents.of(docId, texts, null, offsets);
        for (int i = 0; i < sentences.size(); i++) {
            for (JsonNode e : sentences.get(i).get("entities")) {
                gold.add(new LabeledSpan(docId, offsets.get(i) + e.get("start").asInt(),
                        offsets.get(i) + e.get("end").asInt(), e.get("type").asText()));
            }
        }
        AnalyzedArticle analyzed = analyzer.analyzeClean(article);
        for (Entity e : analyzed.entities()) {
            String label = switch (e.type()) {
                case PERSON -> "PER";
                case ORGANIZATION -> "ORG";
                case LOCATION -> "LOC";
                case MISC -> null;
            };
            for (Mention m : e.mentions()) {
                if (label != null && m.kind() == MentionKind.NAME && !isAdjectival(m.text())) {
                    predicted.add(new LabeledSpan(docId, m.start(), m.end(), label));
                }
            }
        }
    }

    private static boolean isAdjectival(String text) {
        Countries c = Countries.shared();
        return c.byAdjectival(text).isPresent() && c.byName(text).isEmpty();
    }

    static List<Score> scores(List<LabeledSpan> gold, List<LabeledSpan> predicted) {
        List<Score> out = new ArrayList<>();
        add(out, "", ExactMatchScorer.score(gold, predicted));
        for (String type : List.of("PER", "ORG", "LOC")) {
            add(out, type + ".", ExactMatchScorer.score(gold, predicted, type));
        }
        for (String half : List.of("n", "w")) {
            List<LabeledSpan> g = gold.stream().filter(s -> s.doc().startsWith(half)).toList();
            List<LabeledSpan> p = predicted.stream().filter(s -> s.doc().startsWith(half)).toList();
            add(out, half.equals("n") ? "news." : "wiki.", ExactMatchScorer.score(g, p));
        }
        return out;
    }

    private static void add(List<Score> out, String prefix, Prf prf) {
        out.add(new Score("ner", DATASET, "test", prefix + "precision", 100 * prf.precision(), prf.predicted()));
        out.add(new Score("ner", DATASET, "test", prefix + "recall", 100 * prf.recall(), prf.gold()));
        out.add(new Score("ner", DATASET, "test", prefix + "f1", 100 * prf.f1(), prf.gold()));
    }
}

package org.dateline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.ingest.html.HtmlExtractor;
import org.dateline.ingest.html.HtmlPage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Main-content extraction on the Zyte article-extraction benchmark: every page through
 * {@link HtmlExtractor}, the body (paragraphs joined by blank lines) scored by
 * {@link ShingleScorer}, per {@link Halves} split ({@code -Ddateline.extraction.debug=true} lists the
 * dev half's pages below F1 0.95 on stderr).
 */
public final class ExtractionEvaluation {
    private static final String DATASET = "zyte-article-extraction";
    private static final boolean DEBUG = Boolean.getBoolean("dateline.extraction.debug");

    public List<Score> run(Path benchmarks) throws IOException {
        Path dir = benchmarks.resolve("article-extraction");
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<String> ids = new ArrayList<>();
        truth.fieldNames().forEachRemaining(ids::add);
        List<String> gold = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        HtmlExtractor extractor = new HtmlExtractor();
        List<String> devIds = ids.stream().filter(id -> Halves.of(id).equals("dev")).toList();
        long t0 = System.nanoTime();
        for (String id : ids) {
            gold.add(truth.get(id).path("articleBody").asText(""));
            byte[] html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html/" + id + ".html.gz")))) {
                html = in.readAllBytes();
            }
            HtmlPage page = extractor.extract(html, truth.get(id).path("url").asText(null), LocalDate.now());
            ours.add(String.join("\n\n", page.paragraphs()));
        }
        double ms = (System.nanoTime() - t0) / 1e6 / ids.size();
        List<Score> scores = new ArrayList<>();
        for (String split : Halves.SPLITS) {
            List<String> g = new ArrayList<>();
            List<String> o = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                if (split.equals("all") || Halves.of(ids.get(i)).equals(split)) {
                    g.add(gold.get(i));
                    o.add(ours.get(i));
                }
            }
            ShingleScorer.Result r = ShingleScorer.score(g, o);
            int n = g.size();
            scores.addAll(List.of(score(split, "f1", r.f1(), n), score(split, "precision", r.precision(), n),
                    score(split, "recall", r.recall(), n), score(split, "accuracy", r.accuracy(), n)));
            if (DEBUG && split.equals("dev")) {
                for (int i = 0; i < g.size(); i++) {
                    ShingleScorer.Result one = ShingleScorer.score(List.of(g.get(i)), List.of(o.get(i)));
                    if (one.f1() < Double.parseDouble(System.getProperty("dateline.extraction.below", "0.95"))) {
                        System.err.printf(java.util.Locale.ROOT, "EXTRACT\t%.3f\t%.3f\t%s%n", one.precision(), one.recall(),
                                devIds.get(i));
                    }
                }
            }
        }
        scores.add(new Score("extraction", DATASET, "all", "ms_per_page", ms, ids.size()));
        return scores;
    }

    private static Score score(String split, String metric, double v, int n) {
        return new Score("extraction", DATASET, split, metric, 100 * v, n);
    }
}

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
 * {@link ShingleScorer}; the published tools' outputs in {@code output/} scored the same way.
 */
public final class ExtractionEvaluation {
    private static final String DATASET = "zyte-article-extraction";

    public List<Score> run(Path benchmarks) throws IOException {
        Path dir = benchmarks.resolve("article-extraction");
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<String> ids = new ArrayList<>();
        truth.fieldNames().forEachRemaining(ids::add);
        List<String> gold = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        HtmlExtractor extractor = new HtmlExtractor();
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
        ShingleScorer.Result r = ShingleScorer.score(gold, ours);
        int n = ids.size();
        List<Score> scores = new ArrayList<>(List.of(score("f1", r.f1(), n), score("precision", r.precision(), n),
                score("recall", r.recall(), n), score("accuracy", r.accuracy(), n),
                new Score("extraction", DATASET, "test", "ms_per_page", ms, ids.size())));
        return scores;
    }

    private static Score score(String metric, double v, int n) {
        return new Score("extraction", DATASET, "test", metric, 100 * v, n);
    }
}

package org.dateline.bench;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.dateline.ingest.html.HtmlExtractor;
import org.dateline.ingest.html.HtmlPage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Publication dates on the htmldate evaluation set ({@code pubdate/SOURCE.md}): TP when our day
 * equals the label, FP when it differs, FN when we give none; accuracy = TP / N is the figure to
 * track. Both label files, scored together and apart.
 */
public final class PubdateEvaluation {
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    public List<Score> run(Path benchmarks) throws IOException {
        Path dir = benchmarks.resolve("pubdate");
        List<Score> scores = new ArrayList<>();
        int[] all = new int[3];
        for (String file : List.of("eval_mediacloud_2020.json", "eval_default.json")) {
            int[] c = score(dir, JSON.readTree(dir.resolve(file).toFile()));
            String set = file.replace("eval_", "").replace(".json", "");
            scores.addAll(scores(set, c));
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        }
        scores.addAll(scores("all", all));
        return scores;
    }

    /** tp, fp, fn. */
    private static int[] score(Path dir, JsonNode labels) throws IOException {
        HtmlExtractor extractor = new HtmlExtractor();
        int[] c = new int[3];
        Iterator<Map.Entry<String, JsonNode>> it = labels.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String file = e.getValue().path("file").asText();
            String label = e.getValue().path("date").isTextual() ? e.getValue().path("date").asText() : null;
            Path page = null;
            for (String sub : List.of("html/test_set/", "html/cache/", "html/eval/")) {
                Path p = dir.resolve(sub + file + ".gz");
                if (Files.exists(p)) {
                    page = p;
                    break;
                }
            }
            LocalDate found = null;
            if (page != null) {
                byte[] html;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                    html = in.readAllBytes();
                }
                HtmlPage p = extractor.extract(html, e.getKey(), LocalDate.now());
                found = p.published();
            }
            if (found == null) {
                c[2]++;
            } else if (label != null && found.toString().equals(label)) {
                c[0]++;
            } else {
                c[1]++;
            }
        }
        return c;
    }

    private static List<Score> scores(String set, int[] c) {
        int n = c[0] + c[1] + c[2];
        double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
        String ds = "htmldate-" + set;
        return List.of(new Score("pubdate", ds, "test", "accuracy", 100.0 * c[0] / Math.max(1, n), n),
                new Score("pubdate", ds, "test", "precision", 100 * p, n),
                new Score("pubdate", ds, "test", "recall", 100 * r, n),
                new Score("pubdate", ds, "test", "f1", 100.0 * 2 * c[0] / Math.max(1, 2 * c[0] + c[1] + c[2]), n));
    }
}

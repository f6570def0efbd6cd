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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Publication dates on the htmldate evaluation set ({@code pubdate/SOURCE.md}): TP when our day
 * equals the label, FP when it differs, FN when we give none; accuracy = TP / N is the figure to
 * track. Both label files, scored together and apart, and the pages halved into {@link Halves}
 * ({@code -Ddateline.pubdate.debug=true} lists the dev half's misses on stderr).
 */
public final class PubdateEvaluation {
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    public List<Score> run(Path benchmarks) throws IOException {
        Path dir = benchmarks.resolve("pubdate");
        List<Score> scores = new ArrayList<>();
        Map<String, int[]> bySplit = new LinkedHashMap<>();
        Halves.SPLITS.forEach(s -> bySplit.put(s, new int[3]));
        for (String file : List.of("eval_mediacloud_2020.json", "eval_default.json")) {
            int[] c = score(dir, JSON.readTree(dir.resolve(file).toFile()), bySplit);
            scores.addAll(scores(file.replace("eval_", "").replace(".json", ""), "all", c));
        }
        bySplit.forEach((split, c) -> scores.addAll(scores("all", split, c)));
        return scores;
    }

    /** tp, fp, fn of one label file; each page also counted in its {@link Halves} split and in {@code all}. */
    private static int[] score(Path dir, JsonNode labels, Map<String, int[]> bySplit) throws IOException {
        HtmlExtractor extractor = new HtmlExtractor();
        boolean debug = Boolean.getBoolean("dateline.pubdate.debug");
        int[] c = new int[3];
        Iterator<Map.Entry<String, JsonNode>> it = labels.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String file = e.getValue().path("file").asText();
            String label = e.getValue().path("date").isTextual() ? e.getValue().path("date").asText() : null;
            String split = Halves.of(e.getKey());
            Path page = null;
            for (String sub : List.of("html/test_set/", "html/cache/", "html/eval/")) {
                Path p = dir.resolve(sub + file + ".gz");
                if (Files.exists(p)) {
                    page = p;
                    break;
                }
            }
            LocalDate found = null;
            String source = null;
            if (page != null) {
                byte[] html;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                    html = in.readAllBytes();
                }
                HtmlPage p = extractor.extract(html, e.getKey(), LocalDate.now());
                found = p.published();
                source = p.dateSource();
            }
            int outcome = found == null ? 2 : label != null && found.toString().equals(label) ? 0 : 1;
            c[outcome]++;
            bySplit.get(split)[outcome]++;
            bySplit.get("all")[outcome]++;
            if (debug && outcome != 0 && split.equals("dev")) {
                System.err.println("PUBDATE\t" + label + "\t" + found + "\t" + source + "\t" + page + "\t" + e.getKey());
            }
        }
        return c;
    }

    private static List<Score> scores(String set, String split, int[] c) {
        int n = c[0] + c[1] + c[2];
        double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
        String ds = "htmldate-" + set;
        return List.of(new Score("pubdate", ds, split, "accuracy", 100.0 * c[0] / Math.max(1, n), n),
                new Score("pubdate", ds, split, "precision", 100 * p, n),
                new Score("pubdate", ds, split, "recall", 100 * r, n),
                new Score("pubdate", ds, split, "f1", 100.0 * 2 * c[0] / Math.max(1, 2 * c[0] + c[1] + c[2]), n));
    }
}

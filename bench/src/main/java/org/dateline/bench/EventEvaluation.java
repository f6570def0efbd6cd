package org.dateline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.extract.event.ActorDictionary;
import org.dateline.extract.event.PetrarchCoder;
import org.dateline.extract.event.VerbDictionary;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Metadata;
import org.dateline.model.Participant;
import org.dateline.model.Sentence;
import org.dateline.model.Span;
import org.dateline.pipeline.Analyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Event coding on the two event anchors ({@code events/SOURCE.md}): (a) the PETRARCH2 unit-test
 * records, coded with their validation dictionaries read by our dictionary readers over our own
 * parse (not the gold parse): P/R/F1 over (source, target, code) triples, exact and at root-code
 * level, and the share of sentences with extra events; (b) the PLOVER gold sentences, coded by the
 * full pipeline: event-type accuracy (first event, any event), coverage, and actor country and
 * sector accuracy where the type is right. Every sentence is parsed.
 */
public final class EventEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Analyzer analyzer;

    public EventEvaluation(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public List<Score> run(Path benchmarks) throws IOException {
        List<Score> out = new ArrayList<>(petrarch(benchmarks.resolve("events/petrarch2-unittest")));
        out.addAll(plover(benchmarks.resolve("events/plover/plover_gsr_cameo_v08.jsonl")));
        return out;
    }

    /** See {@link Halves}: tuned on {@code dev}, {@code test} held out. */
    static String split(String id) {
        return Halves.of(id);
    }

    private static final List<String> SPLITS = Halves.SPLITS;

    private List<Score> petrarch(Path dir) throws IOException {
        VerbDictionary verbs = VerbDictionary.read(dir.resolve("PETR.Validate.verbs.txt"));
        ActorDictionary actors = ActorDictionary.read(List.of(dir.resolve("PETR.Validate.actors.txt")),
                List.of(dir.resolve("PETR.Validate.agents.txt")));
        PetrarchCoder dyads = new PetrarchCoder(verbs, actors);
        PetrarchCoder singles = new PetrarchCoder(verbs, actors, false);
        // per split: tp, fp, fn, root tp, root fp, root fn, sentences with extra events, records
        Map<String, int[]> counts = new HashMap<>();
        for (JsonNode r : lines(dir.resolve("petr_unittest_records.jsonl"))) {
            if (!r.path("expected_error").isNull() && !r.path("expected_error").isMissingNode()) {
                continue;
            }
            String split = split(r.get("id").asText());
            // each record states the options PETRARCH codes it with; require_dyad is the one we model
            PetrarchCoder coder = r.path("config_overrides").path("require_dyad").asText("true").equalsIgnoreCase("false")
                    ? singles : dyads;
            LocalDate date = LocalDate.parse(r.get("date").asText(), DateTimeFormatter.BASIC_ISO_DATE);
            AnalyzedArticle a = analyzer.analyzeClean(article(r.get("id").asText(), r.get("text").asText(), date), true);
            List<String> system = new ArrayList<>();
            for (Sentence s : a.sentences()) {
                for (PetrarchCoder.Triple t : coder.code(s, date)) {
                    system.add(t.source() + "|" + t.target() + "|" + t.code());
                }
            }
            List<String> gold = new ArrayList<>();
            for (JsonNode e : r.path("expected_events")) {
                gold.add(e.get("source").asText() + "|" + e.get("target").asText() + "|" + e.get("code").asText());
            }
            int[] exact = overlap(gold, system);
            if (Boolean.getBoolean("dateline.events.debug") && split.equals("dev") && (exact[1] > 0 || exact[2] > 0)) {
                System.err.println("REC " + r.get("id").asText() + " gold=" + gold + " system=" + system + "\n    "
                        + r.get("text").asText());
            }
            int[] root = overlap(gold.stream().map(EventEvaluation::root).toList(), system.stream().map(EventEvaluation::root).toList());
            for (String key : List.of(split, "all")) {
                int[] c = counts.computeIfAbsent(key, k -> new int[8]);
                c[0] += exact[0];
                c[1] += exact[1];
                c[2] += exact[2];
                c[3] += root[0];
                c[4] += root[1];
                c[5] += root[2];
                c[6] += exact[1] > 0 ? 1 : 0;
                c[7]++;
            }
        }
        String ds = "petrarch2-unittest";
        List<Score> out = new ArrayList<>();
        for (String split : SPLITS) {
            int[] c = counts.getOrDefault(split, new int[8]);
            out.addAll(prf(ds, split, "exact", c[0], c[1], c[2]));
            out.addAll(prf(ds, split, "root", c[3], c[4], c[5]));
            out.add(new Score("events", ds, split, "extra_event_sentences.pct", pct(c[6], c[7]), c[7]));
        }
        return out;
    }

    private static List<Score> prf(String ds, String split, String level, int tp, int fp, int fn) {
        Prf p = Prf.of(tp, tp + fp, tp + fn);
        return List.of(new Score("events", ds, split, level + ".precision", 100 * p.precision(), p.predicted()),
                new Score("events", ds, split, level + ".recall", 100 * p.recall(), p.gold()),
                new Score("events", ds, split, level + ".f1", 100 * p.f1(), p.gold()));
    }

    /** Root-code triple: the first two digits of the code (test-only codes keep theirs). */
    private static String root(String triple) {
        int bar = triple.lastIndexOf('|');
        String code = triple.substring(bar + 1);
        return triple.substring(0, bar + 1) + (code.length() > 2 ? code.substring(0, 2) : code);
    }

    /** {true positives, false positives, false negatives} of two multisets. */
    static int[] overlap(List<String> gold, List<String> system) {
        Map<String, Integer> left = new HashMap<>();
        for (String g : gold) {
            left.merge(g, 1, Integer::sum);
        }
        int tp = 0;
        for (String s : system) {
            Integer n = left.get(s);
            if (n != null && n > 0) {
                left.put(s, n - 1);
                tp++;
            }
        }
        return new int[]{tp, system.size() - tp, gold.size() - tp};
    }

    private List<Score> plover(Path file) throws IOException {
        // per split: n, covered, first, any, country n, country ok, sector n, sector ok
        Map<String, int[]> counts = new HashMap<>();
        for (JsonNode r : lines(file)) {
            String split = split(r.get("id").asText());
            int[] one = new int[8];
            one[0] = 1;
            String gold = r.get("event").asText();
            AnalyzedArticle a = analyzer.analyzeClean(article(r.get("id").asText(), r.get("text").asText(),
                    LocalDate.of(2000, 1, 1)), true);
            List<Event> events = a.events().stream().filter(e -> e.type() != null).toList();
            if (Boolean.getBoolean("dateline.events.debug") && split.equals("dev")
                    && events.stream().noneMatch(e -> gold.equals(e.type()))) {
                System.err.println("PLOVER " + r.get("id").asText() + " gold=" + gold + " system="
                        + events.stream().map(e -> e.type() + "/" + e.cameo() + ":" + e.trigger().text()).toList() + "\n    "
                        + r.get("text").asText());
            }
            if (!events.isEmpty()) {
                one[1] = 1;
                one[2] = gold.equals(events.get(0).type()) ? 1 : 0;
                Event match = events.stream().filter(e -> gold.equals(e.type())).findFirst().orElse(null);
                if (match != null) {
                    one[3] = 1;
                    JsonNode actor = r.path("actor").path(0);
                    if (!actor.isMissingNode() && !match.actors().isEmpty()) {
                        String code = match.actors().get(0).code();
                        String goldCountry = actor.path("code").asText("");
                        if (goldCountry.length() >= 3) {
                            one[4] = 1;
                            one[5] = code != null && code.startsWith(goldCountry.substring(0, 3)) ? 1 : 0;
                        }
                        String goldSector = actor.path("sector").asText("");
                        if (!goldSector.isEmpty()) {
                            one[6] = 1;
                            one[7] = code != null && code.length() > 3 && code.substring(3).startsWith(goldSector) ? 1 : 0;
                        }
                        if (Boolean.getBoolean("dateline.events.debug") && split.equals("dev")
                                && ((one[4] == 1 && one[5] == 0) || (one[6] == 1 && one[7] == 0))) {
                            System.err.println("PLOVER-ACTOR " + r.get("id").asText() + " gold=" + actor.path("text").asText()
                                    + "/" + actor.path("code").asText("") + "/" + goldSector + " system="
                                    + match.actors().get(0).text() + "/" + code + "\n    " + r.get("text").asText());
                        }
                    }
                }
            }
            for (String key : List.of(split, "all")) {
                int[] c = counts.computeIfAbsent(key, k -> new int[8]);
                for (int i = 0; i < 8; i++) {
                    c[i] += one[i];
                }
            }
        }
        String ds = "plover-gsr-v08";
        List<Score> out = new ArrayList<>();
        for (String split : SPLITS) {
            int[] c = counts.getOrDefault(split, new int[8]);
            out.add(new Score("events", ds, split, "type.accuracy.first", pct(c[2], c[0]), c[0]));
            out.add(new Score("events", ds, split, "type.accuracy.any", pct(c[3], c[0]), c[0]));
            out.add(new Score("events", ds, split, "coverage", pct(c[1], c[0]), c[0]));
            out.add(new Score("events", ds, split, "actor.country.accuracy", pct(c[5], c[4]), c[4]));
            out.add(new Score("events", ds, split, "actor.sector.accuracy", pct(c[7], c[6]), c[6]));
        }
        return out;
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    private static Article article(String id, String text, LocalDate date) {
        return new Article(id, "", text, List.of(new Span(0, text.length())), Metadata.empty().withPublished(date),
                List.of(), List.of());
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }
}

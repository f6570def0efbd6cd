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

    private List<Score> petrarch(Path dir) throws IOException {
        VerbDictionary verbs = VerbDictionary.read(dir.resolve("PETR.Validate.verbs.txt"));
        ActorDictionary actors = ActorDictionary.read(List.of(dir.resolve("PETR.Validate.actors.txt")),
                List.of(dir.resolve("PETR.Validate.agents.txt")));
        PetrarchCoder coder = new PetrarchCoder(verbs, actors);
        int tp = 0, fp = 0, fn = 0, rootTp = 0, rootFp = 0, rootFn = 0, extra = 0, records = 0;
        for (JsonNode r : lines(dir.resolve("petr_unittest_records.jsonl"))) {
            if (!r.path("expected_error").isNull() && !r.path("expected_error").isMissingNode()) {
                continue;
            }
            records++;
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
            tp += exact[0];
            fp += exact[1];
            fn += exact[2];
            int[] root = overlap(gold.stream().map(EventEvaluation::root).toList(), system.stream().map(EventEvaluation::root).toList());
            rootTp += root[0];
            rootFp += root[1];
            rootFn += root[2];
            if (exact[1] > 0) {
                extra++;
            }
        }
        String ds = "petrarch2-unittest";
        List<Score> out = new ArrayList<>(prf(ds, "exact", tp, fp, fn));
        out.addAll(prf(ds, "root", rootTp, rootFp, rootFn));
        out.add(new Score("events", ds, "unit-test", "extra_event_sentences.pct", pct(extra, records), records));
        return out;
    }

    private static List<Score> prf(String ds, String level, int tp, int fp, int fn) {
        Prf p = Prf.of(tp, tp + fp, tp + fn);
        return List.of(new Score("events", ds, "unit-test", level + ".precision", 100 * p.precision(), p.predicted()),
                new Score("events", ds, "unit-test", level + ".recall", 100 * p.recall(), p.gold()),
                new Score("events", ds, "unit-test", level + ".f1", 100 * p.f1(), p.gold()));
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
        int n = 0, covered = 0, first = 0, any = 0, countryN = 0, countryOk = 0, sectorN = 0, sectorOk = 0;
        for (JsonNode r : lines(file)) {
            n++;
            String gold = r.get("event").asText();
            AnalyzedArticle a = analyzer.analyzeClean(article(r.get("id").asText(), r.get("text").asText(),
                    LocalDate.of(2000, 1, 1)), true);
            List<Event> events = a.events().stream().filter(e -> e.type() != null).toList();
            if (events.isEmpty()) {
                continue;
            }
            covered++;
            if (gold.equals(events.get(0).type())) {
                first++;
            }
            Event match = events.stream().filter(e -> gold.equals(e.type())).findFirst().orElse(null);
            if (match == null) {
                continue;
            }
            any++;
            JsonNode actor = r.path("actor").path(0);
            if (actor.isMissingNode() || match.actors().isEmpty()) {
                continue;
            }
            String code = match.actors().get(0).code();
            String goldCountry = actor.path("code").asText("");
            if (goldCountry.length() >= 3) {
                countryN++;
                if (code != null && code.startsWith(goldCountry.substring(0, 3))) {
                    countryOk++;
                }
            }
            String goldSector = actor.path("sector").asText("");
            if (!goldSector.isEmpty()) {
                sectorN++;
                if (code != null && code.length() > 3 && code.substring(3).startsWith(goldSector)) {
                    sectorOk++;
                }
            }
        }
        String ds = "plover-gsr-v08";
        return List.of(new Score("events", ds, "gold", "type.accuracy.first", pct(first, n), n),
                new Score("events", ds, "gold", "type.accuracy.any", pct(any, n), n),
                new Score("events", ds, "gold", "coverage", pct(covered, n), n),
                new Score("events", ds, "gold", "actor.country.accuracy", pct(countryOk, countryN), countryN),
                new Score("events", ds, "gold", "actor.sector.accuracy", pct(sectorOk, sectorN), sectorN));
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

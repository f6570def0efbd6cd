package org.dateline.bench;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.TimeExpression;
import org.dateline.pipeline.Analyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Time expressions on the TempEval-3 platinum test set ({@code tempeval3/SOURCE.md}): the
 * official input's TEXT is analyzed with its DCT as publication date; the gold TIMEX3 tags of the
 * platinum files give the extents, types and values, scored by {@link TimexScorer}. The set ships no
 * development split, so documents are halved by {@link Halves}; {@code -Ddateline.time.debug=true}
 * lists the dev half's timexes beside ours on stderr.
 */
public final class TimeEvaluation {
    private static final String DATASET = "tempeval3-platinum";
    private static final boolean DEBUG = Boolean.getBoolean("dateline.time.debug");
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*)</TEXT>", Pattern.DOTALL);
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})\"", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final Analyzer analyzer;

    public TimeEvaluation(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public List<Score> run(Path benchmarks) throws IOException {
        Path goldDir = benchmarks.resolve("tempeval3/te3-platinum");
        Map<String, List<TimexScorer.Timex>> gold = new HashMap<>();
        Map<String, List<TimexScorer.Timex>> system = new HashMap<>();
        Halves.SPLITS.forEach(s -> {
            gold.put(s, new ArrayList<>());
            system.put(s, new ArrayList<>());
        });
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        for (Path f : files) {
            String doc = f.getFileName().toString();
            String split = Halves.of(doc);
            String xml = Files.readString(f);
            Matcher dct = DCT.matcher(xml);
            Matcher text = TEXT.matcher(xml);
            if (!dct.find() || !text.find()) {
                throw new IOException(f + ": no DCT or TEXT");
            }
            List<TimexScorer.Timex> docGold = new ArrayList<>();
            String plain = stripTags(doc, text.group(1), docGold);
            Article article = new Article(doc, "", plain, List.of(),
                    org.dateline.model.Metadata.empty().withPublished(LocalDate.parse(dct.group(1))), List.of(), List.of());
            AnalyzedArticle a = analyzer.analyzeClean(article);
            List<TimexScorer.Timex> docSystem = new ArrayList<>();
            for (TimeExpression t : a.times()) {
                docSystem.add(new TimexScorer.Timex(new LabeledSpan(doc, t.start(), t.end(), t.type()),
                        t.value() == null ? "" : t.value()));
            }
            for (String key : List.of(split, "all")) {
                gold.get(key).addAll(docGold);
                system.get(key).addAll(docSystem);
            }
            if (DEBUG && split.equals("dev")) {
                debug(plain, dct.group(1), docGold, docSystem);
            }
        }
        List<Score> out = new ArrayList<>();
        for (String split : Halves.SPLITS) {
            out.addAll(scores(TimexScorer.score(gold.get(split), system.get(split)), gold.get(split).size(), split));
        }
        return out;
    }

    /** Dev documents only: each gold timex with what we gave for it, then what we gave that no gold timex overlaps. */
    private static void debug(String text, String dct, List<TimexScorer.Timex> gold, List<TimexScorer.Timex> system) {
        for (TimexScorer.Timex g : gold) {
            List<TimexScorer.Timex> over = system.stream().filter(s -> s.span().overlaps(g.span())).toList();
            String ours = over.stream().map(s -> "'" + text.substring(s.span().start(), s.span().end()) + "' " + s.span().label()
                    + " " + s.value()).reduce((x, y) -> x + " | " + y).orElse("-");
            boolean ok = over.stream().anyMatch(s -> s.value().equals(g.value()));
            String context = text.substring(Math.max(0, g.span().start() - 60), Math.min(text.length(), g.span().end() + 40))
                    .replace('\n', ' ');
            System.err.println((ok ? "TIMEX ok\t" : "TIMEX BAD\t") + dct + "\t'" + text.substring(g.span().start(), g.span().end())
                    + "' " + g.span().label() + " " + g.value() + "\t=> " + ours + "\t" + context);
        }
        for (TimexScorer.Timex s : system) {
            if (gold.stream().noneMatch(g -> g.span().overlaps(s.span()))) {
                System.err.println("TIMEX EXTRA\t" + dct + "\t'" + text.substring(s.span().start(), s.span().end()) + "' "
                        + s.span().label() + " " + s.value());
            }
        }
    }

    /** Removes TimeML tags from {@code inner}, collecting TIMEX3 spans on the plain text. */
    static String stripTags(String doc, String inner, List<TimexScorer.Timex> gold) {
        StringBuilder plain = new StringBuilder();
        Matcher m = TAG.matcher(inner);
        int last = 0;
        int timexStart = -1;
        String type = null;
        String value = null;
        while (m.find()) {
            plain.append(unescape(inner.substring(last, m.start())));
            last = m.end();
            if (!m.group(2).equals("TIMEX3")) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                timexStart = plain.length();
                Matcher a = ATTR.matcher(m.group(3));
                type = null;
                value = null;
                while (a.find()) {
                    if (a.group(1).equals("type")) {
                        type = a.group(2);
                    } else if (a.group(1).equals("value")) {
                        value = a.group(2);
                    }
                }
            } else if (timexStart >= 0) {
                gold.add(new TimexScorer.Timex(new LabeledSpan(doc, timexStart, plain.length(), type), value));
                timexStart = -1;
            }
        }
        plain.append(unescape(inner.substring(last)));
        return plain.toString();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    static List<Score> scores(TimexScorer.Result r, int n, String split) {
        return List.of(
                new Score("time", DATASET, split, "strict.precision", 100 * r.strict().precision(), r.strict().predicted()),
                new Score("time", DATASET, split, "strict.recall", 100 * r.strict().recall(), n),
                new Score("time", DATASET, split, "strict.f1", 100 * r.strict().f1(), n),
                new Score("time", DATASET, split, "relaxed.precision", 100 * r.relaxed().precision(), r.relaxed().predicted()),
                new Score("time", DATASET, split, "relaxed.recall", 100 * r.relaxed().recall(), n),
                new Score("time", DATASET, split, "relaxed.f1", 100 * r.relaxed().f1(), n),
                new Score("time", DATASET, split, "value.accuracy", 100 * r.valueAccuracy(), r.relaxedMatches()),
                new Score("time", DATASET, split, "type.accuracy", 100 * r.typeAccuracy(), r.relaxedMatches()),
                new Score("time", DATASET, split, "value.f1", 100 * r.valueF1(), n),
                new Score("time", DATASET, split, "type.f1", 100 * r.typeF1(), n));
    }
}

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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Time expressions on the TempEval-3 platinum test set ({@code tempeval3/SOURCE.md}): the
 * official input's TEXT is analyzed with its DCT as publication date; the gold TIMEX3 tags of the
 * platinum files give the extents, types and values, scored by {@link TimexScorer}.
 */
public final class TimeEvaluation {
    private static final String DATASET = "tempeval3-platinum";
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
        List<TimexScorer.Timex> gold = new ArrayList<>();
        List<TimexScorer.Timex> system = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        for (Path f : files) {
            String doc = f.getFileName().toString();
            String xml = Files.readString(f);
            Matcher dct = DCT.matcher(xml);
            Matcher text = TEXT.matcher(xml);
            if (!dct.find() || !text.find()) {
                throw new IOException(f + ": no DCT or TEXT");
            }
            String plain = stripTags(doc, text.group(1), gold);
            Article article = new Article(doc, "", plain, List.of(),
                    org.dateline.model.Metadata.empty().withPublished(LocalDate.parse(dct.group(1))), List.of(), List.of());
            AnalyzedArticle a = analyzer.analyzeClean(article);
            for (TimeExpression t : a.times()) {
                system.add(new TimexScorer.Timex(new LabeledSpan(doc, t.start(), t.end(), t.type()),
                        t.value() == null ? "" : t.value()));
            }
        }
        TimexScorer.Result r = TimexScorer.score(gold, system);
        return scores(r, gold.size());
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

    static List<Score> scores(TimexScorer.Result r, int n) {
        return List.of(
                new Score("time", DATASET, "test", "strict.precision", 100 * r.strict().precision(), r.strict().predicted()),
                new Score("time", DATASET, "test", "strict.recall", 100 * r.strict().recall(), n),
                new Score("time", DATASET, "test", "strict.f1", 100 * r.strict().f1(), n),
                new Score("time", DATASET, "test", "relaxed.precision", 100 * r.relaxed().precision(), r.relaxed().predicted()),
                new Score("time", DATASET, "test", "relaxed.recall", 100 * r.relaxed().recall(), n),
                new Score("time", DATASET, "test", "relaxed.f1", 100 * r.relaxed().f1(), n),
                new Score("time", DATASET, "test", "value.accuracy", 100 * r.valueAccuracy(), r.relaxedMatches()),
                new Score("time", DATASET, "test", "type.accuracy", 100 * r.typeAccuracy(), r.relaxedMatches()),
                new Score("time", DATASET, "test", "value.f1", 100 * r.valueF1(), n),
                new Score("time", DATASET, "test", "type.f1", 100 * r.typeF1(), n));
    }
}

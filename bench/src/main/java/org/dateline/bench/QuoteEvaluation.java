package org.dateline.bench;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Metadata;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Span;
import org.dateline.nlp.CoreNlpQuoteBaseline;
import org.dateline.pipeline.Analyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotes and attributions on PolNeAR, protocol D of {@code quotes/SOURCE.md}: character offsets on
 * the article text, spans trimmed of white space, one annotation per article ({@code canonical.tsv}).
 * Our quotes sharing a cue form one attribution (as "“A,” he said, “B.”" is one in PolNeAR), and
 * so does a marked quote whose speaker was carried over from the marked quote before it; a marked
 * quote's content includes its marks, as PolNeAR's does.
 */
public final class QuoteEvaluation {
    private static final String DATASET = "polnear";
    private static final Pattern ENTITY = Pattern.compile("^(T\\d+)\\t(\\S+) ([\\d ;]+)\\t");
    private static final Pattern EVENT = Pattern.compile("^E\\d+\\t(.*)$");

    private final Analyzer analyzer;
    private final boolean baseline;

    /** @param baseline also run CoreNLP's quote annotator on the same articles and score it the same way */
    public QuoteEvaluation(Analyzer analyzer, boolean baseline) {
        this.analyzer = analyzer;
        this.baseline = baseline;
    }

    public List<Score> run(Path benchmarks, String split) throws IOException {
        CoreNlpQuoteBaseline core = baseline ? new CoreNlpQuoteBaseline() : null;
        List<AttributionScorer.Doc> coreDocs = new ArrayList<>();
        Path root = benchmarks.resolve("quotes");
        List<AttributionScorer.Doc> docs = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("canonical.tsv"))) {
            String[] cols = line.split("\t");
            if (cols.length < 4 || !cols[0].equals(split)) {
                continue;
            }
            String text = Files.readString(root.resolve(cols[2]));
            List<AttributionScorer.Attr> gold = gold(text, Files.readAllLines(root.resolve(cols[3])));
            AnalyzedArticle analyzed = analyzer.analyzeClean(article(cols[1], text));
            List<AttributionScorer.Attr> ours = predicted(analyzed.quotes(), text);
            docs.add(new AttributionScorer.Doc(gold, ours));
            if (Boolean.getBoolean("dateline.quotes.debug") && !split.equals("test")) {
                debugSources(gold, ours, text);
                debugSpeakers(gold, ours, text);
            }
            if (core != null) {
                coreDocs.add(new AttributionScorer.Doc(gold, baselineAttributions(core.quotes(text))));
            }
        }
        List<Score> scores = new ArrayList<>(AttributionScorer.score(docs).scores(DATASET, split));
        if (core != null) {
            for (Score s : AttributionScorer.score(coreDocs).scores(DATASET, split)) {
                if (s.metric().startsWith("quote_speaker") || s.metric().startsWith("content") || s.metric().startsWith("source")) {
                    scores.add(new Score(s.capability(), s.dataset(), s.split(), "corenlp_quote." + s.metric(), s.value(), s.n()));
                }
            }
        }
        return scores;
    }

    /** Prints gold and predicted sources of attributions whose cues overlap but whose sources differ (dev/train only). */
    private static void debugSources(List<AttributionScorer.Attr> gold, List<AttributionScorer.Attr> ours, String text) {
        for (AttributionScorer.Attr g : gold) {
            if (g.cue() != null && ours.stream().noneMatch(o -> o.cue() != null && g.cue().start() < o.cue().end()
                    && o.cue().start() < g.cue().end())) {
                System.err.println("MISS\t" + text.substring(g.cue().start(), g.cue().end()).replace('\n', ' ') + "\t"
                        + text.substring(Math.max(0, g.cue().start() - 80), Math.min(text.length(), g.cue().end() + 60))
                        .replace('\n', ' '));
            }
        }
        for (AttributionScorer.Attr o : ours) {
            if (o.cue() != null && gold.stream().noneMatch(g -> g.cue() != null && g.cue().start() < o.cue().end()
                    && o.cue().start() < g.cue().end())) {
                System.err.println("EXTRA\t" + text.substring(o.cue().start(), o.cue().end()).replace('\n', ' ') + "\t"
                        + text.substring(Math.max(0, o.cue().start() - 80), Math.min(text.length(), o.cue().end() + 60)).replace('\n', ' '));
            }
        }
        for (AttributionScorer.Attr g : gold) {
            for (AttributionScorer.Attr o : ours) {
                if (g.cue() != null && o.cue() != null && g.cue().start() < o.cue().end() && o.cue().start() < g.cue().end()
                        && !g.source().equals(o.source())) {
                    System.err.println("SRC\t" + spans(g.source(), text) + "\t" + spans(o.source(), text));
                }
                if (g.cue() != null && o.cue() != null && g.cue().start() < o.cue().end() && o.cue().start() < g.cue().end()
                        && !g.content().equals(o.content())) {
                    System.err.println("CONTENT\t" + spans(g.content(), text) + "\t" + spans(o.content(), text) + "\t"
                            + text.substring(g.cue().start(), g.cue().end()));
                }
            }
        }
    }

    /** Marked quotes whose speaker is wrong or missing: ours beside the gold attribution that shares most of its words. */
    private static void debugSpeakers(List<AttributionScorer.Attr> gold, List<AttributionScorer.Attr> ours, String text) {
        for (AttributionScorer.Attr o : ours) {
            if (!o.marked()) {
                continue;
            }
            AttributionScorer.Attr best = null;
            long bestShared = 0;
            for (AttributionScorer.Attr g : gold) {
                long n = 0;
                for (Span x : o.content()) {
                    for (Span y : g.content()) {
                        n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
                    }
                }
                if (n > bestShared) {
                    best = g;
                    bestShared = n;
                }
            }
            String content = spans(o.content(), text);
            content = content.length() > 90 ? content.substring(0, 90) + "..." : content;
            if (best == null) {
                System.err.println("QSPK\tNO-GOLD\t" + spans(o.source(), text) + "\t" + content);
            } else if (best.source().stream().noneMatch(y -> o.source().stream().anyMatch(x -> x.start() < y.end() && y.start() < x.end()))) {
                System.err.println("QSPK\tWRONG\tours=" + spans(o.source(), text) + "\tgold=" + spans(best.source(), text) + "\t" + content);
            }
        }
    }

    private static String spans(List<Span> spans, String text) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(sb.isEmpty() ? "" : " | ").append(text, s.start(), s.end());
        }
        return sb.toString().replace('\n', ' ');
    }

    /** CoreNLP's quotes as cue-less attributions: content = the marked quote, source = its speaker mention. */
    static List<AttributionScorer.Attr> baselineAttributions(List<CoreNlpQuoteBaseline.BaselineQuote> quotes) {
        List<AttributionScorer.Attr> out = new ArrayList<>();
        for (CoreNlpQuoteBaseline.BaselineQuote q : quotes) {
            List<Span> source = q.speakerStart() < 0 ? List.of() : List.of(new Span(q.speakerStart(), q.speakerEnd()));
            out.add(new AttributionScorer.Attr(null, source, new ArrayList<>(List.of(new Span(q.start(), q.end()))), true));
        }
        return out;
    }

    /** The article exactly as the benchmark has it; paragraphs are blank-line blocks. */
    static Article article(String id, String text) {
        List<Span> paragraphs = new ArrayList<>();
        Matcher m = Pattern.compile("[^\\n]+(?:\\n[^\\n]+)*").matcher(text);
        while (m.find()) {
            paragraphs.add(new Span(m.start(), m.end()));
        }
        return new Article(id, "", text, paragraphs, Metadata.empty(), List.of(), List.of());
    }

    static List<AttributionScorer.Attr> gold(String text, List<String> ann) {
        Map<String, List<Span>> spans = new HashMap<>();
        for (String line : ann) {
            Matcher m = ENTITY.matcher(line);
            if (m.find()) {
                List<Span> pieces = new ArrayList<>();
                for (String piece : m.group(3).trim().split(";")) {
                    String[] se = piece.trim().split(" ");
                    Span s = trim(text, Integer.parseInt(se[0]), Integer.parseInt(se[1]));
                    if (s != null) {
                        pieces.add(s);
                    }
                }
                spans.put(m.group(1), pieces);
            }
        }
        List<AttributionScorer.Attr> out = new ArrayList<>();
        for (String line : ann) {
            Matcher m = EVENT.matcher(line);
            if (!m.find()) {
                continue;
            }
            Span cue = null;
            List<Span> source = new ArrayList<>();
            List<Span> content = new ArrayList<>();
            for (String arg : m.group(1).trim().split("\\s+")) {
                String[] rt = arg.split(":");
                if (rt.length != 2 || !spans.containsKey(rt[1])) {
                    continue;
                }
                List<Span> s = spans.get(rt[1]);
                switch (rt[0].replaceAll("\\d+$", "")) {
                    case "Cue" -> cue = s.isEmpty() ? null : s.get(0);
                    case "Source" -> source.addAll(s);
                    case "Content" -> content.addAll(s);
                    default -> { }
                }
            }
            if (cue != null) {
                boolean marked = content.stream().anyMatch(c -> text.substring(c.start(), c.end()).matches("(?s).*[\"“”].*"));
                out.add(new AttributionScorer.Attr(cue, source, content, marked));
            }
        }
        return out;
    }

    /**
     * PolNeAR's convention for a source with an appositive or relative clause: the comma that closes
     * it belongs to the span ("Scott Pruitt, the attorney general of Oklahoma, said": 863 of 962
     * such train sources); a plain source leaves the comma out (748 of 751).
     */
    static Span sourceSpan(String text, int start, int end) {
        boolean inner = text.substring(start, end).indexOf(',') >= 0;
        return inner && end < text.length() && text.charAt(end) == ',' ? new Span(start, end + 1) : new Span(start, end);
    }

    static List<AttributionScorer.Attr> predicted(List<Quote> quotes, String text) {
        Map<Integer, AttributionScorer.Attr> byCue = new LinkedHashMap<>();
        List<AttributionScorer.Attr> out = new ArrayList<>();
        AttributionScorer.Attr last = null;
        for (Quote q : quotes) {
            if (q.kind() == QuoteKind.SCARE || q.kind() == QuoteKind.NESTED || q.parent() != null // PolNeAR annotates the outermost only
                    || q.cue() == null && q.speaker() == null) {
                continue;
            }
            Span content = withMarks(text, q.start(), q.end());
            List<Span> source = q.speaker() == null ? List.of() : List.of(sourceSpan(text, q.speaker().start(), q.speaker().end()));
            boolean marked = q.kind() != QuoteKind.INDIRECT;
            if (q.cue() == null) {
                if (last != null && marked && last.marked() && last.source().equals(source)) {
                    last.content().add(content);
                } else {
                    last = new AttributionScorer.Attr(null, source, new ArrayList<>(List.of(content)), marked);
                    out.add(last);
                }
                continue;
            }
            AttributionScorer.Attr prior = byCue.get(q.cue().start());
            if (prior == null) {
                AttributionScorer.Attr a = new AttributionScorer.Attr(new Span(q.cue().start(), q.cue().end()), source,
                        new ArrayList<>(List.of(content)), marked);
                byCue.put(q.cue().start(), a);
                out.add(a);
                last = a;
            } else {
                prior.content().add(content);
            }
        }
        return out;
    }

    private static Span withMarks(String text, int start, int end) {
        int s = start > 0 && "\"“'‘`".indexOf(text.charAt(start - 1)) >= 0 ? start - 1 : start;
        int e = end < text.length() && "\"”'’".indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
        // typewriter doubles: ''...'' and ``...''
        if (s > 0 && s < start && "'`".indexOf(text.charAt(s)) >= 0 && text.charAt(s - 1) == text.charAt(s)) {
            s--;
        }
        if (e > end && e < text.length() && text.charAt(e - 1) == '\'' && text.charAt(e) == '\'') {
            e++;
        }
        return new Span(s, e);
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > start ? new Span(start, end) : null;
    }
}

package org.dateline.ingest;

import org.dateline.model.Article;
import org.dateline.model.Metadata;
import org.dateline.model.Problem;
import org.dateline.model.RawArticle;
import org.dateline.model.Removal;
import org.dateline.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Cleans a {@link RawArticle} into an {@link Article}: one paragraph per non-blank line, white
 * space folded, sentences a lost line break glued together spaced apart, and scraped residue ({@link ResidueRules}) removed and recorded. The outlet of a
 * wire dateline fills {@link Metadata#source()} when it is unknown, and the lines above the story
 * (headline again, byline, outlet: {@link FrontMatter}) fill the author and outlet. The input is not modified.
 * Thread-safe.
 */
public final class ResidueCleaner {
    private static final java.util.regex.Pattern INVISIBLE = java.util.regex.Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final java.util.regex.Pattern SPACE_BEFORE_PUNCTUATION = java.util.regex.Pattern.compile(" +([,.;:])");
    private final CleanerOptions options;

    public ResidueCleaner(CleanerOptions options) {
        this.options = options;
    }

    public Article clean(RawArticle raw) {
        List<Removal> removed = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(raw.problems());
        Metadata metadata = raw.metadata();
        StringBuilder text = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        boolean first = true;
        List<String> lines = new ArrayList<>();
        for (String line : raw.body().split("\n")) {
            lines.add(fold(line));
        }
        FrontMatter.Reading front = FrontMatter.read(lines, raw.title(), metadata, removed);
        metadata = front.metadata();
        for (int i = 0; i < lines.size(); i++) {
            String p = lines.get(i);
            if (p.isEmpty() || front.dropped().contains(i) || dropLine(p, removed)) {
                continue;
            }
            p = cutInline(p, removed);
            if (first) {
                String outlet = datelineOutlet(p);
                p = cutDateline(p, removed);
                if (outlet != null && metadata.source() == null) {
                    metadata = metadata.withSource(outlet);
                }
            }
            if (p.isEmpty() || dropLine(p, removed)) {
                continue;
            }
            boolean overflow = text.length() + p.length() > options.maxChars();
            if (overflow) {
                p = cutToFit(p, options.maxChars() - text.length() - 2);
                if (p.isEmpty()) {
                    problems.add(truncated(text.length()));
                    break;
                }
            }
            first = false;
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            paragraphs.add(new Span(text.length(), text.length() + p.length()));
            text.append(p);
            if (overflow) {
                problems.add(truncated(text.length()));
                break;
            }
        }
        if (text.isEmpty() && problems.stream().noneMatch(pr -> pr.kind().equals("binary"))) {
            problems.add(new Problem("empty", "no article text to analyze"));
        }
        String title = raw.title() == null ? "" : cutInline(fold(raw.title()), new ArrayList<>());
        return new Article(raw.id(), title, text.toString(), paragraphs, metadata, removed, problems);
    }

    private Problem truncated(int kept) {
        return new Problem("truncated", "body longer than " + options.maxChars() + " characters; analyzed the first " + kept);
    }

    /**
     * The longest head of a paragraph that fits in {@code budget} characters, cut after a sentence
     * end if there is one in the last fifth, else at a space; empty when too little room is left.
     */
    private static String cutToFit(String p, int budget) {
        if (budget < MIN_PIECE) {
            return "";
        }
        int last = budget - 1;
        int sentence = Math.max(p.lastIndexOf(". ", last), Math.max(p.lastIndexOf("? ", last), p.lastIndexOf("! ", last)));
        if (sentence > budget * 4 / 5) {
            return p.substring(0, sentence + 1);
        }
        int space = p.lastIndexOf(' ', last);
        return (space > 0 ? p.substring(0, space) : p.substring(0, budget)).strip();
    }

    private static final int MIN_PIECE = 200;

    /** Folds runs of white space (including no-break and zero-width spaces) into one space. */
    private static String fold(String s) {
        return unglue(SPACES.matcher(INVISIBLE.matcher(s).replaceAll("")).replaceAll(" ").strip());
    }

    /** A sentence end glued to the next sentence by a lost line break: "the abuse.Many reporters", "campaign.\"The". */
    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile(
            "(?<=\\p{Ll}\\p{Ll})([.!?])([\"\u201D\u201C]?)(?=\\p{Lu}\\p{Ll})");

    /**
     * Puts the space back between two sentences the scraper glued together where a paragraph
     * break was lost ("the abuse.Many reporters"); a straight quotation mark between them goes with
     * the sentence it closes when the marks before it are odd in number, else with the next one.
     * Abbreviations ("U.S.The") and domains ("politico.com") do not match.
     */
    static String unglue(String p) {
        Matcher m = GLUED.matcher(p);
        if (!m.find()) {
            return p;
        }
        StringBuilder out = new StringBuilder(p.length() + 8);
        int last = 0;
        do {
            String mark = m.group(2);
            boolean closes = mark.equals("\u201D") || mark.equals("\"") && count(p, '"', m.start(2)) % 2 == 1;
            out.append(p, last, m.start()).append(m.group(1));
            out.append(mark.isEmpty() ? " " : closes ? mark + " " : " " + mark);
            last = m.end();
        } while (m.find());
        return out.append(p.substring(last)).toString();
    }

    private static int count(String s, char c, int before) {
        int n = 0;
        for (int i = 0; i < before; i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static boolean dropLine(String p, List<Removal> removed) {
        for (ResidueRules.LineRule rule : ResidueRules.LINES) {
            if (rule.pattern().matcher(p).matches()) {
                removed.add(new Removal(rule.kind(), p));
                return true;
            }
        }
        return false;
    }

    private static String cutInline(String p, List<Removal> removed) {
        String out = p;
        for (ResidueRules.InlineRule rule : ResidueRules.INLINE) {
            if (rule.kind().equals("dateline")) {
                continue;
            }
            out = cut(out, rule, removed);
        }
        return out;
    }

    private static String cutDateline(String p, List<Removal> removed) {
        for (ResidueRules.InlineRule rule : ResidueRules.INLINE) {
            if (rule.kind().equals("dateline")) {
                String out = cut(p, rule, removed);
                if (!out.equals(p)) {
                    return out;
                }
            }
        }
        return p;
    }

    private static String cut(String p, ResidueRules.InlineRule rule, List<Removal> removed) {
        Matcher m = rule.pattern().matcher(p);
        if (!m.find()) {
            return p;
        }
        StringBuilder sb = new StringBuilder();
        int last = 0;
        do {
            sb.append(p, last, m.start());
            String kept = rule.keepGroup() > 0 ? m.group(rule.keepGroup()) : "";
            String gone = p.substring(m.start(), m.end());
            removed.add(new Removal(rule.kind(), kept.isEmpty() ? gone : gone.substring(kept.length())));
            sb.append(kept);
            last = m.end();
        } while (m.find());
        sb.append(p.substring(last));
        return fold(SPACE_BEFORE_PUNCTUATION.matcher(sb.toString()).replaceAll("$1"));
    }

    private static String datelineOutlet(String p) {
        Matcher m = ResidueRules.DATELINE_OUTLET.matcher(p);
        return m.find() ? m.group(1) : null;
    }
}

package org.dateline.extract.time;

import org.dateline.model.ParsedArticle;
import org.dateline.model.Sentence;
import org.dateline.model.TimeExpression;
import org.dateline.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the time expressions that are times. A weekday or month that is part of a name is not:
 * inside a quoted title in title case ("Fox News Sunday", "Meet the Press Sunday") or glued to an
 * organization name. Nor are "current" and "once" read as the present and the past ("the current
 * crisis", "a once-mighty party"): TIMEX3 leaves such modifiers unannotated, and a date in a web
 * address is no time of the story. Input: the parser's times; output: the ones kept, in text order. Thread-safe.
 */
public final class TimeFilter {
    private static final int MAX_TITLE_WORDS = 8;

    public List<TimeExpression> filter(ParsedArticle parsed) {
        List<TimeExpression> kept = new ArrayList<>();
        for (TimeExpression t : parsed.times()) {
            Sentence s = sentenceOf(parsed, t.start());
            if (isModifier(t) || inWebAddress(parsed.article().text(), t)) {
                continue;
            }
            if (s == null || !(insideQuotedTitle(s, t) || afterOrganizationName(s, t))) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** "https://www.example.com/2019/09/11/story": the date in a web address is the page's, not the story's. */
    private static boolean inWebAddress(String text, TimeExpression t) {
        int from = t.start();
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        String word = text.substring(from, Math.min(text.length(), Math.max(t.end(), from)));
        return word.startsWith("http://") || word.startsWith("https://") || word.startsWith("www.");
    }

    private static boolean isModifier(TimeExpression t) {
        return ("PRESENT_REF".equals(t.value()) || "PAST_REF".equals(t.value()))
                && t.text().strip().toLowerCase(java.util.Locale.ROOT).matches("current|once");
    }

    /** The sentence holding a character offset, or null. */
    static Sentence sentenceOf(ParsedArticle parsed, int offset) {
        for (Sentence s : parsed.sentences()) {
            if (offset >= s.start() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    /** True when the expression lies between quote marks that enclose only capitalised words. */
    private static boolean insideQuotedTitle(Sentence s, TimeExpression t) {
        List<Token> tokens = s.tokens();
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (tok.isQuoteMark()) {
                if (open < 0) {
                    open = i;
                    continue;
                }
                if (tokens.get(open).end() <= t.start() && tok.start() >= t.end() && allCapitalised(tokens, open + 1, i)) {
                    return true;
                }
                open = -1;
            }
        }
        return false;
    }

    private static boolean afterOrganizationName(Sentence s, TimeExpression t) {
        for (Token tok : s.tokens()) {
            if (tok.start() == t.start()) {
                int i = tok.index();
                return i > 0 && s.tokens().get(i - 1).ner().equals("ORGANIZATION")
                        && Character.isUpperCase(s.tokens().get(i - 1).text().charAt(0));
            }
        }
        return false;
    }

    private static boolean allCapitalised(List<Token> tokens, int from, int to) {
        if (to - from < 2 || to - from > MAX_TITLE_WORDS) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            boolean smallWord = w.length() <= 3 && Character.isLowerCase(w.charAt(0)) && i > from;
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0)) && !smallWord) {
                return false;
            }
        }
        return true;
    }
}

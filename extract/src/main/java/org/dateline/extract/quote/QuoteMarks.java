package org.dateline.extract.quote;

import org.dateline.model.Article;
import org.dateline.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds spans in quotation marks, paragraph by paragraph: curly and straight double marks at the
 * top level, single marks inside them (nested quotes; an apostrophe between letters is not a
 * mark), and an opening mark left open at the end of a paragraph (a quote that goes on in the next
 * paragraph), typewriter doubles ({@code ''...''}, {@code ``...''}) as double marks. A closing mark where only an opening one can stand (after a space or a dash) opens
 * a quote: scraped pages often have ” for “. Stateless; thread-safe.
 */
final class QuoteMarks {
    /**
     * A marked span.
     *
     * @param open       offset of the opening mark
     * @param close      offset of the closing mark, or the paragraph end when unclosed
     * @param parent     index of the enclosing span (nested), or -1
     * @param closed     false when the paragraph ended first
     * @param paragraph  index of its paragraph
     * @param width      characters of each mark: 1, or 2 for typewriter doubles (''...'' and ``...'')
     */
    record Marked(int open, int close, int parent, boolean closed, int paragraph, int width) {
        Marked(int open, int close, int parent, boolean closed, int paragraph) {
            this(open, close, parent, closed, paragraph, 1);
        }

        int innerStart() {
            return open + width;
        }

        int innerEnd() {
            return close;
        }

        /** The offset just after the closing mark. */
        int closeEnd() {
            return close + width;
        }
    }

    private QuoteMarks() {
    }

    static List<Marked> find(Article article) {
        List<Marked> out = new ArrayList<>();
        String text = article.text();
        List<Span> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            scan(text, paragraphs.get(p), p, out);
        }
        return out;
    }

    private static void scan(String text, Span para, int p, List<Marked> out) {
        int outerOpen = -1;
        int outerIndex = -1;
        int outerWidth = 1;
        int innerOpen = -1;
        for (int i = para.start(); i < para.end(); i++) {
            char c = text.charAt(i);
            // Typewriter doubles, as in newspaper archives: ''quoted'' or ``quoted''.
            boolean doubled = i + 1 < para.end() && (c == '\'' || c == '`') && text.charAt(i + 1) == c;
            if (doubled && outerOpen < 0 && (c == '`' || opens(text, i, para))) {
                outerOpen = i;
                outerIndex = out.size();
                outerWidth = 2;
                out.add(null);
                i++;
                continue;
            }
            if (doubled && c == '\'' && outerOpen >= 0 && outerWidth == 2) {
                out.set(outerIndex, new Marked(outerOpen, i, -1, true, p, 2));
                outerOpen = -1;
                outerWidth = 1;
                innerOpen = -1;
                i++;
                continue;
            }
            if (outerOpen < 0) {
                if (c == '“' || (c == '"' || c == '”') && opens(text, i, para)) {
                    outerOpen = i;
                    outerIndex = out.size();
                    out.add(null);
                }
            } else if (outerWidth == 1 && (c == '”' || c == '"' || c == '“')) {
                if (innerOpen >= 0) {
                    innerOpen = -1;
                }
                out.set(outerIndex, new Marked(outerOpen, i, -1, true, p));
                outerOpen = -1;
                if (c == '“') {
                    outerOpen = i;
                    outerIndex = out.size();
                    out.add(null);
                }
            } else if (innerOpen < 0 && (c == '‘' || c == '\'' && opens(text, i, para))) {
                innerOpen = i;
            } else if (innerOpen >= 0 && (c == '’' || c == '\'') && closesSingle(text, i, para)) {
                if (i - innerOpen > 1) {
                    out.add(new Marked(innerOpen, i, outerIndex, true, p));
                }
                innerOpen = -1;
            }
        }
        if (outerOpen >= 0) {
            int end = para.end();
            out.set(outerIndex, new Marked(outerOpen, end, -1, false, p, outerWidth));
        }
    }

    /** A straight mark opens at the paragraph start or after a space or opening punctuation. */
    private static boolean opens(String text, int i, Span para) {
        if (i == para.start()) {
            return true;
        }
        char prev = text.charAt(i - 1);
        return Character.isWhitespace(prev) || "([{—–-/“".indexOf(prev) >= 0;
    }

    /** A single closing mark is not an apostrophe: no letter follows it. */
    private static boolean closesSingle(String text, int i, Span para) {
        return i + 1 >= para.end() || !Character.isLetter(text.charAt(i + 1));
    }
}

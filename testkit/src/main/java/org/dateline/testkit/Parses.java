package org.dateline.testkit;

import org.dateline.model.Article;
import org.dateline.model.NamedMention;
import org.dateline.model.ParsedArticle;
import org.dateline.model.Sentence;
import org.dateline.model.TimeExpression;
import org.dateline.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link ParsedArticle} without CoreNLP, for stage tests: a regex tokenizer, one sentence
 * per paragraph, part-of-speech tags guessed from word shape and the word before (enough for
 * the extract stages' rules), and names and times given by the test. Not a parser: tests that need real tags belong
 * in the pipeline module.
 */
public final class Parses {
    private static final Pattern TOKEN = Pattern.compile("[’']s\\b|\\p{L}+(?:\\.\\p{L}+)+\\.?|\\w+(?:-\\w+)*|[^\\s\\w]");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that");
    private static final Map<String, String> PRONOUNS = Map.ofEntries(
            Map.entry("he", "PRP"), Map.entry("she", "PRP"), Map.entry("him", "PRP"), Map.entry("it", "PRP"),
            Map.entry("they", "PRP"), Map.entry("his", "PRP$"), Map.entry("her", "PRP$"), Map.entry("its", "PRP$"));

    /** Lemmas of the verb forms tests use; other words are their own lemma. */
    private static final Map<String, String> LEMMAS = Map.of(
            "said", "say", "says", "say", "told", "tell", "added", "add", "continued", "continue",
            "wrote", "write", "announced", "announce", "described", "describe", "according", "according");

    /** A name the test says the recognizer found: its type and its exact text (first occurrence from {@code from}). */
    public record Name(String type, String text, int occurrence) {
        public static Name of(String type, String text) {
            return new Name(type, text, 0);
        }
    }

    private Parses() {
    }

    public static ParsedArticle of(Article article, List<Name> names, List<TimeExpression> times) {
        List<Sentence> sentences = new ArrayList<>();
        String text = article.text();
        for (var p : article.paragraphs()) {
            List<Token> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(text.substring(p.start(), p.end()));
            while (m.find()) {
                String w = m.group();
                String previous = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1).pos();
                tokens.add(new Token(tokens.size(), w, p.start() + m.start(), p.start() + m.end(),
                        LEMMAS.getOrDefault(w.toLowerCase(Locale.ROOT), w), tag(w, previous), "O"));
            }
            sentences.add(new Sentence(sentences.size(), p.start(), p.end(), tokens, List.of()));
        }
        List<NamedMention> mentions = new ArrayList<>();
        for (Name n : names) {
            mentions.add(mention(text, sentences, n));
        }
        return new ParsedArticle(article, sentences, mentions, times);
    }

    private static NamedMention mention(String text, List<Sentence> sentences, Name n) {
        int at = -1;
        for (int i = 0; i <= n.occurrence(); i++) {
            at = text.indexOf(n.text(), at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("no occurrence " + n.occurrence() + " of '" + n.text() + "'");
            }
        }
        int end = at + n.text().length();
        for (Sentence s : sentences) {
            if (at >= s.start() && end <= s.end()) {
                int first = -1;
                int last = -1;
                for (Token t : s.tokens()) {
                    if (t.start() >= at && t.end() <= end) {
                        first = first < 0 ? t.index() : first;
                        last = t.index();
                    }
                }
                return new NamedMention(n.type(), s.index(), first, last + 1, at, end, n.text(), null);
            }
        }
        throw new IllegalArgumentException("'" + n.text() + "' crosses a paragraph");
    }

    /** Known verb forms are verbs; other lower-case words are nouns after a determiner, possessive or noun, else verbs. */
    private static String tag(String w, String previous) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (DETERMINERS.contains(lower)) {
            return "DT";
        }
        if (PRONOUNS.containsKey(lower)) {
            return PRONOUNS.get(lower);
        }
        if (lower.equals("'s") || lower.equals("’s")) {
            return "POS";
        }
        if (!Character.isLetterOrDigit(w.charAt(0))) {
            return w;
        }
        if (Character.isUpperCase(w.charAt(0))) {
            return "NNP";
        }
        if (Character.isDigit(w.charAt(0))) {
            return "CD";
        }
        if (LEMMAS.containsKey(lower)) {
            return "VBD";
        }
        return Set.of("DT", "POS", "PRP$", "NN", "NNP").contains(previous) ? "NN" : "VB";
    }
}

package org.dateline.extract.entity;

import org.dateline.model.EntityType;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;
import org.dateline.model.ParsedArticle;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links third-person personal pronouns to persons. The candidate is the person mentioned first in
 * the sentence before the pronoun (a Hobbs-style left-to-right preference, which favours
 * subjects), unless the pronoun stands in the complement of a verb of saying whose subject is a
 * person ("King said he will vote no"); else the one mentioned first in the previous sentence, then
 * the one before that; failing those, the person the last pronoun of that gender within six
 * sentences stood for (a feature about one woman, "she" paragraph after paragraph).
 * Gender rules out candidates once known (from titles, honorifics or earlier pronouns).
 */
final class PronounLinker {
    private static final Map<String, Titles.Gender> PRONOUNS = Map.of(
            "he", Titles.Gender.MALE, "him", Titles.Gender.MALE, "his", Titles.Gender.MALE,
            "himself", Titles.Gender.MALE, "she", Titles.Gender.FEMALE, "her", Titles.Gender.FEMALE,
            "hers", Titles.Gender.FEMALE, "herself", Titles.Gender.FEMALE);
    private static final int SENTENCES_BACK = 2;
    /** How many sentences a chain of pronouns of one gender carries its person with no name in between. */
    private static final int CHAIN_SENTENCES = 6;

    void link(ParsedArticle parsed, List<Cluster> clusters) {
        List<Sentence> sentences = parsed.sentences();
        List<int[]> quoted = quotedSpans(parsed);
        Map<Titles.Gender, Cluster> lastPlain = new java.util.EnumMap<>(Titles.Gender.class);
        Map<Titles.Gender, Integer> lastPlainSentence = new java.util.EnumMap<>(Titles.Gender.class);
        Map<Titles.Gender, Cluster> lastQuoted = new java.util.EnumMap<>(Titles.Gender.class);
        Map<Titles.Gender, Integer> lastQuotedSentence = new java.util.EnumMap<>(Titles.Gender.class);
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                Titles.Gender gender = PRONOUNS.get(t.text().toLowerCase(Locale.ROOT));
                if (gender == null || !t.pos().startsWith("PRP")) {
                    continue;
                }
                // a pronoun outside quotation marks ("..., she said") never points at a name inside
                // them ("the freedoms enshrined in Roe"): those are the quoted speaker's words
                boolean inQuote = inside(quoted, t.start());
                java.util.function.IntPredicate skip = inQuote ? at -> false : at -> inside(quoted, at);
                // chains run inside quotes and outside them apart: the "he" of "what Armstrong said when
                // he landed" does not carry Armstrong to the "..., he said" after the marks
                Map<Titles.Gender, Cluster> lastLinked = inQuote ? lastQuoted : lastPlain;
                Map<Titles.Gender, Integer> lastSentence = inQuote ? lastQuotedSentence : lastPlainSentence;
                Cluster target = reportingSubject(clusters, s, t, gender);
                if (target == null) {
                    target = firstPerson(clusters, s, t.start(), gender, skip);
                }
                for (int back = 1; target == null && back <= SENTENCES_BACK && s.index() - back >= 0; back++) {
                    Sentence prev = sentences.get(s.index() - back);
                    target = firstPerson(clusters, prev, prev.end(), gender, skip);
                }
                Cluster chained = lastLinked.get(gender);
                if (target == null && chained != null && s.index() - lastSentence.get(gender) <= CHAIN_SENTENCES) {
                    // "She is disillusioned ... She knows ...": a pronoun with no name near it goes on
                    // from the last pronoun of its gender, the person the passage is about
                    target = chained;
                }
                if (target != null) {
                    target.addMention(new Mention(t.start(), t.end(), t.text(), MentionKind.PRONOUN));
                    target.learnGender(gender);
                    lastLinked.put(gender, target);
                    lastSentence.put(gender, s.index());
                }
            }
        }
    }

    /**
     * Character spans inside quotation marks, from the quote tokens (curly marks by their shape,
     * straight and typewriter marks by parity): a closing mark with no opening one in its paragraph
     * closes a quote that opened with the paragraph; an opening mark never closed runs to the
     * paragraph's end.
     */
    private static List<int[]> quotedSpans(ParsedArticle parsed) {
        List<int[]> out = new java.util.ArrayList<>();
        List<org.dateline.model.Span> paragraphs = parsed.article().paragraphs();
        int p = 0;
        int open = -1;
        for (Sentence s : parsed.sentences()) {
            for (Token t : s.tokens()) {
                while (p < paragraphs.size() && paragraphs.get(p).end() <= t.start()) {
                    if (open >= 0) {
                        out.add(new int[] {open, paragraphs.get(p).end()});
                        open = -1;
                    }
                    p++;
                }
                int paragraphStart = p < paragraphs.size() ? paragraphs.get(p).start() : s.start();
                String w = t.text();
                boolean opens = w.equals("“") || w.equals("``");
                boolean closes = w.equals("”");
                if (w.equals("\"") || w.equals("''")) {
                    // straight and typewriter marks both open and close: their side is the parity
                    // (the tagger's `` / '' guess is often wrong for them)
                    opens = open < 0;
                    closes = !opens;
                }
                if (opens) {
                    open = t.start();
                } else if (closes) {
                    out.add(new int[] {open >= 0 ? open : paragraphStart, t.end()});
                    open = -1;
                }
            }
        }
        if (open >= 0) {
            out.add(new int[] {open, Integer.MAX_VALUE});
        }
        return union(out);
    }

    /** The spans merged into sorted, disjoint ones (a quote closing with its paragraph's start may cover an earlier one). */
    private static List<int[]> union(List<int[]> spans) {
        List<int[]> sorted = new java.util.ArrayList<>(spans);
        sorted.sort(java.util.Comparator.comparingInt(a -> a[0]));
        List<int[]> out = new java.util.ArrayList<>(sorted.size());
        for (int[] span : sorted) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                out.add(new int[] {span[0], span[1]});
            }
        }
        return out;
    }

    /** Whether {@code at} lies in one of the sorted, disjoint {@code spans}: a binary search, as it runs per mention. */
    private static boolean inside(List<int[]> spans, int at) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] span = spans.get(mid);
            if (at < span[0]) {
                hi = mid - 1;
            } else if (at >= span[1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * The person who reports the clause the pronoun stands in: in "Trump's allies cheered as King
     * said he will oppose it" the pronoun inside the complement of "said" is its subject, King, not
     * the first person of the sentence. The pronoun's ancestors are climbed to the first clausal
     * complement; the subject of the verb it complements, when it precedes the pronoun and is a
     * mention of a person whose gender fits, is the antecedent.
     */
    private static Cluster reportingSubject(List<Cluster> clusters, Sentence s, Token pronoun, Titles.Gender gender) {
        List<org.dateline.model.Dependency> deps = s.dependencies();
        if (deps.isEmpty()) {
            return null;
        }
        int at = pronoun.index();
        for (int steps = 0; steps < s.tokens().size(); steps++) {
            org.dateline.model.Dependency up = headOf(deps, at);
            if (up == null || up.governor() < 0) {
                return null;
            }
            if (up.relation().equals("ccomp")) {
                for (org.dateline.model.Dependency d : deps) {
                    if (d.governor() != up.governor() || !d.relation().equals("nsubj")) {
                        continue;
                    }
                    Token subject = s.tokens().get(d.dependent());
                    if (subject.start() >= pronoun.start()) {
                        return null;
                    }
                    for (Cluster c : clusters) {
                        if (c.type() == EntityType.PERSON && c.overlaps(subject.start(), subject.end())
                                && (c.gender() == Titles.Gender.UNKNOWN || c.gender() == gender)) {
                            return c;
                        }
                    }
                    return null;
                }
                return null;
            }
            at = up.governor();
        }
        return null;
    }

    private static org.dateline.model.Dependency headOf(List<org.dateline.model.Dependency> deps, int token) {
        for (org.dateline.model.Dependency d : deps) {
            if (d.dependent() == token) {
                return d;
            }
        }
        return null;
    }

    /** The person with the earliest mention in {@code [from, to)} whose gender fits and {@code skip} allows. */
    /**
     * The first person of a sentence up to {@code to}, the subject after a fronted phrase first:
     * in "Speaking to host John Cole on the radio, Paul accused ...", Paul, not Cole.
     */
    private static Cluster firstPerson(List<Cluster> clusters, Sentence s, int to, Titles.Gender gender,
                                       java.util.function.IntPredicate skip) {
        int fronted = frontedPhraseEnd(s);
        Cluster after = fronted < 0 || fronted >= to ? null : firstPerson(clusters, fronted, to, gender, skip);
        return after != null ? after : firstPerson(clusters, s.start(), to, gender, skip);
    }

    /** Where a sentence-opening participle or prepositional phrase ends at its comma ("Speaking to X,"), else -1. */
    private static int frontedPhraseEnd(Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty() || !Set.of("VBG", "VBN", "IN").contains(tokens.get(0).pos())) {
            return -1;
        }
        for (int i = 1; i < Math.min(tokens.size(), 16); i++) {
            if (tokens.get(i).text().equals(",")) {
                return tokens.get(i).end();
            }
        }
        return -1;
    }

    private static Cluster firstPerson(List<Cluster> clusters, int from, int to, Titles.Gender gender,
                                       java.util.function.IntPredicate skip) {
        Cluster best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Cluster c : clusters) {
            if (c.type() != EntityType.PERSON || (c.gender() != Titles.Gender.UNKNOWN && c.gender() != gender)) {
                continue;
            }
            int at = c.firstMentionIn(from, to, skip);
            if (at >= 0 && at < bestAt) {
                best = c;
                bestAt = at;
            }
        }
        return best;
    }
}

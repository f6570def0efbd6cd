package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives a person back the surname that is also a month: in an article about "Theresa May" the
 * tagger reads a bare "May" ("May said Monday", "apologized to May", "May's only competitor") as
 * the month. A lone month name that is the last word of a person named in the same article is
 * that person, unless the words around it make it a date: a day or year beside it ("May 5",
 * "May 2016") or a word that introduces a time before it ("in May", "since May", "last May").
 * The possessive ("May's") is the person whatever comes before it; a vague time the month closed
 * ("hours after May's rival quit") is then no time.
 */
final class MonthSurnames {
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final Set<String> TIME_WORDS = Set.of("in", "since", "until", "till", "through",
            "throughout", "last", "next", "this", "early", "late", "mid", "during", "before", "by", "from", "of",
            "each", "every", "between", "into", "past", "coming");

    private MonthSurnames() {
    }

    /** Relabels, in place, the lone month names of {@code doc} that name a person as PERSON mentions. */
    static void relabel(Annotation doc) {
        Set<String> surnames = surnames(doc);
        if (surnames.isEmpty()) {
            return;
        }
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions == null) {
                continue;
            }
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            int offset = tokens.get(0).index() - 1;
            for (CoreMap m : mentions) {
                List<CoreLabel> toks = m.get(CoreAnnotations.TokensAnnotation.class);
                CoreLabel last = toks.get(toks.size() - 1);
                int after = last.index() - offset;
                if ("DATE".equals(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)) && after < tokens.size()
                        && surnames.contains(tokens.get(after).word()) && "PERSON".equals(tokens.get(after).ner())) {
                    trimBefore(m); // "Thursday, hours after" + May's: the tagger took the person as the anchor
                    continue;
                }
                if (!"DATE".equals(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)) || !surnames.contains(last.word())) {
                    continue;
                }
                int i = last.index() - 1 - offset;
                if (isDate(tokens, i) || toks.size() > 1 && toks.stream().anyMatch(t -> "CD".equals(t.tag()))) {
                    continue;
                }
                // "hours after May's only competitor": what the month anchored is no time without it
                toks.forEach(t -> t.setNER("O"));
                m.set(CoreAnnotations.NamedEntityTagAnnotation.class, "PERSON");
                m.set(CoreAnnotations.TokensAnnotation.class, List.of(last));
                m.set(CoreAnnotations.TextAnnotation.class, last.word());
                m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, last.beginPosition());
                m.remove(TimeAnnotations.TimexAnnotation.class);
                last.setNER("PERSON");
            }
        }
    }

    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> VAGUE_TAIL = Set.of(",", "hours", "hour", "minutes", "days", "weeks", "moments",
            "just", "only", "shortly", "soon", "after", "before", "since", "and");

    /**
     * Cuts from a time the vague words that took the person after it as their anchor; a weekday
     * left alone keeps its own value, anything else is no time.
     */
    private static void trimBefore(CoreMap m) {
        List<CoreLabel> toks = m.get(CoreAnnotations.TokensAnnotation.class);
        int keep = toks.size();
        while (keep > 0 && VAGUE_TAIL.contains(toks.get(keep - 1).word().toLowerCase(Locale.ROOT))) {
            keep--;
        }
        if (keep == toks.size()) {
            return;
        }
        toks.subList(keep, toks.size()).forEach(t -> t.setNER("O"));
        int day = keep == 1 ? WEEKDAYS.indexOf(toks.get(0).word().toLowerCase(Locale.ROOT)) : -1;
        List<CoreLabel> kept = List.copyOf(toks.subList(0, keep));
        if (day < 0) {
            m.set(CoreAnnotations.NamedEntityTagAnnotation.class, "O");
            m.remove(TimeAnnotations.TimexAnnotation.class);
            kept.forEach(t -> t.setNER("O"));
            return;
        }
        m.set(CoreAnnotations.TokensAnnotation.class, kept);
        m.set(CoreAnnotations.TextAnnotation.class, kept.get(0).word());
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, kept.get(0).endPosition());
        m.set(TimeAnnotations.TimexAnnotation.class, new Timex("DATE", "XXXX-WXX-" + (day + 1)));
    }

    private static boolean isDate(List<CoreLabel> tokens, int i) {
        if (i + 1 < tokens.size() && (tokens.get(i + 1).word().equals("'s") || tokens.get(i + 1).word().equals("’s"))) {
            return false;
        }
        if (i + 1 < tokens.size() && "CD".equals(tokens.get(i + 1).tag())
                || i > 0 && "CD".equals(tokens.get(i - 1).tag())) {
            return true;
        }
        return i > 0 && TIME_WORDS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
    }

    /** The month names that end a person's name of two or more words somewhere in the article. */
    private static Set<String> surnames(Annotation doc) {
        Set<String> out = new HashSet<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions == null) {
                continue;
            }
            for (CoreMap m : mentions) {
                List<CoreLabel> toks = m.get(CoreAnnotations.TokensAnnotation.class);
                String last = toks.get(toks.size() - 1).word();
                if (toks.size() > 1 && "PERSON".equals(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))
                        && MONTHS.contains(last.toLowerCase(Locale.ROOT)) && Character.isUpperCase(last.charAt(0))) {
                    out.add(last);
                }
            }
        }
        return out;
    }
}

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

/**
 * Links third-person personal pronouns to persons. The candidate is the person mentioned first in
 * the sentence before the pronoun (a Hobbs-style left-to-right preference, which favours
 * subjects); else the one mentioned first in the previous sentence, then the one before that.
 * Gender rules out candidates once known (from titles, honorifics or earlier pronouns).
 */
final class PronounLinker {
    private static final Map<String, Titles.Gender> PRONOUNS = Map.of(
            "he", Titles.Gender.MALE, "him", Titles.Gender.MALE, "his", Titles.Gender.MALE,
            "himself", Titles.Gender.MALE, "she", Titles.Gender.FEMALE, "her", Titles.Gender.FEMALE,
            "hers", Titles.Gender.FEMALE, "herself", Titles.Gender.FEMALE);
    private static final int SENTENCES_BACK = 2;

    void link(ParsedArticle parsed, List<Cluster> clusters) {
        List<Sentence> sentences = parsed.sentences();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                Titles.Gender gender = PRONOUNS.get(t.text().toLowerCase(Locale.ROOT));
                if (gender == null || !t.pos().startsWith("PRP")) {
                    continue;
                }
                Cluster target = firstPerson(clusters, s.start(), t.start(), gender);
                for (int back = 1; target == null && back <= SENTENCES_BACK && s.index() - back >= 0; back++) {
                    Sentence prev = sentences.get(s.index() - back);
                    target = firstPerson(clusters, prev.start(), prev.end(), gender);
                }
                if (target != null) {
                    target.addMention(new Mention(t.start(), t.end(), t.text(), MentionKind.PRONOUN));
                    target.learnGender(gender);
                }
            }
        }
    }

    /** The person with the earliest mention in {@code [from, to)} whose gender fits. */
    private static Cluster firstPerson(List<Cluster> clusters, int from, int to, Titles.Gender gender) {
        Cluster best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Cluster c : clusters) {
            if (c.type() != EntityType.PERSON || (c.gender() != Titles.Gender.UNKNOWN && c.gender() != gender)) {
                continue;
            }
            int at = c.firstMentionIn(from, to);
            if (at >= 0 && at < bestAt) {
                best = c;
                bestAt = at;
            }
        }
        return best;
    }
}

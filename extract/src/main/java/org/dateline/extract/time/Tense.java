package org.dateline.extract.time;

import org.dateline.model.Sentence;
import org.dateline.model.TimeExpression;
import org.dateline.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the clause of a time looks back or ahead of the day of writing, from its verb group:
 * "met Friday" is past, "will meet Friday", "is due to open in May" and the news present "begins
 * Wednesday" are future. It places times the tagger gives no side: weekdays, months, seasons,
 * quarters, yearless days.
 */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "’ll", "shall", "wo");
    private static final Set<String> LOOKING_AHEAD_MODALS = Set.of("would", "could", "might", "may", "should", "must");
    private static final Set<String> SCHEDULE = Set.of("scheduled", "due", "set", "expected", "slated", "poised", "planned");

    /**
     * The tense of the clause the time belongs to: the nearest verb group before it within the
     * clause (after it when none). The nearest verb is the one the time modifies: "announced
     * Friday" looks back, "said he will meet Friday" looks ahead.
     */
    static Tense of(Sentence s, TimeExpression t) {
        List<Token> tokens = s.tokens();
        int at = 0;
        while (at < tokens.size() && tokens.get(at).start() < t.start()) {
            at++;
        }
        for (int i = at - 1; i >= 0; i--) {
            Token tok = tokens.get(i);
            if (tok.text().equals(";") || tok.text().equals(":")) {
                break;
            }
            Tense found = verbTense(tokens, i);
            if (found != null) {
                return found;
            }
        }
        for (int i = at; i < tokens.size(); i++) {
            if (tokens.get(i).start() < t.end()) {
                continue;
            }
            String w = tokens.get(i).text();
            if (w.equals(";") || w.equals(":") || tokens.get(i).pos().equals("CC") && i > 0 && tokens.get(i - 1).text().equals(",")) {
                break; // "are due on the 25th, and the fee rose": the next clause's verb is not this one's
            }
            Tense found = verbTense(tokens, i);
            if (found != null) {
                return found;
            }
        }
        return Tense.UNKNOWN;
    }

    /** A form of "be" right before token {@code j}, adverbs aside: "was originally scheduled", "is now expected". */
    private static boolean afterBe(List<Token> tokens, int j) {
        int k = j - 1;
        while (k >= 0 && tokens.get(k).pos().equals("RB")) {
            k--;
        }
        return k >= 0 && tokens.get(k).lemma().equals("be");
    }

    /** The tense a token says when it heads or closes a verb group; null for non-verbs and verbs of saying. */
    private static Tense verbTense(List<Token> tokens, int i) {
        Token tok = tokens.get(i);
        String pos = tok.pos();
        String lower = tok.text().toLowerCase(Locale.ROOT);
        if (!pos.startsWith("VB") && !pos.equals("MD")) {
            return null;
        }
        for (int j = i; j >= Math.max(0, i - 4); j--) {
            String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
            if (FUTURE_WORDS.contains(w) || (w.equals("going") && j + 1 < tokens.size()
                    && tokens.get(j + 1).text().equalsIgnoreCase("to")) || SCHEDULE.contains(w) && afterBe(tokens, j)) {
                return Tense.FUTURE;
            }
            // "said the army would withdraw by June", "could resume in March": a modal before a bare verb
            // looks ahead from the time of speaking ("could have withdrawn" does not)
            if (LOOKING_AHEAD_MODALS.contains(w) && j + 1 < tokens.size() && j + 1 <= i
                    && tokens.get(j + 1).pos().equals("VB") && !tokens.get(j + 1).lemma().equals("have")) {
                return Tense.FUTURE;
            }
            if (j < i && !tokens.get(j).pos().startsWith("VB") && !tokens.get(j).pos().equals("MD")
                    && !tokens.get(j).pos().equals("RB") && !tokens.get(j).pos().equals("TO")) {
                break;
            }
        }
        if (pos.equals("VBD")) {
            return Tense.PAST;
        }
        if (pos.equals("VBN")) {
            // "had closed", "was closed": the auxiliary's tense; a bare participle after its subject is a
            // past tense the tagger read as a participle ("The factory closed in August").
            for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                Token aux = tokens.get(j);
                if (aux.lemma().equals("have") || aux.pos().equals("VBD")) {
                    return Tense.PAST;
                }
                if (aux.pos().equals("VBZ") || aux.pos().equals("VBP")) {
                    return null;
                }
                if (!aux.pos().equals("RB")) {
                    break;
                }
            }
            return Tense.PAST;
        }
        if ((pos.equals("VBZ") || pos.equals("VBP")) && !lower.equals("is") && !lower.equals("are") && !lower.equals("has")
                && !lower.equals("have") && !lower.equals("'s")) {
            // News present tense with a day or month names a schedule: "The trial begins Wednesday".
            return Tense.FUTURE;
        }
        return null;
    }
}

package org.dateline.extract.event;

import org.dateline.extract.syntax.Tree;
import org.dateline.model.EventStatus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a coded event happened, from the grammar around its verb: a denial ("denied
 * interfering", and what is denied), negation ("did not warn", "never met"), conditions and modals
 * ("if talks fail", "could strike"), the future ("will meet", "is to visit", "plans to", a headline's
 * "Pompeo to travel", a date after publication), else occurred. Governing verbs carry over through
 * infinitives and complements ("did not agree to meet" is negated). Thread-safe, no state.
 */
final class StatusReader {
    private static final Set<String> DENY = Set.of("deny", "reject", "refute", "dismiss", "disavow", "rebuff");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "n’t", "never", "no");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> MODAL_AUX = Set.of("could", "might", "may", "should", "must", "can", "would", "ca");
    private static final Set<String> INTENT = Set.of("plan", "intend", "expect", "schedule", "agree", "promise", "pledge",
            "vow", "hope", "want", "seek", "aim", "prepare", "set", "offer", "propose", "arrange", "due",
            "go", "threaten", "wish", "mean", "look", "swear",
            // adjectives of readiness: "is willing to withdraw", "is prepared to impose"
            "willing", "ready", "prepared", "eager", "determined", "poised", "keen");
    private static final Set<String> CONDITION = Set.of("if", "unless", "whether", "lest");
    /** Verbs and nouns that ask for an act, which has then not happened: "urged X to resign", "calls for X to go". */
    private static final Set<String> DIRECTIVE = Set.of("urge", "call", "demand", "ask", "press", "request", "appeal",
            "implore", "beg", "pressure", "push", "encourage", "invite", "advise", "recommend", "petition", "plead",
            "exhort", "lobby", "challenge", "dare", "tell", "instruct", "order", "direct", "command", "warn");
    /** Directives whose that-clause reports rather than asks: "told reporters that ...", "warned that ...". */
    private static final Set<String> REPORTING_DIRECTIVES = Set.of("tell", "warn", "order", "direct");
    private static final Set<String> QUESTION_MARKS = Set.of("whether", "if");
    private static final Set<String> DIRECTIVE_NOUNS = Set.of("call", "demand", "appeal", "request", "plea",
            "pressure", "ultimatum", "push", "petition", "order", "invitation");
    private static final Set<String> SPEECH = Set.of("say", "tell", "announce", "add", "state", "report", "write",
            "claim", "insist", "warn", "predict", "suggest", "believe", "think");
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");

    EventStatus status(Tree tree, int verb, String code, String when, LocalDate published) {
        String lemma = lower(tree.token(verb).lemma());
        if (code.startsWith("016") || DENY.contains(lemma) && code.startsWith("01")) {
            return negated(tree, verb) ? EventStatus.OCCURRED : EventStatus.DENIED;
        }
        if (supposed(tree, verb)) {
            return EventStatus.HYPOTHETICAL;
        }
        int v = verb;
        for (int depth = 0; depth < 4 && v >= 0; depth++) {
            if (negated(tree, v)) {
                return EventStatus.NEGATED;
            }
            if (conditional(tree, v)) {
                return EventStatus.HYPOTHETICAL;
            }
            String modal = modal(tree, v);
            if (modal != null) {
                boolean wouldReported = modal.equals("would") && reportedSpeech(tree, v);
                return wouldReported ? EventStatus.PLANNED : EventStatus.HYPOTHETICAL;
            }
            if (future(tree, v)) {
                return EventStatus.PLANNED;
            }
            String rel = tree.relation(v);
            int head = tree.head(v);
            if (head < 0) {
                if (isInfinitive(tree, v) && !hasAux(tree, v)) {
                    return EventStatus.PLANNED;
                }
                break;
            }
            String headLemma = lower(tree.token(head).lemma());
            if (directs(tree, v)) {
                return EventStatus.HYPOTHETICAL;
            }
            if (rel.equals("xcomp") || rel.equals("ccomp") && !SPEECH.contains(headLemma)) {
                if (DENY.contains(headLemma)) {
                    return EventStatus.DENIED;
                }
                boolean goingTo = !headLemma.equals("go") || tree.token(head).pos().equals("VBG"); // "went on to win" happened
                if (rel.equals("xcomp") && INTENT.contains(headLemma) && goingTo) {
                    return negated(tree, head) ? EventStatus.NEGATED : EventStatus.PLANNED;
                }
                v = head;
                continue;
            }
            if (rel.equals("conj")) {
                v = head;
                continue;
            }
            if (rel.equals("advcl") && isInfinitive(tree, v)) {
                if (expressive(code)) {
                    // "marched to protest", "shunned work to demand": the act performs its purpose
                    v = head;
                    continue;
                }
                // "travel to Russia to meet Putin": the purpose is intended
                return EventStatus.PLANNED;
            }
            break;
        }
        if (after(when, published)) {
            return EventStatus.PLANNED;
        }
        return EventStatus.OCCURRED;
    }

    /**
     * Whether the act is what someone asks for, directly or as a conjunct of such an act: the
     * infinitive or that-clause of a verb of asking ("urged the president to step down", "demanded
     * that the minister resign") or the clause of such a noun ("his calls for the senator to resign").
     * Telling and ordering ask only with an infinitive ("told him to leave"; "told reporters that ..."
     * reports). The act has not happened, and it is not its doer's intent.
     */
    static boolean requested(Tree tree, int verb) {
        int v = verb;
        for (int depth = 0; depth < 4 && v >= 0; depth++) {
            if (directs(tree, v)) {
                return true;
            }
            if (!tree.relation(v).equals("conj")) {
                return false;
            }
            v = tree.head(v);
        }
        return false;
    }

    private static boolean directs(Tree tree, int v) {
        int head = tree.head(v);
        if (head < 0) {
            return false;
        }
        String rel = tree.relation(v);
        String headLemma = lower(tree.token(head).lemma());
        boolean noun = tree.token(head).pos().startsWith("NN");
        if (noun) {
            return rel.startsWith("acl") && isInfinitive(tree, v) && DIRECTIVE_NOUNS.contains(headLemma);
        }
        if (rel.equals("xcomp")) {
            return DIRECTIVE.contains(headLemma);
        }
        return rel.equals("ccomp") && DIRECTIVE.contains(headLemma) && !REPORTING_DIRECTIVES.contains(headLemma)
                && !hasAux(tree, v) && childWord(tree, v, MARK, QUESTION_MARKS) == null;
    }

    /** Acts done by saying or showing (statements, appeals, demands, disapproval, protest), CAMEO 01, 02, 10, 11, 14. */
    private static boolean expressive(String code) {
        return code.startsWith("01") || code.startsWith("02") || code.startsWith("10") || code.startsWith("11")
                || code.startsWith("14");
    }

    private static final Set<String> NEGATION_RELATIONS = Set.of("advmod", "neg", "aux");
    private static final Set<String> MARK = Set.of("mark");
    private static final Set<String> AUX = Set.of("aux");
    private static final Set<String> TO_BE = Set.of("be", "due");

    private static boolean negated(Tree tree, int v) {
        return childWord(tree, v, NEGATION_RELATIONS, NEGATORS) != null;
    }

    /** Auxiliaries of an act announced as not to be done: "will not", "won't", "would not". */
    private static final Set<String> REFUSING_AUX = Set.of("will", "shall", "'ll", "wo", "would");

    /** Verbs that ask the reader to suppose what follows. */
    private static final Set<String> SUPPOSE = Set.of("imagine", "suppose", "pretend", "picture", "assume");

    /**
     * Whether the act lies inside a thought experiment the sentence asks for: "Now imagine that a
     * tape emerged in which X and Y were heard discussing ...", "Suppose Russia invaded": a root
     * verb of supposing in the imperative (no subject).
     */
    static boolean supposed(Tree tree, int verb) {
        int v = verb;
        for (int depth = 0; depth < 12 && tree.head(v) >= 0; depth++) {
            v = tree.head(v);
        }
        if (v == verb || !SUPPOSE.contains(lower(tree.token(v).lemma())) || !tree.token(v).pos().equals("VB")) {
            return false;
        }
        for (int c : tree.children(v)) {
            if (tree.relation(c).startsWith("nsubj")) {
                return false; // "officials imagine", "we assume": a stated belief, read elsewhere
            }
        }
        return true;
    }

    /**
     * "will not release the prisoners", "would not meet their demands", "won't negotiate": an act
     * its doer says it will not do is a refusal, not merely an act that did not happen.
     */
    static boolean refusal(Tree tree, int v) {
        return negated(tree, v) && childWord(tree, v, AUX, REFUSING_AUX) != null;
    }

    /** "will withdraw its force unless the president arranges a ceasefire": an act announced on a condition is an ultimatum. */
    static boolean ultimatum(Tree tree, int v) {
        for (int c : tree.children(v)) {
            if (tree.relation(c).equals("advcl") && childWord(tree, c, MARK, Set.of("unless")) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean conditional(Tree tree, int v) {
        return childWord(tree, v, MARK, CONDITION) != null;
    }

    private static String modal(Tree tree, int v) {
        return childWord(tree, v, AUX, MODAL_AUX);
    }

    private static boolean future(Tree tree, int v) {
        if (childWord(tree, v, AUX, FUTURE_AUX) != null) {
            return true;
        }
        // "is to visit", "are due to meet"
        int head = tree.head(v);
        return isInfinitive(tree, v) && head >= 0 && tree.relation(v).equals("xcomp")
                && TO_BE.contains(lower(tree.token(head).lemma()));
    }

    /** The lower-case word of {@code v}'s first child hanging by one of {@code relations} and in {@code words}, or null. */
    private static String childWord(Tree tree, int v, Set<String> relations, Set<String> words) {
        for (int c : tree.children(v)) {
            String w = lower(tree.token(c).text());
            if (relations.contains(tree.relation(c)) && words.contains(w)) {
                return w;
            }
        }
        return null;
    }

    private static boolean reportedSpeech(Tree tree, int v) {
        for (int g = tree.head(v), depth = 0; g >= 0 && depth < 3; g = tree.head(g), depth++) {
            if (SPEECH.contains(lower(tree.token(g).lemma()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAux(Tree tree, int v) {
        return tree.child(v, "aux") >= 0 && !isInfinitive(tree, v) || tree.child(v, "aux:pass") >= 0;
    }

    static boolean isInfinitive(Tree tree, int v) {
        for (int c : tree.children(v)) {
            if ((tree.relation(c).equals("mark") || tree.relation(c).equals("aux"))
                    && tree.token(c).text().equalsIgnoreCase("to") && c < v) {
                return true;
            }
        }
        return false;
    }

    /** Whether a TIMEX value starts after the publication date. */
    static boolean after(String value, LocalDate published) {
        if (value == null || published == null) {
            return false;
        }
        Matcher d = DAY.matcher(value);
        if (d.find()) {
            try {
                return LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                        Integer.parseInt(d.group(3))).isAfter(published);
            } catch (RuntimeException e) {
                return false;
            }
        }
        Matcher w = WEEK.matcher(value);
        if (w.find()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2))).with(DayOfWeek.MONDAY);
            return monday.isAfter(published);
        }
        return value.equals("FUTURE_REF");
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}

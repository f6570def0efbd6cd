package org.dateline.extract.quote;

import org.dateline.extract.syntax.Tree;
import org.dateline.model.Cue;
import org.dateline.model.Token;

import java.util.Locale;

/**
 * Recognizes cue words in a parsed sentence and finds their source noun phrase: the subject of
 * the cue verb, or of the verb it depends on ("..., telling reporters" takes the subject of the
 * main verb); for "according to X", X.
 */
final class CueFinder {
    private static final int MAX_CLIMB = 2;

    private CueFinder() {
    }

    /** True when token {@code i} is a cue for reported content of any kind. */
    static boolean isCue(Tree tree, int i) {
        return isAccordingTo(tree, i) || isNounCue(tree, i) || isVerb(tree, i) && !isImperative(tree, i) && !isReducedPassive(tree, i)
                && (Cues.SPEECH.contains(lemma(tree, i)) || isTopicCue(tree, i) || isPutIt(tree, i) || Cues.BELIEF.contains(lemma(tree, i))
                || Cues.INTENTION.contains(lemma(tree, i)) && tree.child(i, "xcomp") >= 0
                || Cues.STANCE.contains(lemma(tree, i)) && tree.child(i, "obj") >= 0);
    }

    /**
     * A past participle modifying a noun ("the opinions expressed by columnists", "the plan
     * announced Friday"): a passive, the noun is what was said, not who said it.
     */
    private static boolean isReducedPassive(Tree tree, int i) {
        if (!tree.token(i).pos().equals("VBN") || tree.child(i, "aux") >= 0 || tree.child(i, "aux:pass") >= 0) {
            return false;
        }
        if (tree.relation(i).startsWith("acl") || tree.relation(i).equals("advcl")) {
            return tree.child(i, "nsubj") < 0; // "When asked whether ...": the main clause's subject was asked
        }
        for (int c : tree.children(i)) {
            int k = tree.child(c, "case");
            if (tree.relation(c).startsWith("obl") && k >= 0 && tree.token(k).text().equalsIgnoreCase("by")) {
                return true; // "expressed by columnists" read as a clause: still the passive's agent
            }
        }
        return false;
    }

    /** True when token {@code i} can attribute words in quotation marks. */
    static boolean isSpeechCue(Tree tree, int i) {
        return isAccordingTo(tree, i) || isNounCue(tree, i) || isVerb(tree, i) && !isImperative(tree, i)
                && (Cues.SPEECH.contains(lemma(tree, i)) || isTopicCue(tree, i) || isPutIt(tree, i)) && !isCallFor(tree, i);
    }

    /**
     * A noun of saying with its content and its author: "a statement from Rep. Omar that “...”",
     * "Clinton's remark that ...", "the claim by officials that ...". Without a named author
     * ("the claim that ...") or without a clause of content the noun attributes nothing.
     */
    static boolean isNounCue(Tree tree, int i) {
        return tree.token(i).pos().startsWith("NN") && Cues.SPEECH_NOUNS.contains(lemma(tree, i))
                && nounContent(tree, i) >= 0 && nounAuthor(tree, i) >= 0;
    }

    /**
     * The "that" opening the content of a noun of saying, read on the surface (parsers hang the
     * clause on the verb as often as on the noun): within a few words after the noun, with no verb
     * between ("a statement this summer from Rep. Omar, D-Minn., that ..."), or -1.
     */
    private static int nounContent(Tree tree, int noun) {
        for (int j = noun + 1; j < Math.min(tree.size(), noun + NOUN_REACH); j++) {
            Token t = tree.token(j);
            if (t.text().equalsIgnoreCase("that") && (t.pos().equals("IN") || t.pos().equals("WDT")
                    || tree.relation(j).equals("mark"))) {
                return j;
            }
            if (t.pos().startsWith("VB") || t.pos().equals("MD") || t.text().equals(";") || t.text().equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    private static final int NOUN_REACH = 16;

    /**
     * Who made the statement: its possessor ("Clinton's remark") or the noun of its "from"/"by"
     * phrase before the content ("a statement from Rep. Omar that"), or -1.
     */
    private static int nounAuthor(Tree tree, int noun) {
        for (int c : tree.children(noun)) {
            if (tree.relation(c).equals("nmod:poss") && isNominal(tree.token(c)) && !tree.token(c).pos().equals("PRP$")
                    && !RELATIVE.contains(tree.token(c).pos())) {
                return c;
            }
        }
        int content = nounContent(tree, noun);
        for (int j = noun + 1; j < content; j++) {
            String w = tree.token(j).text().toLowerCase(Locale.ROOT);
            int h = tree.head(j);
            if ((w.equals("from") || w.equals("by")) && tree.relation(j).equals("case") && h > j && h < content
                    && isNominal(tree.token(h))) {
                return h;
            }
        }
        return -1;
    }

    /**
     * "As one staffer put it, ...", "he put it bluntly:", "put it this way": putting it is saying it;
     * "put it on the table" is not.
     */
    static boolean isPutIt(Tree tree, int i) {
        if (!lemma(tree, i).equals("put") || i + 1 >= tree.size() || !tree.token(i + 1).text().equalsIgnoreCase("it")) {
            return false;
        }
        if (i + 2 >= tree.size()) {
            return true;
        }
        Token next = tree.token(i + 2);
        String w = next.text().toLowerCase(Locale.ROOT);
        if (w.equals("in")) {
            // "put it in a statement", "put it in his own words"
            for (int k = i + 3; k < Math.min(tree.size(), i + 6); k++) {
                String n = tree.token(k).text().toLowerCase(Locale.ROOT);
                if (CHANNELS.contains(n) || n.equals("words") || n.equals("terms")) {
                    return true;
                }
            }
            return false;
        }
        return next.isPunctuation() || next.pos().startsWith("RB") || w.equals("this") || w.equals("that");
    }

    /** "talked about", "spoke of": a verb of talking followed by the topic's preposition. */
    static boolean isTopicCue(Tree tree, int i) {
        return Cues.TOPIC.contains(lemma(tree, i)) && i + 1 < tree.size()
                && Cues.TOPIC_PREPOSITIONS.contains(tree.token(i + 1).text().toLowerCase(Locale.ROOT));
    }

    /** A bare verb opening its clause with no subject ("Ask yourself ...") gives an order, not a source. */
    private static boolean isImperative(Tree tree, int i) {
        boolean opensClause = i == 0 || tree.token(i - 1).isPunctuation();
        return opensClause && tree.token(i).pos().equals("VB") && tree.child(i, "nsubj") < 0;
    }

    /**
     * The tokens of the source after "according to", or null: the noun's phrase, to its right only
     * and without closing punctuation, also when the parser made that noun the root of the whole
     * sentence ("..., according to exit polls.").
     */
    static int[] accordingPhrase(Tree tree, int i) {
        int noun = tree.head(i);
        if (noun < 0 || noun <= i + 1) {
            return null;
        }
        int[] r = tree.subtree(noun);
        if (r[0] < i) {
            int end = noun;
            while (end + 1 < tree.size() && !tree.token(end + 1).isPunctuation() && dependsOn(tree, end + 1, noun)) {
                end++;
            }
            return new int[] {i + 2, end};
        }
        int end = r[1];
        while (end > noun && tree.token(end).isPunctuation() && !closesBracket(tree, i + 2, end)) {
            end--;
        }
        return new int[] {Math.max(r[0], i + 2), end};
    }

    static boolean isAccordingTo(Tree tree, int i) {
        return tree.token(i).text().equalsIgnoreCase("according") && i + 1 < tree.size()
                && tree.token(i + 1).text().equalsIgnoreCase("to");
    }

    /**
     * The cue span as PolNeAR marks it: the verb with the auxiliaries and adverbs right before it
     * ("has also said"), and right after it a particle or preposition ("refers to", "warned of"), a
     * day ("said Tuesday"), a channel ("said in a statement") and a colon ("added:").
     */
    static Cue cue(Tree tree, int i, String text) {
        if (isAccordingTo(tree, i)) {
            int start = tree.token(i).start();
            int stop = tree.token(i + 1).end();
            return new Cue(text.substring(start, stop), start, stop);
        }
        int first = i;
        while (first - 1 >= 0 && isAuxOrAdverb(tree.token(first - 1))) {
            first--;
        }
        int last = isPutIt(tree, i) ? i + 1 : i; // "put it" is the cue
        if (last + 1 < tree.size() && (tree.token(last + 1).pos().equals("RP")
                || CUE_PREPOSITIONS.contains(tree.token(last + 1).text().toLowerCase(Locale.ROOT))
                && tree.token(last + 1).pos().equals("IN") || isCallFor(tree, i))) {
            last++;
        }
        if (last + 1 < tree.size() && tree.token(last + 1).ner().equals("DATE") && tree.token(last + 1).isProperNoun()) {
            last++;
        }
        last = channel(tree, last);
        if (last + 1 < tree.size() && tree.token(last + 1).text().equals(":")) {
            last++;
        }
        int start = tree.token(first).start();
        int stop = tree.token(last).end();
        return new Cue(text.substring(start, stop), start, stop);
    }

    /** "in a statement", "in an interview": the channel of a statement, part of the cue. */
    private static int channel(Tree tree, int last) {
        int k = last + 1;
        if (k + 2 < tree.size() && tree.token(k).text().equalsIgnoreCase("in") && tree.token(k + 1).pos().equals("DT")
                && CHANNELS.contains(tree.token(k + 2).text().toLowerCase(Locale.ROOT))) {
            return k + 2;
        }
        return last;
    }

    private static boolean isAuxOrAdverb(Token t) {
        String l = (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
        return t.pos().equals("MD") || t.pos().equals("RB") && !l.equals("not") && !l.equals("n't")
                || (l.equals("be") || l.equals("have") || l.equals("do")) && t.pos().startsWith("VB");
    }

    private static final java.util.Set<String> CUE_PREPOSITIONS = java.util.Set.of("to", "of", "on", "about");
    private static final java.util.Set<String> CHANNELS = java.util.Set.of(
            "statement", "interview", "email", "tweet", "post", "letter", "speech", "release", "memo", "op-ed");

    /**
     * The source of a cue.
     *
     * @param head  the phrase's head token
     * @param first first token of the phrase
     * @param last  last token of the phrase
     */
    record Source(int head, int first, int last) {
    }

    /**
     * The source phrase of cue {@code i}, or null. The subject in the dependency tree first; for a
     * participle after a comma (", telling reporters") the subject of the sentence; failing those,
     * the noun phrase right before the cue ("the official said") or, inverted, right after it
     * ("said the official"). A passive cue ("is expected to", "was asked") names no source, and
     * a source is never inside quotation marks ({@code quoted} tells which offsets are).
     */
    static Source source(Tree tree, int i, java.util.function.IntPredicate quoted) {
        if (isAccordingTo(tree, i)) {
            int[] r = accordingPhrase(tree, i);
            return r == null ? null : new Source(tree.head(i), r[0], r[1]);
        }
        if (isNounCue(tree, i)) {
            int author = nounAuthor(tree, i);
            if (quoted.test(tree.token(author).start())) {
                return null;
            }
            Source p = phrase(tree, author, i, quoted);
            int first = p.first();
            while (first < author && tree.relation(first).equals("case")) {
                first++; // "from Rep. Omar" names Omar
            }
            int last = p.last();
            while (last > author && (tree.token(last).pos().equals("POS") || tree.token(last).isPunctuation())) {
                last--;
            }
            if (tree.token(last).pos().equals("POS")) {
                last--;
            }
            return new Source(author, first, Math.max(first, last));
        }
        int auxPass = tree.child(i, "aux:pass");
        int subjectPass = tree.child(i, "nsubj:pass");
        if (auxPass >= 0 && quoted.test(tree.token(auxPass).start()) && subjectPass >= 0
                && !quoted.test(tree.token(subjectPass).start())) {
            // "“They're here for us,” she said": the parser took the quote's "'re" for a passive
            // auxiliary of the cue; the speaker is the subject it misnamed
            return phrase(tree, subjectPass, i, quoted);
        }
        if (auxPass >= 0 && !quoted.test(tree.token(auxPass).start()) && auxiliaryOf(tree, auxPass, i)
                || subjectPass >= 0 && auxPass < 0) {
            return null; // "it was said", "is expected to": no source named
        }
        int subject = dependencySubject(tree, i);
        if (subject < 0 && tree.relation(i).equals("acl") && tree.token(i).pos().equals("VBG") && tree.head(i) < i) {
            // "footage of Trump saying ...": who a recording shows speaks; other nouns the parser hangs a
            // participle on ("a news conference announcing", "in many cases reporting") mostly are not
            // who says it
            int noun = tree.head(i);
            if (CHANNELS.contains(lemma(tree, noun)) && tree.relation(noun).equals("obj") && tree.head(noun) >= 0) {
                // "Trump issued a statement saying ...", "the ministry posted a tweet saying ...": the
                // statement speaks for whoever issued it
                int author = nearestSubject(tree, tree.head(noun));
                int named = author < 0 ? -1 : antecedent(tree, author);
                if (named >= 0 && named != author && !quoted.test(tree.token(named).start())) {
                    return new Source(named, author, author); // "the physician who released a statement saying"
                }
                if (author >= 0 && author < noun && isNominal(tree.token(author)) && !quoted.test(tree.token(author).start())) {
                    return phrase(tree, author, i, quoted);
                }
            }
            int shown = DEPICTIONS.contains(lemma(tree, noun)) ? ofPhrase(tree, noun) : -1;
            if (shown >= 0 && isNominal(tree.token(shown)) && !NOT_SOURCES.contains(tree.token(shown).ner())
                    && !quoted.test(tree.token(shown).start())) {
                Source p = phrase(tree, shown, i, quoted);
                int first = p.first();
                while (first < shown && tree.relation(first).equals("case")) {
                    first++; // "of Trump" names Trump
                }
                return new Source(shown, first, p.last());
            }
        }
        if (subject < 0 && tree.relation(i).equals("acl") && FINITE.contains(tree.token(i).pos()) && tree.head(i) < i
                && isNominal(tree.token(tree.head(i))) && !quoted.test(tree.token(tree.head(i)).start())) {
            // "..., as a Homeland Security memo put it": a finite verb is no participle; the parser's
            // reduced relative is a clause, and the noun it hangs on its subject
            Source p = phrase(tree, tree.head(i), i, quoted);
            int first = p.first();
            while (first < p.head() && tree.relation(first).equals("case")) {
                first++; // "as" is not part of who spoke
            }
            return new Source(p.head(), first, p.last());
        }
        if (subject >= 0 && subject < i - 1 && tree.token(i - 1).text().equals(",") && i + 1 < tree.size()
                && (tree.token(i + 1).ner().equals("PERSON") || tree.token(i + 1).ner().equals("ORGANIZATION"))) {
            // "..., said Paul Ortiz, a professor": the inverted name is the source, not the subject the
            // parser found before the comma
            Source right = rightAdjacent(tree, i);
            int after = right == null ? -1 : right.last() + 1;
            if (right != null && (after >= tree.size() || tree.token(after).text().equals(",") || tree.token(after).text().equals("."))) {
                return phrase(tree, right.head(), i, quoted); // not "..., said Clinton had ..."
            }
        }
        int h = antecedent(tree, subject);
        if (h >= 0 && h != subject && !quoted.test(tree.token(h).start())) {
            // "Mr. Obama, who said ...": the source mention is "who" (as PolNeAR marks it); its
            // antecedent's head decides who that is
            return new Source(h, subject, subject);
        }
        if (h >= 0 && quoted.test(tree.token(h).start())) {
            h = -1;
        }
        if (h < 0 && tree.token(i).pos().equals("VBG") && i > 0 && tree.token(i - 1).text().equals(",")) {
            h = sentenceSubject(tree, i);
            if (h < 0 || quoted.test(tree.token(h).start())) {
                // "“...,” he said, adding that ...": the quote is the parse's root; the participle goes
                // on from the verb of saying before it
                Source before = previousSpeaker(tree, i, quoted);
                if (before != null) {
                    return before;
                }
            }
        }
        if (h < 0 || quoted.test(tree.token(h).start())) {
            h = leftAdjacentHead(tree, i);
        }
        if (h >= 0 && (quoted.test(tree.token(h).start()) || TIMES.contains(tree.token(h).ner()))) {
            h = -1; // never a date or a number: "2016 marked the first year ..., describing it as ..."
        }
        if (h < 0) {
            Source named = nameWithAppositive(tree, i);
            Source right = named != null ? named : rightAdjacent(tree, i);
            return right == null || TIMES.contains(tree.token(right.head()).ner()) ? null : right; // not "said Thursday morning"
        }
        return phrase(tree, h, i, quoted);
    }

    /**
     * The whole noun phrase of head {@code h} as PolNeAR marks sources: its dependency subtree
     * (titles, "of"-phrases, appositives, relative clauses "Luis Rubio, who heads ..."), without
     * when or how the source spoke ("on Friday", "in 2015", ", speaking to veterans,"), never
     * across the cue or into quotation marks, with the comma that closes an appositive right before
     * the cue. Falls back to the surface phrase on odd parses.
     */
    private static Source phrase(Tree tree, int h, int cue, java.util.function.IntPredicate quoted) {
        if (tree.relation(h).isEmpty()) {
            return new Source(h, phraseStart(tree, h), phraseEnd(tree, h, cue));
        }
        int[] r = tree.subtree(h);
        for (int c : tree.children(h)) {
            String rel = tree.relation(c);
            if (c > h && (rel.startsWith("nmod:tmod") || rel.equals("obl:tmod") || NOT_SOURCES.contains(tree.token(c).ner())
                    && rel.startsWith("nmod") || rel.equals("acl") && tree.token(c).pos().equals("VBG"))) {
                // "the Security Council on Friday", "a group of doctors in 2015", "Trump, speaking to
                // veterans,": when and how the source spoke, not who it is
                int[] mod = tree.subtree(c);
                int cut = mod[0] > 0 && tree.token(mod[0] - 1).text().equals(",") ? mod[0] - 2 : mod[0] - 1;
                r[1] = Math.min(r[1], cut);
            }
        }
        r[1] = Math.min(r[1], beforeNestedModifier(tree, h, r));
        if (h < cue) {
            r[1] = Math.min(r[1], cue - 1);
        } else {
            r[0] = Math.max(r[0], cue + 1);
        }
        while (r[0] < h && (tree.token(r[0]).isPunctuation() || quoted.test(tree.token(r[0]).start()))) {
            r[0]++;
        }
        while (r[1] > h && (tree.token(r[1]).isPunctuation() || quoted.test(tree.token(r[1]).start()))
                && !closesBracket(tree, r[0], r[1])) {
            r[1]--;
        }
        if (r[1] - r[0] > MAX_PHRASE || !contiguousOutsideQuotes(tree, r, quoted)) {
            return new Source(h, phraseStart(tree, h), phraseEnd(tree, h, cue));
        }
        if (r[1] + 2 == cue && tree.token(r[1] + 1).text().equals(",") && r[1] > h) {
            r[1]++;
        }
        return new Source(h, r[0], r[1]);
    }

    /**
     * The last token of the source before a comma-set relative clause that describes a noun nested
     * in the phrase, not its head: "Michael Mulgrew, president of the teachers' union,
     * which represents city educators, said" names Mulgrew up to "union,"; what the union does is
     * not who spoke. A relative clause on the head itself ("Luis Rubio, who heads a research center")
     * stays, and so do appositives ("president of the American Action Forum, a conservative group");
     * a "which" clause the parser hung on a person's name is the nested noun's.
     */
    private static int beforeNestedModifier(Tree tree, int h, int[] r) {
        int end = r[1];
        for (int t = h + 1; t <= r[1]; t++) {
            String rel = tree.relation(t);
            int owner = tree.head(t);
            if (owner < 0 || !rel.equals("acl:relcl")) {
                continue;
            }
            int[] mod = tree.subtree(t);
            // "which" never stands for a person: on a person's name the parser misplaced it
            boolean personWhich = owner == h && tree.token(h).ner().equals("PERSON")
                    && tree.token(mod[0]).text().equalsIgnoreCase("which");
            if (!personWhich && (owner == h || !tree.relation(owner).startsWith("nmod"))) {
                continue;
            }
            if (mod[0] > h + 1 && tree.token(mod[0] - 1).text().equals(",") && mod[1] >= r[1] - 1) {
                end = Math.min(end, mod[0] - 2);
            }
        }
        return end;
    }

    /** A closing bracket whose opening bracket is in the phrase: "Sen. Claire McCaskill (D-Mo.)" keeps its ")". */
    private static boolean closesBracket(Tree tree, int from, int i) {
        String t = tree.token(i).text();
        if (!t.equals(")") && !t.equals("-RRB-") && !t.equals("]")) {
            return false;
        }
        int open = 0;
        for (int k = from; k < i; k++) {
            String w = tree.token(k).text();
            if (w.equals("(") || w.equals("-LRB-") || w.equals("[")) {
                open++;
            } else if (w.equals(")") || w.equals("-RRB-") || w.equals("]")) {
                open--;
            }
        }
        return open > 0;
    }

    private static boolean contiguousOutsideQuotes(Tree tree, int[] r, java.util.function.IntPredicate quoted) {
        for (int k = r[0]; k <= r[1]; k++) {
            if (quoted.test(tree.token(k).start())) {
                return false;
            }
        }
        return true;
    }

    private static final int MAX_PHRASE = 40;

    /**
     * True when the cue is negated ("did not say", "never told"): no attribution then. A negation
     * the parser hung on the cue from inside the quoted words ("“Probably not,” Moore said") or
     * across punctuation is the quote's, not the cue's.
     */
    static boolean isNegated(Tree tree, int i, java.util.function.IntPredicate quoted) {
        for (int c : tree.children(i)) {
            String w = tree.token(c).text().toLowerCase(Locale.ROOT);
            if ((w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("n’t"))
                    && !quoted.test(tree.token(c).start()) && !punctuationBetween(tree, c, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean punctuationBetween(Tree tree, int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
            if (tree.token(k).isPunctuation()) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a relative pronoun subject ("Clinton, who complains ..."), the noun the relative clause
     * modifies; else the token itself.
     */
    private static int antecedent(Tree tree, int subject) {
        if (subject < 0 || !RELATIVE.contains(tree.token(subject).pos())) {
            return subject;
        }
        int verb = tree.head(subject);
        for (int climb = 0; climb <= MAX_CLIMB && verb >= 0; climb++) {
            if (tree.relation(verb).equals("acl:relcl")) {
                return tree.head(verb);
            }
            verb = tree.head(verb);
        }
        return -1;
    }

    private static final java.util.Set<String> RELATIVE = java.util.Set.of("WP", "WDT");
    private static final java.util.Set<String> TIMES = java.util.Set.of("DATE", "TIME", "DURATION", "SET");
    private static final java.util.Set<String> NOT_SOURCES = java.util.Set.of(
            "DATE", "TIME", "DURATION", "NUMBER", "ORDINAL", "PERCENT", "MONEY", "SET");

    private static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP");

    private static int dependencySubject(Tree tree, int i) {
        int verb = i;
        boolean misread = false;
        for (int climb = 0; climb <= MAX_CLIMB && verb >= 0; climb++) {
            int subject = nearestSubject(tree, verb);
            if (subject >= 0) {
                return subject;
            }
            String rel = tree.relation(verb);
            // "A report released last year found that ...": the parser made the participle the root
            // and hung the finite verb on it
            boolean reducedRelative = rel.equals("dep") && tree.head(verb) >= 0 && tree.head(verb) < verb
                    && tree.token(tree.head(verb)).pos().equals("VBN") && FINITE.contains(tree.token(verb).pos());
            // "responded ... by saying his refusal was a choice": the parser made the gerund the subject
            // of the clause it reports; who says it is the subject of the verb the gerund hangs on
            boolean gerundMisread = rel.equals("csubj") && tree.token(verb).pos().equals("VBG") && tree.child(verb, "mark") >= 0;
            misread |= gerundMisread;
            // "Trump, in Florida to survey the damage, later told reporters ...": the parser made the
            // infinitive the root, with the sentence's subject, and hung the finite verb on it
            int up = tree.head(verb);
            boolean infinitiveRoot = rel.equals("dep") && up >= 0 && tree.token(up).pos().equals("VB")
                    && tree.child(up, "mark") >= 0 && tree.token(tree.child(up, "mark")).text().equalsIgnoreCase("to")
                    && FINITE.contains(tree.token(verb).pos());
            if (!(rel.startsWith("advcl") || rel.equals("xcomp") || rel.equals("conj") || reducedRelative || gerundMisread
                    || infinitiveRoot
                    || misread && rel.equals("parataxis"))) {
                return -1;
            }
            verb = tree.head(verb);
        }
        return -1;
    }

    /**
     * The verb's subject; of two ("The middle fifth paid 8.9 percent, the agency said"), where the
     * parser folded the reported clause into the cue's, the one nearest before the verb.
     */
    private static int nearestSubject(Tree tree, int verb) {
        int before = -1;
        int after = -1;
        for (int c : tree.children(verb)) {
            String rel = tree.relation(c);
            if (!rel.equals("nsubj") && !rel.startsWith("nsubj:")) {
                continue;
            }
            if (c < verb) {
                before = Math.max(before, c);
            } else if (after < 0) {
                after = c;
            }
        }
        return before >= 0 ? before : after;
    }

    /** Nouns of a recording: "footage of Trump saying" shows who speaks. */
    private static final java.util.Set<String> DEPICTIONS = java.util.Set.of(
            "footage", "video", "clip", "tape", "recording", "image", "photo", "picture", "audio");

    /** The noun of an "of" phrase on {@code noun}, or -1. */
    private static int ofPhrase(Tree tree, int noun) {
        for (int c : tree.children(noun)) {
            int k = tree.child(c, "case");
            if (tree.relation(c).startsWith("nmod") && k >= 0 && tree.token(k).text().equalsIgnoreCase("of")) {
                return c;
            }
        }
        return -1;
    }

    private static int sentenceSubject(Tree tree, int cue) {
        for (int t = 0; t < tree.size(); t++) {
            if (tree.relation(t).equals("root")) {
                int s = tree.child(t, "nsubj");
                return s >= 0 && s < cue ? s : -1;
            }
        }
        return -1;
    }

    /**
     * The noun right before the cue, past adverbs and auxiliaries. Not a time ("early Friday said"),
     * and not the object of a preposition ("in a box labeled").
     */
    private static int leftAdjacentHead(Tree tree, int cue) {
        int j = cue - 1;
        while (j >= 0 && isVerbFiller(tree.token(j))) {
            j--;
        }
        if (j < 0 || !isNominal(tree.token(j)) || NOT_SOURCES.contains(tree.token(j).ner())
                || RELATIVE.contains(tree.token(j).pos())) {
            return -1;
        }
        int start = phraseStart(tree, j);
        if (start > 0 && (tree.token(start - 1).pos().equals("IN") || tree.token(start - 1).pos().equals("TO"))) {
            return -1;
        }
        return j;
    }

    private static Source rightAdjacent(Tree tree, int cue) {
        if (LISTENER_VERBS.contains(lemma(tree, cue))) {
            return null; // "..., told The Huffington Post": who heard it, never who said it
        }
        boolean frame = cue == 0 || tree.token(cue - 1).isPunctuation();
        int j = cue + 1;
        if (!frame || j >= tree.size() || !(NP_INTERNAL.contains(tree.token(j).pos()) || isNominal(tree.token(j)))) {
            return null;
        }
        int last = j;
        while (last + 1 < tree.size() && (NP_INTERNAL.contains(tree.token(last + 1).pos()) || isNominal(tree.token(last + 1)))) {
            last++;
        }
        int head = last;
        while (head > j && !isNominal(tree.token(head))) {
            head--;
        }
        return isNominal(tree.token(head)) ? new Source(head, j, head) : null;
    }

    /** An auxiliary right before its verb, with at most adverbs and other auxiliaries between ("was widely said"). */
    private static boolean auxiliaryOf(Tree tree, int aux, int verb) {
        if (aux > verb) {
            return false; // a passive auxiliary never follows its verb: the parser misread the sentence
        }
        for (int t = aux + 1; t < verb; t++) {
            if (!isAuxOrAdverb(tree.token(t)) && !tree.token(t).pos().equals("PRP")) {
                return false;
            }
        }
        return true;
    }

    /** The source of the nearest verb of saying before {@code cue} in its sentence, outside quotation marks. */
    private static Source previousSpeaker(Tree tree, int cue, java.util.function.IntPredicate quoted) {
        for (int j = cue - 2; j >= 0; j--) {
            if (!quoted.test(tree.token(j).start()) && isVerb(tree, j) && Cues.SPEECH.contains(lemma(tree, j))) {
                int subject = tree.child(j, "nsubj");
                if (subject >= 0 && !quoted.test(tree.token(subject).start())) {
                    return phrase(tree, subject, j, quoted);
                }
                Source right = rightAdjacent(tree, j);
                return right != null && right.last() < cue ? right : null; // "said Devine, suggesting ..."
            }
        }
        return null;
    }

    private static final int NAMED_SOURCE_MAX = 25;
    /** Verbs whose noun right after them is the listener: they never invert with their subject. */
    private static final java.util.Set<String> LISTENER_VERBS = java.util.Set.of("tell", "inform", "remind", "assure", "thank");

    /**
     * "Ms. Veer, a close friend of the mayor who was her chief of staff, said, ..." when the parser,
     * misled by the quote, lost the subject: a name opening the sentence (or the reporting clause
     * after a quote), a comma, an appositive
     * (verbs only inside a relative clause), a comma, the cue. The source is the name with its
     * appositive, as PolNeAR marks it.
     */
    private static Source nameWithAppositive(Tree tree, int cue) {
        int from = 0;
        for (int t = cue - 1; t > 0; t--) {
            if (tree.token(t).isQuoteMark() && tree.token(t - 1).isPunctuation()) {
                from = t + 1; // "“...,” Flynn, a top Trump surrogate, said": the name opens the reporting clause
                break;
            }
        }
        if (cue - from < 3 || !tree.token(cue - 1).text().equals(",") || cue - from > NAMED_SOURCE_MAX) {
            return null;
        }
        int k = from;
        while (k < cue && tree.token(k).isProperNoun()) {
            k++;
        }
        if (k == from || k >= cue - 1 || !tree.token(k).text().equals(",") || !tree.token(k - 1).ner().equals("PERSON")
                && !tree.token(k - 1).ner().equals("ORGANIZATION")) {
            return null;
        }
        boolean relative = false;
        for (int t = k + 1; t < cue - 1; t++) {
            Token tok = tree.token(t);
            relative |= RELATIVE.contains(tok.pos()) || tok.pos().equals("WP$");
            if ((tok.pos().startsWith("VB") || tok.pos().equals("MD")) && !relative || tok.isQuoteMark()) {
                return null;
            }
        }
        return new Source(k - 1, from, cue - 2);
    }

    /** Extends left from the head over determiners, adjectives, nouns and possessives. */
    private static int phraseStart(Tree tree, int h) {
        int k = h;
        while (k - 1 >= 0 && (NP_INTERNAL.contains(tree.token(k - 1).pos()) || isNoun(tree.token(k - 1)))
                && dependsOn(tree, k - 1, h)) {
            k--;
        }
        return k;
    }

    /** True when {@code h} is {@code t}'s head or an ancestor of it (a parse without edges counts as yes). */
    static boolean dependsOn(Tree tree, int t, int h) {
        if (tree.head(t) == -1 && tree.relation(t).isEmpty()) {
            return true;
        }
        int x = t;
        for (int steps = 0; steps < tree.size() && x >= 0; steps++) {
            if (x == h) {
                return true;
            }
            x = tree.head(x);
        }
        return false;
    }

    /** Extends right over compound nouns, and over an appositive closed by a comma right before the cue. */
    private static int phraseEnd(Tree tree, int h, int cue) {
        int k = h;
        while (k + 1 < tree.size() && k + 1 != cue && isNoun(tree.token(k + 1))) {
            k++;
        }
        // A name's bracketed party and state belong to it: "Rep. Gwen Moore (D-Wis.)".
        if (k + 2 < tree.size() && (tree.token(k + 1).text().equals("(") || tree.token(k + 1).text().equals("-LRB-"))) {
            for (int j = k + 2; j < Math.min(tree.size(), k + 7) && (h > cue || j < cue); j++) {
                if (closesBracket(tree, k + 1, j)) {
                    k = j;
                    break;
                }
            }
        }
        if (h < cue && k + 1 < cue - 1 && tree.token(k + 1).text().equals(",") && tree.token(cue - 1).text().equals(",")
                && cue - 1 - k <= APPOSITIVE_MAX) {
            return cue - 2;
        }
        return k;
    }

    private static final int APPOSITIVE_MAX = 12;
    private static final java.util.Set<String> NP_INTERNAL = java.util.Set.of(
            "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD", "HYPH");
    private static final java.util.Set<String> FILLER_LEMMAS = java.util.Set.of(
            "have", "be", "do", "will", "would", "also", "later", "then", "again", "once", "repeatedly", "previously",
            "recently", "earlier", "has", "had", "did", "not", "n't");

    private static boolean isVerbFiller(Token t) {
        String l = t.lemma() == null ? t.text() : t.lemma();
        return t.pos().equals("RB") || t.pos().equals("MD") || FILLER_LEMMAS.contains(l.toLowerCase(Locale.ROOT));
    }

    private static boolean isNominal(Token t) {
        // a name the tagger read as a word ("said Devine" tagged JJ) is still a name
        return isNoun(t) || t.pos().equals("PRP") || t.pos().equals("CD") || t.ner().equals("PERSON");
    }

    private static boolean isNoun(Token t) {
        return t.pos().startsWith("NN");
    }

    private static boolean isCallFor(Tree tree, int i) {
        String l = lemma(tree, i);
        if (!(l.equals("call") || l.equals("ask") || l.equals("urge"))) {
            return false;
        }
        return i + 1 < tree.size() && (tree.token(i + 1).text().equalsIgnoreCase("for")
                || tree.token(i + 1).text().equalsIgnoreCase("on") || tree.token(i + 1).text().equalsIgnoreCase("off"));
    }

    private static boolean isVerb(Tree tree, int i) {
        return tree.token(i).pos().startsWith("VB");
    }

    private static String lemma(Tree tree, int i) {
        String l = tree.token(i).lemma();
        return (l == null ? tree.token(i).text() : l).toLowerCase(Locale.ROOT);
    }
}

package org.dateline.extract.quote;

import org.dateline.extract.syntax.Tree;
import org.dateline.model.Token;

import java.util.Set;

/**
 * What a cue reports, as token ranges of its parsed sentence: a clausal complement ("said that
 * ..."), an object with its predicate ("accused X of Y"), an indirect question, a prepositional
 * topic ("talked about X"), or the clause a parenthetical or trailing reporting clause comments on
 * ("..., top union leaders said Friday"), with the parser's common misreadings of those repaired.
 * Stateless.
 */
final class ReportedContent {
    private ReportedContent() {
    }

    /** The reported content of cue {@code i}: its clausal complement, or the clause it comments on. */
    static int[] of(Tree tree, int i) {
        int[] r;
        int[] called = tree.token(i).lemma().equalsIgnoreCase("call") ? calledWhat(tree, i) : null;
        int fronted = frontedReport(tree, i);
        if (CueFinder.isAccordingTo(tree, i)) {
            int[] pp = CueFinder.accordingPhrase(tree, i);
            if (pp == null) {
                return null;
            }
            int leftEnd = i - 1;
            int rightStart = pp[1] + 1;
            r = leftEnd >= tree.size() - 1 - rightStart ? new int[] {0, leftEnd} : new int[] {rightStart, tree.size() - 1};
        } else if (tree.child(i, "ccomp") >= 0) {
            r = tree.subtree(tree.child(i, "ccomp"));
        } else if (misparsedReport(tree, i)) {
            // "Trump said praise from Putin would not affect him" parsed with "said praise" as a clause
            // subject of "affect", or "Clinton says there needs to be ..." with a verb as object: the
            // parser lost the complement; a verb of saying reports what follows it to the clause end.
            int end = misparsedReportEnd(tree, i);
            int from = i + 1;
            if (from < end && (tree.relation(from).equals("iobj") || tree.relation(from).equals("obj") && ADDRESSING.contains(lemma(tree, i)))) {
                from = tree.subtree(from)[1] + 1; // "telling reporters the terms were unfair": the listeners are not the content
            }
            r = new int[] {from, end};
        } else if (copularOblique(tree, i) >= 0) {
            // "Sanders said on Friday Trump was in the process of ...": the parser read "Friday Trump"
            // and "the process" as obliques of the cue; what was said runs from after the day
            int c = copularOblique(tree, i);
            int from = i + 1;
            while (from < c && (TIMES.contains(tree.token(from).ner()) || tree.token(from).pos().equals("IN")
                    && from + 1 < c && TIMES.contains(tree.token(from + 1).ner()))) {
                from++;
            }
            r = new int[] {from, tree.subtree(c)[1]};
        } else if (relativeReport(tree, i)) {
            r = new int[] {i + 1, tree.subtree(i)[1]}; // "donations, which he said were accompanied by favors"
        } else if (tree.child(i, "obj") >= 0 && Cues.OBJECT_CONTENT.contains(lemma(tree, i))
                && !invertedSource(tree, i)) {
            r = withoutTrailingTime(tree, tree.child(i, "obj"), withPredicate(tree, i, tree.subtree(tree.child(i, "obj"))));
            if (r[0] == r[1] && tree.token(r[0]).isProperNoun() && !ADDRESSING.contains(lemma(tree, i))) {
                return r; // a stance toward someone named: "endorsed Trump", "attacked Machado"
            }
        } else if (question(tree, i) >= 0) {
            r = tree.subtree(question(tree, i));
            if (tree.token(r[0]).text().equalsIgnoreCase("about")) {
                r[0]++; // "asked Trump about his statements": what was asked about
            }
        } else if (prepositionalObject(tree, i) >= 0) {
            r = tree.subtree(prepositionalObject(tree, i));
            r[0] = Math.max(r[0], i + 2);
        } else if (tree.child(i, "xcomp") >= 0 && Cues.INTENTION.contains(lemma(tree, i))) {
            r = tree.subtree(tree.child(i, "xcomp"));
            int obj = tree.child(i, "obj");
            if (obj > i && tree.subtree(obj)[1] + 1 == r[0]) {
                r[0] = tree.subtree(obj)[0]; // "urged Republicans to join ...": who is to act belongs to the request
            }
        } else if (tree.token(i).lemma().equalsIgnoreCase("call") && callForObject(tree, i) >= 0) {
            r = tree.subtree(callForObject(tree, i));
            r[0] = Math.max(r[0], i + 2); // "for" belongs to the cue
        } else if (called != null) {
            r = called;
        } else if (fronted >= 0) {
            r = tree.subtree(fronted);
        } else if (tree.relation(i).equals("parataxis") && bare(tree, i) || parentheticalReport(tree, i)) {
            int[] own = tree.subtree(i);
            int[] clause = tree.head(i) >= 0 ? tree.subtree(tree.head(i)) : new int[] {0, tree.size() - 1};
            boolean more = false;
            for (int k = own[1] + 1; k <= clause[1]; k++) {
                more |= !tree.token(k).isPunctuation();
            }
            // "The economy, he said, is growing": the clause goes on after the parenthetical, and all of it
            // is reported (one span, the parenthetical inside); "X is Y, he said." reports what precedes
            r = more && own[0] > clause[0] ? new int[] {clause[0], clause[1]} : new int[] {0, own[0] - 1};
        } else if (trailingReport(tree, i) > 0) {
            r = new int[] {0, trailingReport(tree, i) - 1};
        } else {
            return null;
        }
        r[1] = beforeLooseModifier(tree, r[0], r[1]);
        while (r[0] <= r[1] && tree.token(r[0]).isPunctuation()) {
            r[0]++;
        }
        while (r[1] >= r[0] && tree.token(r[1]).isPunctuation()) {
            r[1]--;
        }
        return r[1] - r[0] >= 1 ? r : null;
    }

    private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");

    /**
     * An oblique of a verb of saying that is a predicate with its own copula after a noun phrase
     * ("said on Friday Trump was in the process"), or -1: a clause the parser broke apart.
     */
    private static int copularOblique(Tree tree, int i) {
        if (!Cues.SPEECH.contains(lemma(tree, i)) || tree.child(i, "ccomp") >= 0 || tree.child(i, "nsubj") < 0) {
            return -1;
        }
        for (int c : tree.children(i)) {
            int cop = tree.child(c, "cop");
            if (c > i && tree.relation(c).startsWith("obl") && cop > i + 1 && tree.token(cop).pos().matches("VB[DZP]")
                    && isNominalWord(tree.token(cop - 1))) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isNominalWord(Token t) {
        return t.pos().startsWith("NN") || t.pos().equals("PRP");
    }

    /**
     * A cue inside a relative clause whose pronoun is the subject of what was said: "donations, which
     * he said were accompanied by favors", "what the senators said was gerrymandering". The parser
     * makes the pronoun the cue's object; the reported predicate follows the cue (PolNeAR marks it
     * without the pronoun).
     */
    private static boolean relativeReport(Tree tree, int i) {
        if (!Cues.SPEECH.contains(lemma(tree, i)) && !Cues.BELIEF.contains(lemma(tree, i)) || tree.child(i, "nsubj") < 0
                || tree.child(i, "ccomp") >= 0) {
            return false;
        }
        int obj = tree.child(i, "obj");
        if (obj < 0 || obj > i || !RELATIVE_PRONOUNS.contains(tree.token(obj).text().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int c : tree.children(i)) {
            if (c == i + 1 && FINITE_OR_MODAL.contains(tree.token(c).pos())
                    || c > i && tree.token(c).pos().startsWith("VB") && tree.subtree(c)[0] == i + 1) {
                return true; // the reported predicate starts right after the cue
            }
        }
        return false;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "what", "that", "who");

    /** "..., said David Autor, a professor": the parser's object after an inverted cue is its source. */
    private static boolean invertedSource(Tree tree, int i) {
        int obj = tree.child(i, "obj");
        return i > 0 && tree.token(i - 1).text().equals(",") && obj > i
                && (tree.token(obj).isProperNoun() || tree.token(obj).ner().equals("PERSON") || tree.token(obj).pos().equals("PRP"));
    }

    /**
     * "defended the plan on Monday", "endorsed Trump Friday": when the act took place is not what
     * was said, though the parser hung it on the object; a time inside the content's own clause
     * ("video of Clinton stumbling to a van this past weekend") stays.
     */
    private static int[] withoutTrailingTime(Tree tree, int object, int[] r) {
        int k = r[1];
        while (k > r[0] && (tree.token(k).ner().equals("DATE") || tree.token(k).ner().equals("TIME"))) {
            k--;
        }
        if (k == r[1] || k <= r[0]) {
            return r;
        }
        boolean onObject = false;
        for (int t = k + 1; t <= r[1]; t++) {
            onObject |= tree.head(t) == object;
        }
        if (!onObject) {
            return r;
        }
        if (tree.token(k).pos().equals("IN") && k - 1 >= r[0]) {
            k--;
        }
        return new int[] {r[0], k};
    }

    private static String lemma(Tree tree, int i) {
        return tree.token(i).lemma().toLowerCase(java.util.Locale.ROOT);
    }

    private static final Set<String> PREDICATE_CASES = Set.of("of", "for", "on", "as");

    /**
     * The object with what the cue says of it: "accused X of Y", "blamed X for Y", "blamed the law
     * on Z", "described X as Y" -- a prepositional dependent right after the object.
     */
    private static int[] withPredicate(Tree tree, int i, int[] object) {
        for (int c : tree.children(i)) {
            if (c > object[1] && (tree.relation(c).startsWith("obl") || tree.relation(c).equals("advcl"))
                    && !tree.token(c).ner().equals("DATE") && !tree.token(c).ner().equals("TIME")) { // "on Monday" is when
                int[] r = tree.subtree(c);
                if (r[0] == object[1] + 1 && PREDICATE_CASES.contains(tree.token(r[0]).text().toLowerCase(java.util.Locale.ROOT))) {
                    return new int[] {object[0], r[1]};
                }
            }
        }
        return object;
    }

    /** Verbs whose object is the person addressed, not what was said. */
    private static final Set<String> ADDRESSING = Set.of("ask", "tell", "inform", "thank", "congratulate", "remind");

    private static final Set<String> ASKING = Set.of("ask", "wonder", "question", "inquire", "query");

    /** "asked workers if they planned to attend", "wondered whether ...": the indirect question. */
    private static int question(Tree tree, int i) {
        if (!ASKING.contains(lemma(tree, i))) {
            return -1;
        }
        for (int c : tree.children(i)) {
            int mark = tree.child(c, "mark");
            if (c > i && mark >= 0 && (tree.token(mark).text().equalsIgnoreCase("if") || tree.token(mark).text().equalsIgnoreCase("whether"))) {
                return c;
            }
        }
        for (int c : tree.children(i)) {
            int k = tree.child(c, "case");
            boolean about = tree.relation(c).startsWith("obl") && k >= 0 && tree.token(k).text().equalsIgnoreCase("about");
            boolean asked = tree.relation(c).equals("obj") && tree.token(c).pos().startsWith("NN") && !tree.token(c).isProperNoun()
                    && !tree.token(c).ner().equals("PERSON");
            if (c > i && (about || asked)) {
                return c; // "asked Trump about his statements", "asked the candidates a simple question: ..."
            }
        }
        return -1;
    }

    private static final Set<String> CUE_CASES = Set.of("to", "about", "of", "on", "against");
    private static final Set<String> REFERRING = Set.of("refer", "point", "allude", "object");

    /**
     * What a cue speaks of through its preposition: "referring to the party's convention", "talked
     * about the record", "warned of a crisis"; the preposition belongs to the cue.
     */
    private static int prepositionalObject(Tree tree, int i) {
        String lemma = lemma(tree, i);
        if (!(Cues.SPEECH.contains(lemma) || CueFinder.isTopicCue(tree, i)) || i + 2 >= tree.size()) {
            return -1;
        }
        String preposition = tree.token(i + 1).text().toLowerCase(java.util.Locale.ROOT);
        if (!CUE_CASES.contains(preposition) || preposition.equals("to") && !REFERRING.contains(lemma)
                || tree.token(i + 2).text().equalsIgnoreCase("as")) {
            return -1; // "spoke to reporters" names the listeners, "referred to X" what was said; "referred to as" names
        }
        for (int c : tree.children(i)) {
            if (tree.relation(c).startsWith("obl") && tree.child(c, "case") == i + 1 && tree.subtree(c)[0] == i + 1) {
                return c; // not a stranded preposition ("which Trump referred to as ...")
            }
        }
        return -1;
    }

    /**
     * "The new plan is still tilted toward the rich, the Tax Foundation said": the reported clause
     * comes first, set off by a comma, and the parser hung it on the verb of saying as an adverbial
     * or loose dependent; a clause with a subordinator ("After the talks ended, she said ...") is not it.
     */
    private static int frontedReport(Tree tree, int i) {
        if (!Cues.SPEECH.contains(lemma(tree, i)) || tree.child(i, "nsubj") < 0) {
            return -1;
        }
        for (int c : tree.children(i)) {
            String rel = tree.relation(c);
            if (c < i && (rel.equals("advcl") || rel.equals("dep")) && tree.child(c, "mark") < 0
                    && tree.token(c).pos().startsWith("VB")) {
                int end = tree.subtree(c)[1];
                if (end + 1 < i && tree.token(end + 1).text().equals(",") && tree.child(i, "nsubj") > end) {
                    return c;
                }
            }
        }
        return -1;
    }

    /**
     * "..., he said, and ...": a verb of saying with its own subject, set off after a comma and
     * attached by the parser as some other dependent; it reports the words before it.
     */
    private static boolean parentheticalReport(Tree tree, int i) {
        String rel = tree.relation(i);
        if (!(rel.equals("dep") || rel.equals("conj") || rel.equals("advcl") || rel.startsWith("acl"))
                || !Cues.SPEECH.contains(lemma(tree, i))) {
            return false;
        }
        int subject = tree.child(i, "nsubj");
        int first = tree.subtree(i)[0];
        return subject >= 0 && subject < i && first > 1 && tree.token(first - 1).text().equals(",")
                && tree.child(i, "ccomp") < 0 && bare(tree, i) && !tree.token(first).pos().equals("CC")
                && tree.child(i, "mark") < 0; // "..., though she acknowledged it ..." subordinates, it does not report
    }

    /**
     * A reporting verb with nothing of its own to report, as a parenthetical "he said" is: no object
     * or infinitive ("some agencies have reported having difficulty", "the court will hear arguments").
     */
    private static boolean bare(Tree tree, int i) {
        return tree.child(i, "obj") < 0 && tree.child(i, "xcomp") < 0;
    }

    private static final int MAX_TRAILING_PHRASES = 2;
    private static final Set<String> CHANNEL_PREPOSITIONS = Set.of("in", "on", "at", "during", "with", "to");
    private static final Set<String> TRAILING_POS = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> NOUN_PHRASE_POS = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "POS", "CD", "PRP", "PRP$");

    /**
     * The comma before a reporting clause that closes its sentence, or -1: "The delay is an insult
     * to workers, top union leaders said Friday afternoon, as they ..." or "..., said Batchelder."
     * The surface decides, whatever the parser made of the clause (an appositive's modifier, an
     * adjective): a finite verb of saying or thinking, its source right before or right after it
     * (with a day), then the sentence end or a comma; before the comma, a clause with a verb, so
     * that "The company, officials said, plans ..." is not read as reporting "The company".
     */
    private static int trailingReport(Tree tree, int i) {
        String lemma = lemma(tree, i);
        if (!(Cues.SPEECH.contains(lemma) || lemma.equals("think") || lemma.equals("believe"))
                || !TRAILING_POS.contains(tree.token(i).pos())) {
            return -1;
        }
        int k = i + 1;
        for (int phrases = 0; phrases <= MAX_TRAILING_PHRASES && k < tree.size(); phrases++) {
            if (phrases > 0) {
                if (!CHANNEL_PREPOSITIONS.contains(tree.token(k).text().toLowerCase(java.util.Locale.ROOT))) {
                    break;
                }
                k++; // "the agency said in a June report,", "she said on Twitter.": where it was said
            }
            while (k < tree.size() && (NOUN_PHRASE_POS.contains(tree.token(k).pos()) || tree.token(k).ner().equals("DATE")
                    || tree.token(k).ner().equals("TIME"))) {
                k++;
            }
        }
        if (k < tree.size() && !(tree.token(k).text().equals(",") || tree.token(k).text().equals(".")
                || tree.token(k).text().equals(";"))) {
            return -1;
        }
        int j = i - 1;
        while (j >= 0 && (NOUN_PHRASE_POS.contains(tree.token(j).pos()) || tree.token(j).pos().equals("RB")
                || tree.token(j).pos().equals("CC") && j > 0 && j < i - 1
                || tree.token(j).pos().equals("MD") || tree.token(j).pos().startsWith("VB") && j == i - 1)) {
            j--;
        }
        if (j < 2 || !tree.token(j).text().equals(",") || j == i - 1 && k == i + 1) {
            return -1;
        }
        for (int v = 1; v < j; v++) {
            if (tree.token(v).pos().startsWith("VB") || tree.token(v).pos().equals("MD")) {
                return j;
            }
        }
        return -1;
    }

    /**
     * "though she acknowledged it was unlikely to work" parsed with the cue as an adverbial of its
     * own complement's predicate: the cue, right before that clause, with no object or complement.
     */
    private static boolean hungOnItsReport(Tree tree, int i) {
        int h = tree.head(i);
        return tree.relation(i).equals("advcl") && h > i && tree.child(i, "ccomp") < 0 && tree.child(i, "obj") < 0
                && tree.subtree(h)[0] > i - 3 && tree.child(h, "nsubj") == i + 1;
    }

    /** A verb of saying whose complement the parser misattached: a clausal subject of a later verb, or a verb as object. */
    private static boolean misparsedReport(Tree tree, int i) {
        String lemma = lemma(tree, i);
        // "..., telling reporters ...", "by saying his refusal was a choice": a gerund's subject is the main clause's
        boolean participle = tree.token(i).pos().equals("VBG") && i > 0
                && (tree.token(i - 1).text().equals(",") || tree.child(i, "mark") >= 0 || tree.relation(i).equals("acl"));
        if (!(Cues.SPEECH.contains(lemma) || Cues.BELIEF.contains(lemma)) || tree.child(i, "nsubj") < 0 && !participle) {
            return false; // a participle after a comma ("..., telling reporters ...") has its subject in the main clause
        }
        for (int c : tree.children(i)) {
            // "One study found Trump would raise taxes": the clause's subject taken for an object and
            // its verb left hanging as a dependent
            if (c > i && tree.relation(c).equals("dep") && tree.token(c).pos().startsWith("VB") && tree.child(c, "aux") >= 0
                    && tree.child(i, "obj") > i && tree.child(i, "obj") < c) {
                return true;
            }
        }
        if (tree.relation(i).equals("csubj") && tree.head(i) > i || hungOnItsReport(tree, i)) {
            return true; // "polls showed Smith was the winner": the cue made the subject of "winner"
        }
        if (!Cues.SPEECH.contains(lemma)) {
            return false;
        }
        int obj = tree.child(i, "obj");
        return obj > i && tree.token(obj).pos().startsWith("VB") || verbAfterObject(tree, i) >= 0;
    }

    /**
     * Where a misparsed report ends: with the clause of the verb stranded after the cue's object, with
     * the clause the cue was made the subject or an adverbial of, else with the cue's own phrase.
     */
    private static int misparsedReportEnd(Tree tree, int i) {
        int stranded = verbAfterObject(tree, i);
        if (stranded >= 0) {
            return tree.subtree(tree.head(stranded) >= 0 ? tree.head(stranded) : stranded)[1];
        }
        boolean underItsReport = tree.relation(i).equals("csubj") || hungOnItsReport(tree, i);
        return tree.subtree(underItsReport ? tree.head(i) : i)[1];
    }

    /**
     * "signs saying the levy was unfair" parsed with "the levy" as the cue's object and "was" left
     * to another clause: a finite verb right after the object, outside the cue's phrase, is the
     * predicate of the reported clause whose subject the parser took for an object. Its index, or -1.
     */
    private static int verbAfterObject(Tree tree, int i) {
        int obj = tree.child(i, "obj");
        if (obj <= i || ADDRESSING.contains(lemma(tree, i)) || tree.token(i).pos().equals("VBN")) { // not "a group called X belongs"
            return -1;
        }
        int next = tree.subtree(obj)[1] + 1;
        int[] own = tree.subtree(i);
        if (next >= tree.size() || next <= own[1] && next >= own[0] || !FINITE_OR_MODAL.contains(tree.token(next).pos())) {
            return -1;
        }
        return next;
    }

    private static final Set<String> FINITE_OR_MODAL = Set.of("VBD", "VBZ", "VBP", "MD");

    /**
     * What "call" reports when it names or summons: "called the charges unsubstantiated" (object and
     * predicate), "called on Republicans to unendorse Trump" (addressee and demand).
     */
    private static int[] calledWhat(Tree tree, int i) {
        int xcomp = tree.child(i, "xcomp");
        int obj = tree.child(i, "obj");
        if (xcomp < 0 && obj > i) {
            // "called the charges unsubstantiated": the predicate parsed as a modifier after the object
            for (int c : tree.children(obj)) {
                if (c > obj && (tree.relation(c).equals("amod") || tree.relation(c).equals("dep"))) {
                    return tree.subtree(obj);
                }
            }
            return null;
        }
        if (xcomp < 0 || xcomp < i) {
            return null;
        }
        if (obj < 0 && tree.child(xcomp, "nsubj") > i) {
            return tree.subtree(xcomp); // "called him a master at ...": a small clause
        }
        if (obj > i) {
            return new int[] {tree.subtree(obj)[0], tree.subtree(xcomp)[1]};
        }
        for (int c : tree.children(i)) {
            if (tree.relation(c).startsWith("obl") && c > i && tree.child(c, "case") >= 0
                    && tree.token(tree.child(c, "case")).text().equalsIgnoreCase("on")) {
                return new int[] {tree.child(c, "case") + 1, tree.subtree(xcomp)[1]};
            }
        }
        return null;
    }

    /** The object of "call for": "called for a ban on imports". */
    private static int callForObject(Tree tree, int i) {
        for (int c : tree.children(i)) {
            if (tree.relation(c).startsWith("obl") && tree.child(c, "case") >= 0
                    && tree.token(tree.child(c, "case")).text().equalsIgnoreCase("for")
                    || tree.relation(c).equals("advcl") && tree.child(c, "mark") == i + 1
                    && tree.token(i + 1).text().equalsIgnoreCase("for")) {
                return c; // "called for a ban", "called for contestants to wear ..." (a clause the parser marks with "for")
            }
        }
        return -1;
    }

    /**
     * The reported clause ends before a loose modifier set off by a comma: a participial clause
     * ("..., focusing on people under 30") or a contrast ("..., but still lost the election") is the
     * writer's addition.
     */
    private static int beforeLooseModifier(Tree tree, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!tree.token(k).text().equals(",")) {
                continue;
            }
            Token next = tree.token(k + 1);
            String w = next.text().toLowerCase(java.util.Locale.ROOT);
            if (next.pos().equals("VBG") && !tree.relation(k + 1).equals("nsubj") && !PREPOSITIONAL_PARTICIPLES.contains(w)
                    || LOOSE.contains(w) || reportOfItsOwn(tree, k + 1, to)) {
                return k - 1;
            }
        }
        return to;
    }

    /** A closing relative clause that is an attribution of its own (", which he said were ..."): not the outer content. */
    private static boolean reportOfItsOwn(Tree tree, int pronoun, int to) {
        int verb = tree.head(pronoun);
        return RELATIVE_PRONOUNS.contains(tree.token(pronoun).text().toLowerCase(java.util.Locale.ROOT)) && verb > pronoun
                && tree.relation(verb).equals("acl:relcl") && relativeReport(tree, verb) && tree.subtree(verb)[1] >= to;
    }

    /** Participles that work as prepositions and keep their phrase in the clause ("..., including its annexation of Crimea"). */
    private static final Set<String> PREPOSITIONAL_PARTICIPLES = Set.of("including", "excluding", "beginning", "starting",
            "following", "regarding", "concerning", "considering", "involving", "barring", "pending");

    private static final Set<String> LOOSE = Set.of("but", "though", "although", "while",
            "whereas", "contradicting", "according");

    /** What a cue reports as its object: "called X “Y”", "described X as “Y”", "praised X's “Y”". */
    private static int[] objectContent(Tree tree, int i) {
        String lemma = lemma(tree, i);
        if (lemma.equals("call")) {
            return calledWhat(tree, i);
        }
        int obj = tree.child(i, "obj");
        return obj >= 0 && Cues.OBJECT_CONTENT.contains(lemma) ? tree.subtree(obj) : null;
    }

    /** The cue's reported content when it contains {@code offset} (a mixed quote), else null. */
    static int[] complement(Tree tree, int cue, int offset) {
        int comp = tree.child(cue, "ccomp");
        int[] r = comp >= 0 ? tree.subtree(comp) : objectContent(tree, cue);
        if (r == null || offset < tree.token(r[0]).start() || offset > tree.token(r[1]).end()) {
            // the reported clause as an indirect quote reads it ("vowed to punish “those who ...”",
            // "called the law a “crazy system”")
            r = of(tree, cue);
        }
        return r != null && offset >= tree.token(r[0]).start() && offset <= tree.token(r[1]).end() ? r : null;
    }
}

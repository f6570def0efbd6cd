package org.dateline.extract.event;

import org.dateline.extract.syntax.Tree;
import org.dateline.model.Participant;
import org.dateline.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Codes the clauses of one parsed sentence with a verb dictionary. For each verb the dictionary
 * knows, the most specific pattern whose words stand around it wins (pre-verb words are read
 * leftwards from the verb over the sentence, post-verb words rightwards over the verb's own clause),
 * else the verb's default code. The source is the pattern's {@code $} actor or the clause subject
 * (the agent of a passive; the controller of an infinitive, "Pompeo to travel"); the target is the
 * pattern's {@code +} actor or the first actor after the verb. Compound actors ("Trump and Putin")
 * become lists. A governing verb coded only by its default gives way to a coded complement ("agreed
 * to meet" is a meeting, planned). Thread-safe.
 */
final class EventCoder {
    private static final int PRE_WINDOW = 12;
    private static final int SLOT_REACH = 6;
    private static final Set<String> CLAUSE_BREAKS = Set.of("ccomp", "advcl", "parataxis", "acl:relcl", "conj", "csubj",
            "nsubj", "nsubj:pass", "punct", "discourse", "vocative", "list", "dep");
    private static final Set<String> PHRASE_BREAKS = Set.of("parataxis", "conj", "csubj", "nsubj", "nsubj:pass",
            "punct", "discourse", "vocative", "list", "dep");
    private static final Set<String> NP_BREAKS = Set.of("conj", "cc", "acl", "acl:relcl", "appos", "punct", "parataxis",
            "advcl", "ccomp", "dep");
    private static final Set<String> OTHER_PARTY_CASES = Set.of("against", "with", "on", "over", "about", "to", "toward",
            "towards", "at", "for");
    private static final Set<String> NP_CLIMB = Set.of("compound", "flat", "flat:name", "amod", "det", "nmod:poss",
            "nummod", "det:poss");
    private static final Set<String> OBJECT_CONTROL = Set.of("ask", "urge", "tell", "call", "persuade", "force", "order",
            "invite", "press", "pressure", "encourage", "allow", "request", "warn", "push");

    private static final Set<String> NOT_RECIPIENT_CASES = Set.of("despite", "including", "after", "before", "during",
            "because", "like", "about", "regarding", "amid", "since", "until", "without", "among", "than", "as",
            "besides", "except", "following", "over", "in", "at", "near", "within", "across", "throughout");
    private static final Set<String> NOUN_RECIPIENT_CASES = Set.of("with", "to", "on", "against", "of", "into",
            "toward", "towards");

    private final VerbDictionary verbs;
    private final NounLexicon nouns;
    private final boolean petrarch;
    private final boolean requireTarget;

    /**
     * @param petrarch PETRARCH's semantics: dyads only, and the target is the first actor after the
     *                 verb in its phrase whatever its preposition ("arrived in Gondor", "fired at
     *                 Seoul"); otherwise (news) places and settings ("in Sochi", "despite ...") are
     *                 not recipients and an actor alone is an event
     */
    EventCoder(VerbDictionary verbs, NounLexicon nouns, boolean petrarch) {
        this(verbs, nouns, petrarch, petrarch);
    }

    /** With PETRARCH's semantics but its {@code require_dyad} set as given. */
    EventCoder(VerbDictionary verbs, NounLexicon nouns, boolean petrarch, boolean requireTarget) {
        this.verbs = verbs;
        this.nouns = nouns;
        this.petrarch = petrarch;
        this.requireTarget = requireTarget;
    }

    private record Match(VerbPattern pattern, int source, int target, int last, boolean compound) {
    }

    /** A verb's coding before chains are resolved: whether a pattern gave it, and the last token that pattern used. */
    private record Draft(Coded coded, boolean fromDefault, int reach) {
    }

    List<Coded> code(Tree tree, List<ActorSpan> spans) {
        List<Draft> drafts = new ArrayList<>();
        Set<Coded> agentless = new java.util.HashSet<>();
        for (int v = 0; v < tree.size(); v++) {
            Token t = tree.token(v);
            if (!t.pos().startsWith("VB")) {
                continue;
            }
            String rel = tree.relation(v);
            if (rel.equals("aux") || rel.startsWith("aux:") || rel.equals("cop")) {
                continue;
            }
            VerbDictionary.Entry entry = entry(t);
            if (entry == null) {
                continue;
            }
            List<Integer> post = petrarch ? phraseAfter(tree, v) : clauseAfter(tree, v);
            List<Integer> pre = new ArrayList<>();
            for (int i = v - 1; i >= 0 && i >= v - PRE_WINDOW; i--) {
                pre.add(i);
            }
            Match match = null;
            for (VerbPattern p : entry.patterns()) {
                match = match(p, pre, post, tree, spans);
                if (match != null) {
                    break;
                }
            }
            String code = match != null ? match.pattern().code() : entry.code();
            if (code == null || code.equals(VerbPattern.NO_EVENT)) {
                continue;
            }
            List<Participant> sources = new ArrayList<>();
            List<Participant> targets = new ArrayList<>();
            int passiveTarget = -1;
            if (match != null && match.compound()) {
                sources.addAll(noun(tree, match.source(), spans));
                if (sources.size() < 2) {
                    continue;
                }
            } else if (match != null && match.source() >= 0) {
                sources.addAll(noun(tree, match.source(), spans));
            } else {
                int[] subject = subject(tree, v, 0);
                if (subject[0] >= 0) {
                    sources.addAll(noun(tree, subject[0], spans));
                    if (sources.isEmpty()) {
                        sources.addAll(reportingActor(tree, v, subject[0], spans));
                    }
                }
                passiveTarget = subject[1];
            }
            if (match != null && match.target() >= 0) {
                targets.addAll(noun(tree, match.target(), spans));
            } else if (passiveTarget >= 0) {
                targets.addAll(noun(tree, passiveTarget, spans));
            } else if (match == null || !match.compound()) {
                targets.addAll(firstTarget(tree, v, post, spans, sources));
            }
            if (entry.fallback() && (targets.isEmpty() || code.startsWith("01"))) {
                continue; // a borrowed dictionary's verb: dyads only, no bare statements
            }
            int last = match != null && match.last() > v && match.last() - v <= 3 ? match.last() : v;
            String[] parts = code.split(":");
            int reach = match != null ? Math.max(match.last(), v) : v;
            Coded coded = new Coded(v, last, parts[0], sources, targets);
            if (!petrarch && sources.isEmpty() && passiveTarget >= 0 && !targets.isEmpty()) {
                agentless.add(coded); // "three civilians were killed in a bombing": done to them, by someone unnamed
            }
            drafts.add(new Draft(coded, match == null, reach));
            if (parts.length > 1 && !parts[1].isBlank() && !targets.isEmpty()) {
                drafts.add(new Draft(new Coded(v, last, parts[1], targets, sources), match == null, reach));
            }
        }
        List<Coded> out = new ArrayList<>(resolveChains(tree, drafts));
        out.addAll(nominal(tree, spans, out));
        if (!petrarch) {
            out.addAll(demands(tree, spans));
        }
        out.sort(java.util.Comparator.comparingInt(Coded::verb)); // text order
        return out.stream()
                .filter(c -> agentless.contains(c) || !c.sources().isEmpty()
                        && (!requireTarget || !c.targets().isEmpty() || c.sources().size() > 1))
                .toList();
    }

    /**
     * The dictionary entry of a verb token: its own form first, as PETRARCH matches words ("left"
     * has its own block, travel, apart from LEAVE), then its lemma; an entry of the first
     * dictionary before a fallback's.
     */
    private VerbDictionary.Entry entry(Token t) {
        VerbDictionary.Entry byText = verbs.entry(t.text());
        VerbDictionary.Entry byLemma = t.lemma() == null ? null : verbs.entry(t.lemma());
        // the first dictionary's entry, by form or lemma, before a fallback's
        if (byText != null && !byText.fallback() || byLemma == null) {
            return byText;
        }
        return byText != null && byLemma.fallback() ? byText : byLemma;
    }

    /**
     * Resolves verb chains: an intent verb coded only by default ("agreed to", "promised to") gives
     * way to a coded complement, which is then planned; a complement whose words a governing
     * pattern used ("agreed to let ... escape") is part of that pattern's event.
     */
    private static List<Coded> resolveChains(Tree tree, List<Draft> drafts) {
        List<Coded> out = new ArrayList<>();
        for (Draft d : drafts) {
            Coded c = d.coded();
            boolean governsCoded = false;
            boolean usedByGovernor = false;
            for (Draft other : drafts) {
                Coded o = other.coded();
                if (o.verb() == c.verb()) {
                    continue;
                }
                if (tree.head(o.verb()) == c.verb() && tree.relation(o.verb()).equals("xcomp")) {
                    governsCoded = true;
                }
                if (tree.head(c.verb()) == o.verb() && tree.relation(c.verb()).equals("xcomp") && !other.fromDefault()
                        && other.reach() >= c.verb()) {
                    usedByGovernor = true;
                }
            }
            if (governsCoded && d.fromDefault() && c.code().startsWith("03") || usedByGovernor) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /**
     * "Nigeria announced that it will withdraw", "Syria says it is willing to withdraw": a pronoun
     * subject of a reported clause is the reporting clause's actor.
     */
    private static List<Participant> reportingActor(Tree tree, int v, int subject, List<ActorSpan> spans) {
        String w = tree.token(subject).text().toLowerCase(Locale.ROOT);
        if (!tree.token(subject).pos().equals("PRP") || !(w.equals("it") || w.equals("they") || w.equals("we"))) {
            return List.of();
        }
        int h = v;
        for (int guard = 0; guard < 4 && h >= 0; guard++) {
            String rel = tree.relation(h);
            if (!(rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("advcl"))) {
                return List.of();
            }
            h = tree.head(h);
            int[] s = subject(tree, h, 0);
            if (s[0] >= 0 && s[0] != subject) {
                List<Participant> found = noun(tree, s[0], spans);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private static final Set<String> DECLARING = Set.of("say", "declare", "insist", "reiterate", "state", "conclude",
            "tell", "announce", "stress", "argue", "write", "add");

    /**
     * A declaration that someone must act is a demand on them (CAMEO 10, PLOVER REQUEST): "the
     * administration declared that China must drop barriers", "he said Libya must hand over the suspects".
     */
    private static List<Coded> demands(Tree tree, List<ActorSpan> spans) {
        List<Coded> out = new ArrayList<>();
        for (int v = 0; v < tree.size(); v++) {
            if (!tree.token(v).pos().startsWith("VB") || !DECLARING.contains(lower(tree.token(v).lemma()))) {
                continue;
            }
            int clause = tree.child(v, "ccomp");
            if (clause < 0 || tree.children(clause).stream().noneMatch(c -> tree.relation(c).equals("aux")
                    && tree.token(c).text().equalsIgnoreCase("must"))) {
                continue;
            }
            int[] speaker = subject(tree, v, 0);
            int[] addressee = subject(tree, clause, 0);
            if (speaker[0] < 0 || addressee[0] < 0) {
                continue;
            }
            List<Participant> sources = noun(tree, speaker[0], spans);
            List<Participant> targets = noun(tree, addressee[0], spans);
            if (!sources.isEmpty() && !targets.isEmpty()) {
                out.add(new Coded(v, v, "100", sources, targets));
            }
        }
        return out;
    }

    /** The code of a noun with the preposition of one of its modifiers ("call for"), or null. */
    private String caseMarked(Tree tree, int n) {
        List<String> markers = new ArrayList<>();
        if (n + 1 < tree.size() && tree.token(n + 1).pos().equals("IN")) {
            markers.add(tree.token(n + 1).text()); // "calls for X to be ...", however the parser hangs it
        }
        for (int c : tree.children(n)) {
            if (tree.relation(c).startsWith("nmod") && caseOf(tree, c) != null) {
                markers.add(caseOf(tree, c));
            }
        }
        for (String marker : markers) {
            String code = nouns.code(tree.token(n).lemma() + " " + marker.toLowerCase(Locale.ROOT));
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** Words by which an event noun names a market or a price, not people acting ("the dollar rally", "lower demand"). */
    private static final Set<String> MARKET_WORDS = Set.of("dollar", "euro", "yen", "stock", "stocks", "market", "markets",
            "price", "prices", "oil", "bond", "bonds", "share", "shares", "equity", "equities", "currency", "relief",
            "consumer", "consumers", "lower", "higher", "strong", "stronger", "weak", "weaker", "rising", "falling", "global",
            "domestic", "energy", "fuel", "housing", "labor", "labour", "export", "import", "pent-up", "buying", "selling",
            "late-session", "year-end", "heart", "panic", "sugar", "wall", "street", "sales");

    /** Whether an event noun is a market's ("a late-session rally", "consumer demand", "a heart attack"). */
    private static boolean markets(Tree tree, int n) {
        for (int c : tree.children(n)) {
            String rel = tree.relation(c);
            if ((rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss"))
                    && MARKET_WORDS.contains(tree.token(c).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Events named by nouns: "Pompeo's meeting with Lavrov", "a U.S. airstrike on ...". */
    private List<Coded> nominal(Tree tree, List<ActorSpan> spans, List<Coded> verbal) {
        List<Coded> out = new ArrayList<>();
        for (int n = 0; n < tree.size(); n++) {
            Token t = tree.token(n);
            if (!t.pos().startsWith("NN") || t.isProperNoun()) {
                continue;
            }
            // two-word event nouns first: "hunger strike" before "strike", "car bombing" before "bombing"
            String code = n > 0 ? nouns.code(tree.token(n - 1).text() + " " + t.lemma()) : null;
            if (code == null) {
                code = nouns.code(t.lemma());
            }
            if (code == null) {
                code = nouns.code(t.text());
            }
            String marked = caseMarked(tree, n);
            if (marked != null) {
                code = marked; // "his calls for X" is an appeal, not a phone call
            }
            if (code == null || spanAt(spans, n, false) != null || markets(tree, n)) {
                continue;
            }
            int noun = n;
            if (verbal.stream().anyMatch(c -> c.verb() == tree.head(noun) || c.lastTrigger() >= noun && c.verb() < noun)) {
                continue;
            }
            List<Participant> sources = new ArrayList<>();
            List<Participant> targets = new ArrayList<>();
            for (int c : tree.children(n)) {
                String rel = tree.relation(c);
                if (rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("amod")) {
                    if (sources.isEmpty()) {
                        sources.addAll(noun(tree, c, spans));
                    }
                } else if (rel.startsWith("nmod") && caseOf(tree, c) != null
                        && NOUN_RECIPIENT_CASES.contains(caseOf(tree, c)) && targets.isEmpty()) {
                    targets.addAll(noun(tree, c, spans));
                }
            }
            sources.removeIf(p -> p.code() == null); // "a hunger strike outside Parliament": no actor in the noun phrase
            int light = tree.head(n);
            boolean carried = tree.relation(n).equals("obj") || tree.relation(n).startsWith("obl") && "in".equals(caseOf(tree, n));
            if (sources.isEmpty() && light >= 0 && carried && LIGHT_VERBS.contains(lower(tree.token(light).lemma()))) {
                // "students staged demonstrations", "landowners began a hunger strike": the doer of the light verb
                int[] subject = subject(tree, light, 0);
                if (subject[0] >= 0) {
                    sources.addAll(noun(tree, subject[0], spans));
                }
            }
            // the doer may be a person no dictionary codes ("Karim Tabbou began a hunger strike"), as with verbs
            sources.removeIf(p -> p.code() == null && p.entity() == null);
            if (!sources.isEmpty()) {
                out.add(new Coded(n, n, code, sources, targets));
            }
        }
        return out;
    }

    /**
     * Verbs that only carry an event noun: "staged a protest", "held talks", "launched an offensive",
     * "ordered patrols", "engaged in ethnic cleansing", "announced a suspension of air links",
     * "imposed sanctions", "declared a ceasefire".
     */
    private static final Set<String> LIGHT_VERBS = Set.of("stage", "hold", "launch", "begin", "start", "organize",
            "organise", "mount", "conduct", "carry", "continue", "resume", "call", "lead", "join", "order", "engage",
            "participate", "renew", "repeat", "reiterate", "issue", "make", "step", "announce", "impose", "declare");

    private static String caseOf(Tree tree, int noun) {
        for (int c : tree.children(noun)) {
            if (tree.relation(c).equals("case")) {
                return tree.token(c).text().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** Tokens of the verb's own clause after it, in order (not its subject nor embedded clauses). */
    static List<Integer> clauseAfter(Tree tree, int v) {
        List<Integer> out = new ArrayList<>();
        walk(tree, v, (parent, child) -> {
            String rel = tree.relation(child);
            return parent == v ? CLAUSE_BREAKS.contains(rel)
                    : rel.startsWith("acl") || rel.equals("parataxis") || rel.equals("advcl");
        }, out, 0);
        out.sort(Integer::compare);
        return out.stream().filter(i -> i > v).toList();
    }

    /**
     * PETRARCH's view of what follows a verb: its whole verb phrase, complement and adverbial
     * clauses included ("allowed that Mordor isn't ...", "signed an accord to supply Gondor"), not
     * its subject, coordinated verbs or parenthetical clauses.
     */
    private static List<Integer> phraseAfter(Tree tree, int v) {
        List<Integer> out = new ArrayList<>();
        walk(tree, v, (parent, child) -> {
            String rel = tree.relation(child);
            return parent == v ? PHRASE_BREAKS.contains(rel) : rel.equals("parataxis");
        }, out, 0);
        out.sort(Integer::compare);
        return out.stream().filter(i -> i > v).toList();
    }

    /** Where a walk down the tree stops: at the edge from {@code parent} to {@code child}. */
    private interface Cut {
        boolean at(int parent, int child);
    }

    /** Adds {@code i} and its descendants to {@code out}, not crossing edges that {@code cut} marks. */
    private static void walk(Tree tree, int i, Cut cut, List<Integer> out, int depth) {
        if (depth > tree.size()) {
            return;
        }
        out.add(i);
        for (int c : tree.children(i)) {
            if (!cut.at(i, c)) {
                walk(tree, c, cut, out, depth + 1);
            }
        }
    }

    /** {subject token, passive-subject token} of a verb, climbing to the controller of infinitives. */
    private static int[] subject(Tree tree, int v, int depth) {
        int active = -1;
        int passive = -1;
        for (int c : tree.children(v)) {
            String rel = tree.relation(c);
            if (rel.equals("nsubj") || rel.equals("csubj")) {
                active = c;
            } else if (rel.equals("nsubj:pass")) {
                passive = c;
            } else if (rel.equals("obl:agent")) {
                active = c;
            }
        }
        if (active >= 0 && misparsedInfinitiveSubject(tree, v, active) && depth < 3 && tree.head(v) >= 0) {
            // "meet with Lavrov, the foreign minister, in Sochi to discuss ...": an infinitive has no
            // subject of its own before its "to"; the parser took the noun before it for one. Who
            // discusses is who meets.
            int[] up = subject(tree, tree.head(v), depth + 1);
            return up[0] < 0 && up[1] >= 0 ? new int[]{up[1], -1} : up;
        }
        if (passive >= 0 && active < 0) {
            for (int c : tree.children(v)) {
                if (tree.relation(c).equals("obl") && hasCase(tree, c, "by")) {
                    active = c;
                }
            }
        }
        if (active < 0 && passive < 0 && depth < 3) {
            String rel = tree.relation(v);
            int head = tree.head(v);
            // "Trump, in Florida to survey the damage, later met ...": the parser made the infinitive the
            // root with the sentence's subject and hung the finite verb on it as a dependent
            boolean underInfinitiveRoot = rel.equals("dep") && head >= 0 && isInfinitive(tree, head)
                    && tree.token(v).pos().matches("VB[DZP]");
            if (head >= 0 && (rel.equals("xcomp") || rel.equals("conj") || rel.equals("advcl") && isInfinitive(tree, v)
                    || underInfinitiveRoot)) {
                String lemma = lower(tree.token(head).lemma());
                if (rel.equals("xcomp") && OBJECT_CONTROL.contains(lemma)) {
                    int obj = tree.child(head, "obj");
                    if (obj >= 0) {
                        return new int[]{obj, -1};
                    }
                }
                int[] up = subject(tree, head, depth + 1);
                // raising: "Pompeo is scheduled to meet", "is expected to visit"
                return up[0] < 0 && up[1] >= 0 ? new int[]{up[1], -1} : up;
            }
        }
        return new int[]{active, passive};
    }

    /** A bare verb right after "to" (quotation marks aside) whose subject stands before the "to", with no "for" ("for Russia to withdraw"). */
    private static boolean misparsedInfinitiveSubject(Tree tree, int v, int subject) {
        int to = v - 1;
        while (to >= 0 && tree.token(to).isPunctuation()) {
            to--;
        }
        if (!tree.token(v).pos().equals("VB") || to < 0 || !tree.token(to).text().equalsIgnoreCase("to") || subject > to) {
            return false;
        }
        int first = tree.subtree(subject)[0];
        return first == 0 || !tree.token(first - 1).text().equalsIgnoreCase("for");
    }

    private static boolean isInfinitive(Tree tree, int v) {
        int mark = tree.child(v, "mark");
        return mark >= 0 && tree.token(mark).text().equalsIgnoreCase("to");
    }

    private static boolean hasCase(Tree tree, int noun, String word) {
        for (int c : tree.children(noun)) {
            if (tree.relation(c).equals("case") && tree.token(c).text().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** The first actor after the verb in its clause, with its conjuncts. */
    private List<Participant> firstTarget(Tree tree, int v, List<Integer> post, List<ActorSpan> spans,
                                                 List<Participant> sources) {
        for (int i : post) {
            ActorSpan s = spanAt(spans, i, false);
            if (s == null || !attached(tree, i, v)) {
                continue;
            }
            if (sources.stream().anyMatch(p -> p.start() <= s.participant().start() && s.participant().end() <= p.end())) {
                continue;
            }
            List<Participant> found = noun(tree, i, spans);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * Whether the noun at {@code token} is an argument of verb {@code v}: an object, an oblique or a
     * "with"/"to"/"against" modifier of one, not a topic ("issues including Ukraine"), a setting
     * ("despite the conclusions of ...") or a place ("in Sochi").
     */
    private boolean attached(Tree tree, int token, int v) {
        if (petrarch) {
            return true; // PETRARCH: any actor of the verb phrase (the caller walks only that phrase)
        }
        int h = token;
        for (int guard = 0; guard < 8 && h >= 0; guard++) {
            if (h == v) {
                return true;
            }
            String rel = tree.relation(h);
            String c = caseOf(tree, h);
            boolean ok = switch (rel.contains(":") && !rel.startsWith("nmod:poss") ? rel.substring(0, rel.indexOf(':')) : rel) {
                case "obj", "iobj", "conj", "appos", "compound", "flat", "amod", "det", "nummod", "nmod:poss" -> true;
                case "obl" -> c == null || !NOT_RECIPIENT_CASES.contains(c);
                case "nmod" -> c != null && NOUN_RECIPIENT_CASES.contains(c);
                default -> false;
            };
            if (!ok) {
                return false;
            }
            h = tree.head(h);
        }
        return false;
    }

    private static ActorSpan spanAt(List<ActorSpan> spans, int token, boolean agentsToo) {
        for (ActorSpan s : spans) {
            if (s.covers(token) && (agentsToo || !s.agent())) {
                return s;
            }
        }
        return null;
    }

    /** The participants a noun phrase names: the phrase around {@code token} and its conjuncts. */
    static List<Participant> noun(Tree tree, int token, List<ActorSpan> spans) {
        int head = token;
        for (int guard = 0; guard < 6 && NP_CLIMB.contains(tree.relation(head)) && tree.head(head) >= 0; guard++) {
            head = tree.head(head);
        }
        for (int guard = 0; guard < 6 && tree.relation(head).equals("conj") && tree.head(head) >= 0
                && tree.token(tree.head(head)).pos().startsWith("NN"); guard++) {
            head = tree.head(head);
        }
        // "Algeria's foreign minister Ramtane Lamamra", "Russia's foreign minister, Sergei Lavrov,": a
        // title the parser made the head stands for the name beside it, not for its country
        if (spanAt(spans, head, false) == null) {
            for (int c : tree.children(head)) {
                ActorSpan named = spanAt(spans, c, false);
                if ((tree.relation(c).equals("appos") || tree.relation(c).equals("dep")) && named != null
                        && !named.agent() && named.participant().entity() != null && tree.token(c).isProperNoun()) {
                    head = c;
                    break;
                }
            }
        }
        // "the ambassadors of Arnor, Osgiliath and Gondor": the agent of each of the countries.
        ActorSpan headSpan = spanAt(spans, head, true);
        if (headSpan != null && headSpan.agent() && headSpan.participant().code() != null) {
            for (int c : tree.children(head)) {
                if (tree.relation(c).equals("nmod") && "of".equals(caseOf(tree, c))) {
                    List<Participant> owners = noun(tree, c, spans);
                    if (owners.size() > 1 && owners.stream().allMatch(o -> o.code() != null && o.code().length() == 3)) {
                        return owners.stream().map(o -> new Participant(o.entity(), o.text(), o.start(), o.end(),
                                o.code() + headSpan.participant().code())).toList();
                    }
                }
            }
        }
        List<Integer> members = new ArrayList<>();
        members.add(head);
        for (int k = 0; k < members.size() && k < 12; k++) {
            for (int c : tree.children(members.get(k))) {
                if (tree.relation(c).equals("conj")) {
                    members.add(c);
                }
            }
        }
        List<Participant> out = new ArrayList<>();
        for (int m : members) {
            List<Integer> range = new ArrayList<>();
            // "riots against the Israeli military" are not military: a phrase the noun acts on or with is not part of who it is
            walk(tree, m, (parent, child) -> NP_BREAKS.contains(tree.relation(child)) || tree.relation(child).startsWith("nmod")
                    && OTHER_PARTY_CASES.contains(String.valueOf(caseOf(tree, child))), range, 0);
            Participant p = participant(tree, m, range, spans);
            if (p != null && out.stream().noneMatch(o -> o.start() == p.start())) {
                out.add(p);
            }
        }
        // A premodifier is shared by the conjuncts: "Danish media and government" is Danish government too.
        if (out.size() > 1 && out.get(0).code() != null && out.get(0).code().length() >= 3
                && !out.get(0).code().startsWith("---")) {
            String country = out.get(0).code().substring(0, 3);
            for (int i = 1; i < out.size(); i++) {
                Participant p = out.get(i);
                if (p.code() != null && p.code().startsWith("---")) {
                    out.set(i, new Participant(p.entity(), p.text(), p.start(), p.end(), country + p.code().substring(3)));
                }
            }
        }
        return out;
    }


    private static Participant participant(Tree tree, int head, List<Integer> range, List<ActorSpan> spans) {
        ActorSpan actor = null;
        ActorSpan agent = null;
        for (ActorSpan s : spans) {
            boolean inside = range.contains(s.first()) && range.contains(s.last());
            if (!inside) {
                continue;
            }
            if (s.agent()) {
                if (agent == null) {
                    agent = s;
                }
            } else if (actor == null || s.covers(head)) {
                actor = s;
            }
        }
        if (actor == null && agent == null) {
            return null;
        }
        String agentCode = agent == null ? null : former(tree, range, agent) ? "ELI" : agent.participant().code();
        if (actor == null) {
            Participant a = agent.participant();
            return new Participant(null, a.text(), a.start(), a.end(), "---" + agentCode);
        }
        Participant p = actor.participant();
        String code = p.code();
        if (agent != null && code != null && code.length() == 3 && !actor.covers(agent.first())) {
            code = code + agentCode;
        } else if (agent != null && code != null && agentCode.equals("ELI") && !code.endsWith("ELI")) {
            code = code + "ELI";
        } else if (agent != null && code == null && agentCode != null && !actor.covers(agent.first())) {
            code = "---" + agentCode; // a name of no known country with its role beside it
        }
        return new Participant(p.entity(), p.text(), p.start(), p.end(), code);
    }

    /** "former security officials", "ex-minister": no longer in office, CAMEO's elites (ELI). */
    private static boolean former(Tree tree, List<Integer> range, ActorSpan agent) {
        for (int i : range) {
            String w = tree.token(i).text().toLowerCase(Locale.ROOT);
            if (i < agent.first() && (w.equals("former") || w.equals("ex") || w.equals("ex-"))
                    || i == agent.first() && w.startsWith("ex-")) {
                return true;
            }
        }
        return false;
    }

    private Match match(VerbPattern p, List<Integer> pre, List<Integer> post, Tree tree, List<ActorSpan> spans) {
        int[] slots = {-1, -1, -1};
        if (!seq(p.pre(), 0, pre, 0, true, tree, spans, slots)) {
            return null;
        }
        int source = slots[0];
        int target = slots[1];
        slots[0] = -1;
        slots[1] = -1;
        slots[2] = -1;
        if (!seq(p.post(), 0, post, 0, false, tree, spans, slots)) {
            return null;
        }
        boolean compound = p.pre().stream().anyMatch(e -> e.kind() == VerbPattern.Kind.COMPOUND)
                || p.post().stream().anyMatch(e -> e.kind() == VerbPattern.Kind.COMPOUND);
        return new Match(p, source >= 0 ? source : slots[0], target >= 0 ? target : slots[1],
                slots[2] >= 0 ? slots[2] : -1, compound);
    }

    /** "to" marking another verb's infinitive ("went out of her way to praise"), not a preposition or particle. */
    private static boolean infinitiveMark(Tree tree, int i) {
        int head = tree.head(i);
        return tree.relation(i).equals("mark") && head >= 0 && tree.token(head).pos().startsWith("VB");
    }

    /** Matches elements from {@code ei} against tokens from list position {@code ti}. slots: source, target, last word. */
    private boolean seq(List<VerbPattern.Element> els, int ei, List<Integer> toks, int ti, boolean leftward, Tree tree,
                        List<ActorSpan> spans, int[] slots) {
        if (ei == els.size()) {
            return true;
        }
        VerbPattern.Element e = els.get(ei);
        if (e.kind() == VerbPattern.Kind.SKIP) {
            return seq(els, ei + 1, toks, ti, leftward, tree, spans, slots);
        }
        int limit = e.adjacent() ? Math.min(ti + 1, toks.size()) : toks.size();
        if (e.kind() == VerbPattern.Kind.SOURCE || e.kind() == VerbPattern.Kind.TARGET
                || e.kind() == VerbPattern.Kind.COMPOUND) {
            limit = Math.min(toks.size(), e.adjacent() ? ti + 1 : ti + SLOT_REACH); // "*_+": right after the verb
        }
        for (int p = ti; p < limit; p++) {
            int[] saved = slots.clone();
            int next = -1;
            switch (e.kind()) {
                case WORDS, PARTICLE -> {
                    if (word(e.words().get(0), tree.token(toks.get(p))) && !ofTime(tree, toks.get(p))
                            && !(e.kind() == VerbPattern.Kind.PARTICLE && infinitiveMark(tree, toks.get(p)))) {
                        next = p + 1;
                        if (!leftward) {
                            slots[2] = toks.get(p);
                        }
                    }
                }
                case SYNSET -> {
                    for (List<String> alt : e.synset()) {
                        List<String> words = leftward ? reversed(alt) : alt;
                        if (run(words, toks, p, tree)) {
                            next = p + words.size();
                            if (!leftward) {
                                slots[2] = toks.get(p + words.size() - 1);
                            }
                            break;
                        }
                    }
                }
                default -> {
                    ActorSpan s = spanAt(spans, toks.get(p), true);
                    if (s != null) {
                        int q = p;
                        while (q < toks.size() && s.covers(toks.get(q))) {
                            q++;
                        }
                        next = q;
                        if (e.kind() == VerbPattern.Kind.SOURCE || e.kind() == VerbPattern.Kind.COMPOUND) {
                            slots[0] = toks.get(p);
                        } else {
                            slots[1] = toks.get(p);
                        }
                    }
                }
            }
            if (next >= 0 && seq(els, ei + 1, toks, next, leftward, tree, spans, slots)) {
                return true;
            }
            System.arraycopy(saved, 0, slots, 0, slots.length);
        }
        return false;
    }

    /** A preposition of a date or time ("on Monday", "in May"): it says when, not what a pattern's preposition asks. */
    private static boolean ofTime(Tree tree, int i) {
        if (!tree.relation(i).equals("case") || tree.head(i) < 0) {
            return false;
        }
        String ner = tree.token(tree.head(i)).ner();
        return ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION");
    }

    private static boolean run(List<String> words, List<Integer> toks, int p, Tree tree) {
        if (p + words.size() > toks.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!word(words.get(k), tree.token(toks.get(p + k)))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> reversed(List<String> l) {
        List<String> r = new ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }

    private static boolean word(String w, Token t) {
        return t.text().toUpperCase(Locale.ROOT).equals(w) || t.lemma() != null && t.lemma().toUpperCase(Locale.ROOT).equals(w);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}

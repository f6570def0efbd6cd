package org.dateline.extract.event;

import org.dateline.extract.syntax.Tree;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventTime;
import org.dateline.model.Mention;
import org.dateline.model.ParsedArticle;
import org.dateline.model.Participant;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Sentence;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;
import org.dateline.model.Token;
import org.dateline.model.Trigger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The event stage: codes every parsed sentence with the verb dictionary, takes actors and
 * recipients from the article's entities, and gives each event its PLOVER type and mode, CAMEO code,
 * quad class and Goldstein score, status, date (the time expression in its clause, else the
 * publication date, flagged), place (a location in its clause after "in", "at" or "to") and the
 * attribution that reports it. PLOVER's future rule applies: a planned CONSULT, SUPPORT, COOPERATE,
 * AID, RETREAT or CONCEDE is an AGREE (CAMEO's intent codes 03x), a planned or conditional
 * ASSAULT, MOBILIZE, COERCE, SANCTION or PROTEST a THREATEN (13x). Thread-safe.
 */
public final class EventExtractor {
    /** Verbs too common to parse a sentence for: their patterns still code parsed sentences. */
    private static final Set<String> TOO_COMMON = Set.of("have", "give", "hold", "call");
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "to");

    private final ActorDictionary agents;
    private final EventCoder coder;
    private final StatusReader statuses = new StatusReader();
    private final CameoCodes cameo = CameoCodes.shared();

    public EventExtractor() {
        this(VerbDictionary.builtIn(), ActorDictionary.builtInAgents());
    }

    public EventExtractor(VerbDictionary verbs, ActorDictionary agents) {
        this.agents = agents;
        this.coder = new EventCoder(verbs, NounLexicon.builtIn(), false);
    }

    /** Lemmas whose sentences this stage reads the dependency tree of (for selective parsing). */
    public static Set<String> parseTriggers() {
        Set<String> forms = new java.util.HashSet<>(VerbDictionary.builtIn().forms());
        forms.addAll(NounLexicon.builtIn().lemmas());
        forms.removeAll(TOO_COMMON);
        return Set.copyOf(forms);
    }

    /** Acts the PLOVER manual types differently from the CAMEO table ({@code plover-acts.tsv}): trigger lemmas to type and mode. */
    private static final java.util.Map<String, String[]> PLOVER_ACTS = ploverActs();

    private static java.util.Map<String, String[]> ploverActs() {
        java.util.Map<String, String[]> m = new java.util.HashMap<>();
        org.dateline.extract.data.DataFiles.rows("/org/dateline/extract/event/plover-acts.tsv",
                f -> m.put(f[0], new String[]{f[1], f[2]}));
        return java.util.Map.copyOf(m);
    }

    private static final Set<String> PARTICLES = Set.of("down", "up", "out", "off", "back", "aside", "away");

    /** The lemmas of the trigger's verb and its particle, if any ("step down"). */
    private static String triggerLemmas(Tree tree, Coded c) {
        String verb = tree.token(c.verb()).lemma().toLowerCase(java.util.Locale.ROOT);
        int next = c.verb() + 1;
        if (next < tree.size() && next <= c.lastTrigger() && (tree.relation(next).equals("compound:prt")
                || tree.relation(next).equals("advmod") && PARTICLES.contains(tree.token(next).text().toLowerCase(java.util.Locale.ROOT)))) {
            // "stepped down" with "down" tagged as an adverb is still the phrasal verb
            return verb + " " + tree.token(next).lemma().toLowerCase(java.util.Locale.ROOT);
        }
        return verb;
    }

    /**
     * Codes the events of an article.
     *
     * @param times the article's normalized times (events take their dates from these, not from the
     *              tagger's raw values)
     */
    public List<Event> extract(ParsedArticle parsed, List<Entity> entities, List<Quote> quotes, List<TimeExpression> times) {
        LocalDate published = parsed.article().metadata().published();
        EntityActors actors = new EntityActors(entities, agents.on(published));
        List<Event> out = new ArrayList<>();
        for (Sentence s : parsed.sentences()) {
            if (s.dependencies().isEmpty()) {
                continue;
            }
            Tree tree = new Tree(s);
            List<ActorSpan> spans = actors.find(tree);
            for (Coded c : coder.code(tree, spans)) {
                Event e = event(parsed.article().text(), tree, c, times, entities, quotes, published);
                if (e != null && !named(quotes, e.trigger().start())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private Event event(String text, Tree tree, Coded c, List<TimeExpression> times, List<Entity> entities, List<Quote> quotes,
                        LocalDate published) {
        CameoCodes.Code code = cameo.get(c.code());
        if (code == null) {
            return null;
        }
        List<Participant> targets = c.targets().stream()
                .filter(t -> t.entity() == null || c.sources().stream().noneMatch(s -> t.entity().equals(s.entity())))
                .toList();
        TimeExpression time = time(tree, c.verb(), times);
        EventTime when = time != null
                ? new EventTime(time.value(), time.text(), time.start(), time.end(), false)
                : new EventTime(published == null ? null : published.toString(), null, -1, -1, true);
        boolean nominal = !tree.token(c.verb()).pos().startsWith("VB");
        EventStatus status;
        if (nominal) {
            status = nominalStatus(tree, c.verb(), time, published);
            if (status == null) {
                return null;
            }
        } else {
            status = statuses.status(tree, c.verb(), c.code(), time == null ? null : time.value(), published);
        }
        boolean force = "ASSAULT".equals(code.plover()) || "COERCE".equals(code.plover());
        if (force && !nominal && (figurative(tree, c.verb(), CONTEST_OBJECTS)
                || "ASSAULT".equals(code.plover()) && figurative(tree, c.verb(), FIGURATIVE_OBJECTS))) {
            return null;
        }
        if ("PROTEST".equals(code.plover()) && tree.token(c.verb()).lemma().equalsIgnoreCase("demonstrate")
                && (tree.child(c.verb(), "obj") >= 0 || tree.child(c.verb(), "ccomp") >= 0 || tree.child(c.verb(), "xcomp") >= 0)) {
            return null; // "has demonstrated that it lacks the competency": showing, not a demonstration
        }
        if ("ASSAULT".equals(code.plover())) {
            String read = ForceReading.code(tree, c, code.code(), entities, targets);
            if (read == null) {
                return null;
            }
            code = cameo.get(read);
        }
        String type = code.plover();
        String mode = code.mode();
        String cameoCode = code.code();
        String[] act = PLOVER_ACTS.get(triggerLemmas(tree, c));
        if (act != null && type != null) {
            type = act[0]; // "resigned": PLOVER's RETREAT mode resign, whatever CAMEO's 0831 maps to
            mode = act[1];
        }
        // an act someone else asks for is nobody's intent: "urged the army to attack" is no army threat
        // nor is a thought experiment's: "imagine that Russia invaded" is no Russian threat
        String intent = StatusReader.requested(tree, c.verb()) || StatusReader.supposed(tree, c.verb()) ? null
                : (status == EventStatus.PLANNED || status == EventStatus.HYPOTHETICAL)
                && StatusReader.ultimatum(tree, c.verb()) ? "139" : intent(type, status);
        if (intent == null && status == EventStatus.NEGATED && StatusReader.refusal(tree, c.verb())) {
            intent = refusal(type);
            if (intent != null) {
                status = EventStatus.OCCURRED; // the refusal is the act, and it was made
            }
        }
        if (intent != null) {
            code = cameo.get(intent);
            cameoCode = code.code();
            type = code.plover();
            mode = null;
        }
        Token first = tree.token(c.verb());
        Token last = tree.token(c.lastTrigger());
        Trigger trigger = new Trigger(text.substring(first.start(), last.end()), first.start(), last.end());
        return new Event(type, mode, cameoCode, code.quadClass(), code.goldstein(), c.sources(), targets, status,
                when, place(tree, c.verb(), entities), reportedBy(quotes, first.start()), trigger,
                new Span(tree.sentence().start(), tree.sentence().end()));
    }

    /**
     * Things that are killed, attacked, fought and destroyed only in politics' figures of speech:
     * "kill the filibuster", "attack the plan", "fight for the law's survival", "destroy her
     * campaign", "shoot down the idea". Lemmas, lower case.
     */
    private static final Set<String> FIGURATIVE_OBJECTS = Set.of("bill", "law", "plan", "proposal", "filibuster",
            "measure", "legislation", "policy", "idea", "campaign", "record", "rule", "regulation", "deal", "nomination",
            "program", "programme", "agenda", "effort", "reform", "tax", "amendment", "initiative", "budget", "act",
            "obamacare", "care", "mandate", "candidacy", "chance", "hope", "argument", "claim", "notion", "theory",
            "narrative", "story", "report", "reputation", "credibility", "career", "economy", "deficit", "debt",
            "corruption", "poverty", "crime", "disease", "cancer", "virus", "inflation", "climate", "change", "racism",
            "discrimination", "survival", "right", "rights", "justice", "freedom", "cause", "vote",
            "votes", "seat", "election", "reelection", "re-election", "nominee", "stance", "repeal", "passage",
            "approval", "confirmation", "funding", "spending", "cuts", "increase", "statement", "comment", "remark", "remarks",
            "tweet", "media", "press", "decision", "ruling", "order", "system", "establishment", "status");

    /**
     * Things won and lost in contests, and what overwhelms someone in a figure of speech: "retook
     * the majority", "seized the lead", "captured the title", "overwhelmed by the support". No act
     * of force or coercion takes them ("impose martial law" does coerce).
     */
    private static final Set<String> CONTEST_OBJECTS = Set.of("majority", "lead", "title", "championship", "game",
            "match", "race", "primary", "primaries", "poll", "polls", "ratings", "momentum", "support", "outpouring",
            "response", "demand", "news", "emotion", "grief", "joy", "question", "questions", "criticism", "backlash");


    /** Prepositions by which a verb of force names what it acts for or against ("fight for the law"). */
    private static final Set<String> FIGURATIVE_CASES = Set.of("for", "against", "over");

    /** Whether a verb of force acts on a thing only figures of speech attack (see {@link #FIGURATIVE_OBJECTS}). */
    private static boolean figurative(Tree tree, int verb, Set<String> objects) {
        for (int c : tree.children(verb)) {
            String rel = tree.relation(c);
            boolean passive = tree.child(verb, "nsubj:pass") >= 0 || tree.child(verb, "aux:pass") >= 0;
            boolean object = rel.equals("obj") || rel.equals("nsubj:pass") || rel.startsWith("obl")
                    && (hasCase(tree, c, FIGURATIVE_CASES) || passive && hasCase(tree, c, Set.of("by")));
            if (object && !tree.token(c).isProperNoun()
                    && objects.contains(tree.token(c).lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What saying one will not do a cooperative act is, in CAMEO's rejections (PLOVER REJECT): not
     * yielding 124 for a concession or retreat, not meeting 125, not cooperating or helping 121,
     * a plain rejection 120 for an agreement or support; null for other acts.
     */
    private static String refusal(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "CONCEDE", "RETREAT" -> "124";
            case "CONSULT" -> "125";
            case "COOPERATE", "AID" -> "121";
            case "AGREE", "SUPPORT" -> "120";
            default -> null;
        };
    }

    /**
     * PLOVER's future rule as CAMEO's intent codes: a planned cooperative act is an intent to do it
     * (AGREE: meet 036, support 032, cooperate 031, aid 033, yield 035 for a retreat or concession);
     * a planned or conditional hostile act is a threat (THREATEN: force 138 for an assault or a
     * mobilization, repression 137, non-force 131 for sanctions, dissent 133 for a protest).
     * Null when the act is reported as done, denied or negated.
     */
    private static String intent(String type, EventStatus status) {
        if (type == null) {
            return null;
        }
        if (status == EventStatus.PLANNED) {
            switch (type) {
                case "CONSULT": return "036";
                case "SUPPORT": return "032";
                case "COOPERATE": return "031";
                case "AID": return "033";
                case "RETREAT", "CONCEDE": return "035";
                default: break;
            }
        }
        if (status == EventStatus.PLANNED || status == EventStatus.HYPOTHETICAL) {
            return switch (type) {
                case "ASSAULT", "MOBILIZE" -> "138";
                case "COERCE" -> "137";
                case "SANCTION" -> "131";
                case "PROTEST" -> "133";
                default -> null;
            };
        }
        return null;
    }

    /**
     * A noun has no tense: an event named by one ("Pompeo's meeting with Lavrov") is dated by its
     * time expression, else by the verb it depends on when that is in the past; otherwise it is
     * not coded rather than guessed ("represents his first trip" may be ahead).
     */
    private EventStatus nominalStatus(Tree tree, int noun, TimeExpression time, LocalDate published) {
        if (time != null) {
            return StatusReader.after(time.value(), published) ? EventStatus.PLANNED : EventStatus.OCCURRED;
        }
        int g = tree.head(noun);
        for (int guard = 0; g >= 0 && guard < 4 && !tree.token(g).pos().startsWith("VB"); guard++) {
            g = tree.head(g);
        }
        if (g >= 0 && tree.token(g).pos().startsWith("VB")) {
            EventStatus governing = statuses.status(tree, g, "000", null, published);
            boolean past = tree.token(g).pos().equals("VBD") || tree.token(g).pos().equals("VBN")
                    || ongoing(tree, g); // "riots are continuing": under way, so it happened
            if (governing == EventStatus.PLANNED || governing == EventStatus.NEGATED && past) {
                return governing;
            }
            if (past && governing == EventStatus.OCCURRED) {
                return EventStatus.OCCURRED;
            }
        }
        return null;
    }

    /** A present progressive: "are continuing", "is spreading". */
    private static boolean ongoing(Tree tree, int v) {
        if (!tree.token(v).pos().equals("VBG")) {
            return false;
        }
        for (int c : tree.children(v)) {
            String aux = tree.token(c).text().toLowerCase(java.util.Locale.ROOT);
            if (tree.relation(c).equals("aux") && (aux.equals("is") || aux.equals("are") || aux.equals("'re") || aux.equals("’re"))) {
                return true;
            }
        }
        return false;
    }

    /** The time expression in the verb's clause, else in the clauses it hangs from or coordinates with. */
    private static TimeExpression time(Tree tree, int verb, List<TimeExpression> times) {
        for (int v : chain(tree, verb)) {
            TimeExpression found = timeIn(tree, v, times);
            if (found != null) {
                return found;
            }
            for (int c : tree.children(v)) {
                if (tree.relation(c).equals("conj") || tree.relation(c).equals("xcomp")) {
                    found = timeIn(tree, c, times);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        TimeExpression under = inSubtree(tree, verb, times);
        return under != null ? under : nextInClause(tree, verb, times);
    }

    /**
     * Last fallback, for parses that hang the time in a clause it is not in ("meet with Lavrov, the
     * foreign minister, in Sochi on May 14 to discuss ..." read "the minister ... discuss" as a
     * clause): the first date after the verb with no verb or relative pronoun between them.
     */
    private static TimeExpression nextInClause(Tree tree, int verb, List<TimeExpression> times) {
        TimeExpression first = null;
        for (TimeExpression t : times) {
            if (t.start() > tree.token(verb).end() && t.end() <= tree.sentence().end() && t.value() != null
                    && (t.type().equals("DATE") || t.type().equals("TIME")) && (first == null || t.start() < first.start())) {
                first = t;
            }
        }
        if (first == null) {
            return null;
        }
        for (int i = verb + 1; i < tree.size() && tree.token(i).start() < first.start(); i++) {
            String pos = tree.token(i).pos();
            if (pos.startsWith("VB") || pos.equals("MD") || pos.startsWith("W") || tree.token(i).text().equals(";")) {
                return null;
            }
        }
        return first;
    }

    /** The verb and the verbs it hangs from as an infinitive, conjunct or adverbial clause (up to 3). */
    private static List<Integer> chain(Tree tree, int verb) {
        List<Integer> out = new ArrayList<>();
        for (int v = verb, depth = 0; depth < 3 && v >= 0; depth++) {
            out.add(v);
            String rel = tree.relation(v);
            if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("advcl"))) {
                break;
            }
            v = tree.head(v);
        }
        return out;
    }

    /**
     * Fallback for parses that hang a time on a neighbouring noun ("meet with Lavrov, the foreign
     * minister, in Sochi on May 14"): a prepositional or adverbial time anywhere under the verb.
     */
    private static TimeExpression inSubtree(Tree tree, int verb, List<TimeExpression> times) {
        for (TimeExpression t : times) {
            if (t.start() < tree.sentence().start() || t.end() > tree.sentence().end() || t.value() == null
                    || !t.type().equals("DATE")) {
                continue;
            }
            int head = timeHead(tree, t);
            if (head < 0) {
                continue;
            }
            String rel = tree.relation(head);
            if (!(rel.startsWith("obl") || rel.startsWith("nmod") && !rel.equals("nmod:poss") || rel.equals("advmod"))) {
                continue;
            }
            for (int h = tree.head(head), guard = 0; h >= 0 && guard < 8; h = tree.head(h), guard++) {
                if (h == verb) {
                    return t;
                }
                if (CLAUSES.contains(tree.relation(h))) {
                    break; // the time of a clause of its own: "Romney, who ran against Obama in 2012"
                }
            }
        }
        return null;
    }

    private static final Set<String> CLAUSES = Set.of("acl", "acl:relcl", "ccomp", "advcl", "csubj", "parataxis");

    private static int timeHead(Tree tree, TimeExpression t) {
        for (Token tok : tree.sentence().tokens()) {
            if (tok.start() >= t.start() && tok.end() <= t.end()) {
                int h = tree.head(tok.index());
                if (h < 0 || tree.token(h).start() < t.start() || tree.token(h).end() > t.end()) {
                    return tok.index();
                }
            }
        }
        return -1;
    }

    private static TimeExpression timeIn(Tree tree, int v, List<TimeExpression> times) {
        for (TimeExpression t : times) {
            if (t.start() < tree.sentence().start() || t.end() > tree.sentence().end() || t.value() == null
                    || !t.type().equals("DATE") && !t.type().equals("TIME")) {
                continue;
            }
            int head = timeHead(tree, t);
            if (head >= 0 && modifies(tree, head, v)) {
                return t;
            }
        }
        return null;
    }

    /** Whether a time's head token modifies {@code v}: as its oblique or adverb, or inside one of its obliques. */
    private static boolean modifies(Tree tree, int time, int v) {
        int h = time;
        for (int step = 0; step < 3 && h >= 0; step++) {
            String rel = tree.relation(h);
            if (!(rel.startsWith("obl") || rel.startsWith("advmod") || rel.equals("nmod:tmod") || rel.equals("nmod:npmod")
                    || step > 0 && rel.startsWith("nmod") || rel.equals("nmod") && step == 0)) {
                return false;
            }
            h = tree.head(h);
            if (h == v) {
                return true;
            }
        }
        return false;
    }

    /**
     * A location the event is at: an oblique of the verb (or of the verbs it hangs from) after "in",
     * "at" or "to"; failing that, one after "in" or "at" anywhere under the verb but not inside its
     * object or an apposition ("issues, including the situation in Ukraine" is a topic).
     */
    private static Participant place(Tree tree, int verb, List<Entity> entities) {
        for (int v : chain(tree, verb)) {
            for (int i = 0; i < tree.size(); i++) {
                String rel = tree.relation(i);
                int h = tree.head(i);
                boolean direct = rel.startsWith("obl") && h == v
                        || rel.startsWith("nmod") && h >= 0 && tree.relation(h).startsWith("obl") && tree.head(h) == v;
                if (direct && hasCase(tree, i, PLACE_CASES)) {
                    Participant p = location(tree, i, entities);
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        for (int i = 0; i < tree.size(); i++) {
            if (hasCase(tree, i, Set.of("in", "at")) && under(tree, i, verb)) {
                Participant p = location(tree, i, entities);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private static boolean under(Tree tree, int token, int verb) {
        for (int h = token, guard = 0; h >= 0 && guard < 10; guard++) {
            int up = tree.head(h);
            if (up == verb) {
                return true;
            }
            String rel = tree.relation(h);
            if (h != token && (rel.equals("obj") || rel.equals("appos") || rel.equals("iobj"))) {
                return false;
            }
            h = up;
        }
        return false;
    }

    private static Participant location(Tree tree, int token, List<Entity> entities) {
        Token t = tree.token(token);
        for (Entity e : entities) {
            if (e.type() != EntityType.LOCATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() <= t.start() && t.end() <= m.end()) {
                    return new Participant(e.id(), m.text(), m.start(), m.end(), e.country());
                }
            }
        }
        return null;
    }

    private static boolean hasCase(Tree tree, int noun, Set<String> cases) {
        for (int c : tree.children(noun)) {
            if (tree.relation(c).equals("case") && cases.contains(tree.token(c).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Inside a name or title in marks ("an event called “Is Islam Destroying America?”"): words named, not an act. */
    private static boolean named(List<Quote> quotes, int offset) {
        return quotes.stream().anyMatch(q -> q.kind() == QuoteKind.SCARE && q.start() <= offset && offset < q.end());
    }

    private static Integer reportedBy(List<Quote> quotes, int offset) {
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.kind() != QuoteKind.SCARE && q.speaker() != null && q.start() <= offset && offset < q.end()) {
                return i;
            }
        }
        return null;
    }
}

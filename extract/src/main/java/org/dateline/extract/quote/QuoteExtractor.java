package org.dateline.extract.quote;

import org.dateline.extract.syntax.Tree;
import org.dateline.model.Cue;
import org.dateline.model.Entity;
import org.dateline.model.ParsedArticle;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Sentence;
import org.dateline.model.Span;
import org.dateline.model.Speaker;
import org.dateline.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the quotes of an article and who said them.
 *
 * <p>Marked quotes: a whole utterance in marks is {@code DIRECT} and takes the cue right after it
 * ("..., the official said") or right before it ("telling reporters, “...”"; a colon after the
 * cue makes the one before win); a fragment is
 * {@code PARTIAL} (or {@code MIXED} inside the reported clause of its cue) and takes the cue before
 * it in its sentence, then after. With no cue, a quote that goes on from the previous paragraph or
 * follows a quote paragraph keeps that speaker; a fragment keeps the attribution of its own or the
 * previous sentence ("... on the “challenges” ..." after "an official told reporters that ...");
 * else a short fragment is a {@code SCARE} quote. Title-case words in marks after "on", "in" or
 * "titled" are a work's title, not a quote. Single marks inside a quote are {@code NESTED} and
 * take the cue inside the outer quote ("as President Trump has said, and I quote, ‘...’").
 * Reported speech without marks ("X said (that) ...", "according to X, ...") is
 * {@code INDIRECT}. Input: a parsed article and its entities; output: quotes in text order.
 * Thread-safe (state lives in each call).
 */
public final class QuoteExtractor {
    private static final int SCARE_MAX_WORDS = 4;
    /** The longest name given with "called", "titled": a book's or an event's title. */
    private static final int NAME_MAX_WORDS = 15;
    /** The longest aside of the writer's between two pieces of one speaker's words in a paragraph. */
    private static final int ASIDE_MAX_CHARS = 60;
    private static final int TITLE_MAX_WORDS = 6;
    private static final int CUE_DISTANCE = 45;
    private static final int COLON_SOURCE_MAX = 6;
    /** Tokens of a name that signs or heads a quote ("― Carla Sanchez", "Pat Caddell:"). */
    private static final int NAME_MAX = 4;
    private static final Set<String> INTRODUCERS = Set.of(":", "―", "—", "–", "--", "-");

    /**
     * Lemmas of the sentences whose dependency trees this extractor reads (cue words); sentences
     * with quotation marks are read too. The NLP stage may parse only those.
     */
    public static Set<String> parseTriggers() {
        Set<String> all = new HashSet<>(Cues.SPEECH);
        all.addAll(Cues.BELIEF);
        all.addAll(Cues.INTENTION);
        all.addAll(Cues.STANCE);
        all.addAll(Cues.TOPIC);
        all.add("according");
        all.add("accord");
        return Set.copyOf(all);
    }

    public List<Quote> extract(ParsedArticle parsed, List<Entity> entities) {
        String text = parsed.article().text();
        List<Tree> trees = parsed.sentences().stream().map(Tree::new).toList();
        List<QuoteMarks.Marked> marks = QuoteMarks.find(parsed.article());
        List<QuoteMarks.Marked> top = marks.stream().filter(m -> m.parent() < 0).toList();
        SpeakerResolver speakers = new SpeakerResolver(entities);
        List<Attribution> attributions = attributions(trees, top, speakers, text);
        Set<Attribution> used = new HashSet<>();
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        QuoteMarks.Marked previousMark = null;
        for (QuoteMarks.Marked m : marks) {
            Quote q = m.parent() < 0
                    ? marked(m, previousMark, previous, trees, attributions, used, speakers, text)
                    : nested(m, marks.get(m.parent()), trees, speakers, text);
            if (q != null) {
                quotes.add(q);
                if (m.parent() < 0) {
                    previous = q;
                    previousMark = m;
                }
            }
        }
        List<Quote> blocks = blockQuotes(parsed, trees, attributions, marks, text);
        quotes.addAll(blocks);
        for (Quote q : indirect(trees, attributions, used, top, text)) {
            quotes.add(speakerOfBlock(q, blocks));
        }
        quotes.addAll(headlineColons(trees, top, speakers, text));
        List<Quote> posts = embeddedPosts(parsed, marks, speakers, text);
        // a signature ("— Rebecca Ruiz (@rebecca_ruiz) November 20, 2017") is nobody's reported words
        quotes.removeIf(q -> q.kind() == QuoteKind.INDIRECT && posts.stream().anyMatch(p -> p.cue().start() < q.end() && q.start() < p.speaker().end()));
        quotes.addAll(posts);
        return withParents(distinct(mergeMixed(quotes)));
    }

    private static final java.util.regex.Pattern POST_SIGNATURE = java.util.regex.Pattern.compile(
            "[\u2014\u2013]\\s*(\\p{Lu}[\\p{L}.'\u2019 -]{0,60}?)\\s*\\(@(\\w{1,15})\\)\\s*"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},\\s+\\d{4}");
    private static final int POST_MAX_CHARS = 600;

    /**
     * Posts embedded from social media whose markup was lost in scraping: "Congress, get ready to do
     * your job - DACA! — Donald J. Trump (@realDonaldTrump) September 5, 2017". The words before
     * the signature (from the paragraph's start or the previous signature) are a direct quote of
     * the account's owner; the dash is the cue.
     */
    private static List<Quote> embeddedPosts(ParsedArticle parsed, List<QuoteMarks.Marked> marks, SpeakerResolver speakers,
                                             String text) {
        List<Quote> out = new ArrayList<>();
        for (Span para : parsed.article().paragraphs()) {
            java.util.regex.Matcher sig = POST_SIGNATURE.matcher(text).region(para.start(), para.end());
            int from = para.start();
            while (sig.find()) {
                int start = from;
                int end = sig.start();
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                int s0 = start;
                int e0 = end;
                boolean inMarks = marks.stream().anyMatch(m -> m.open() < e0 && m.close() > s0);
                if (end > start && end - start <= POST_MAX_CHARS && !inMarks) {
                    Speaker who = speakers.named(sig.start(1), sig.end(1), text);
                    Cue cue = new Cue(text.substring(sig.start(), sig.start() + 1), sig.start(), sig.start() + 1);
                    out.add(new Quote(text.substring(start, end), QuoteKind.DIRECT, start, end, cue, who, null));
                }
                from = sig.end();
            }
        }
        return out;
    }

    /** Pronouns of someone speaking (first person) or addressing the listener (second): tokens, as the tokenizer splits them. */
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("i", "me", "my", "we", "us", "our", "you");
    private static final int BLOCK_MAX_PARAGRAPHS = 6;

    /**
     * Block quotes whose markup was lost in scraping: a paragraph that ends in a colon after an
     * attribution ("Yet he noted the response was a failure:") introduces the paragraphs after it
     * when they carry no quotation marks and speak in the first or second person ("I think they
     * get a high grade ..."). Each such paragraph is a direct quote of that source; one paragraph
     * without a first-person word and without a cue naming a source may sit between two that have one.
     * The run ends at a paragraph with quotation marks, or in the third person.
     */
    private static List<Quote> blockQuotes(ParsedArticle parsed, List<Tree> trees, List<Attribution> attributions,
                                           List<QuoteMarks.Marked> marks, String text) {
        List<Span> paragraphs = parsed.article().paragraphs();
        List<Quote> out = new ArrayList<>();
        for (int p = 0; p + 1 < paragraphs.size(); p++) {
            Span intro = paragraphs.get(p);
            if (!text.substring(intro.start(), intro.end()).strip().endsWith(":") || marked(marks, intro)) {
                continue;
            }
            Attribution cue = null;
            for (Attribution a : attributions) {
                if (a.speech() && a.speaker() != null && a.cue().start() >= intro.start() && a.cue().end() <= intro.end()) {
                    cue = a; // the last one in the paragraph
                }
            }
            if (cue == null) {
                continue;
            }
            List<Span> block = new ArrayList<>();
            for (int q = p + 1; q < paragraphs.size() && block.size() < BLOCK_MAX_PARAGRAPHS; q++) {
                Span para = paragraphs.get(q);
                if (marked(marks, para)) {
                    break;
                }
                if (firstPerson(trees, para)) {
                    block.add(para);
                } else if (!block.isEmpty() && q + 1 < paragraphs.size() && plain(para, marks, attributions)
                        && !marked(marks, paragraphs.get(q + 1)) && firstPerson(trees, paragraphs.get(q + 1))) {
                    block.add(para); // a paragraph of the same speech between two first-person ones
                } else {
                    break;
                }
            }
            for (Span para : block) {
                String words = text.substring(para.start(), para.end());
                int start = para.start() + (words.length() - words.stripLeading().length());
                int end = para.start() + words.stripTrailing().length();
                out.add(new Quote(text.substring(start, end), QuoteKind.DIRECT, start, end, cue.cue(), cue.speaker(), null));
            }
        }
        return out;
    }

    /** "I think ..." inside a block quote: the first person is the block's source. */
    private static Quote speakerOfBlock(Quote q, List<Quote> blocks) {
        Speaker s = q.speaker();
        if (s == null || !SPEAKER_PRONOUNS.contains(s.text().toLowerCase(java.util.Locale.ROOT))) {
            return q;
        }
        for (Quote b : blocks) {
            if (b.start() <= s.start() && s.end() <= b.end()) {
                Speaker from = b.speaker();
                return new Quote(q.text(), q.kind(), q.start(), q.end(), q.cue(),
                        new Speaker(s.text(), s.start(), s.end(), from.entity(), from.name(), from.organization()), q.parent());
            }
        }
        return q;
    }

    private static boolean marked(List<QuoteMarks.Marked> marks, Span para) {
        return marks.stream().anyMatch(m -> m.open() < para.end() && m.close() > para.start());
    }

    /** No quotation marks and no cue of its own with a named source ("Lund said", not "nobody has explained"). */
    private static boolean plain(Span para, List<QuoteMarks.Marked> marks, List<Attribution> attributions) {
        return !marked(marks, para) && attributions.stream().noneMatch(a -> a.speech() && a.speaker() != null
                && a.speaker().entity() != null && a.cue().start() >= para.start() && a.cue().end() <= para.end());
    }

    private static boolean firstPerson(List<Tree> trees, Span para) {
        for (Tree t : trees) {
            if (t.sentence().start() >= para.start() && t.sentence().end() <= para.end()) {
                for (int i = 0; i < t.size(); i++) {
                    if (t.token(i).pos().startsWith("PRP") && SPEAKER_PRONOUNS.contains(t.token(i).text().toLowerCase(java.util.Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Each quote once: a repeat of the same span and kind (two readings of one attribution) and a
     * content that lies inside its own source ("the legal team, saying the legal team") are dropped.
     */
    private static List<Quote> distinct(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes.size());
        Set<String> seen = new HashSet<>();
        for (Quote q : quotes) {
            Speaker s = q.speaker();
            boolean insideSource = s != null && s.end() > s.start() && q.start() >= s.start() && q.end() <= s.end();
            if (!insideSource && !shorterMixed(q, quotes) && seen.add(q.start() + ":" + q.end() + ":" + q.kind())) {
                out.add(q);
            }
        }
        return out;
    }

    private static List<Attribution> attributions(List<Tree> trees, List<QuoteMarks.Marked> top,
                                                  SpeakerResolver speakers, String text) {
        List<Attribution> out = new ArrayList<>();
        for (Tree tree : trees) {
            for (int i = 0; i < tree.size(); i++) {
                int at = tree.token(i).start();
                if (top.stream().noneMatch(m -> at > m.open() && at < m.close()) && CueFinder.isCue(tree, i)
                        && !CueFinder.isNegated(tree, i, off -> inside(top, off))) {
                    out.add(new Attribution(tree.sentence().index(), i, CueFinder.cue(tree, i, text),
                            speaker(tree, i, speakers, text, off -> inside(top, off)), CueFinder.isSpeechCue(tree, i)));
                }
            }
        }
        return out;
    }

    private static boolean inside(List<QuoteMarks.Marked> marks, int offset) {
        for (QuoteMarks.Marked m : marks) {
            if (offset > m.open() && offset < m.close()) {
                return true;
            }
        }
        return false;
    }

    private static Speaker speaker(Tree tree, int cue, SpeakerResolver speakers, String text,
                                   java.util.function.IntPredicate quoted) {
        CueFinder.Source source = CueFinder.source(tree, cue, quoted);
        return source == null ? null : speakers.resolve(tree, source.head(), source.first(), source.last(), text);
    }

    private Quote marked(QuoteMarks.Marked m, QuoteMarks.Marked previousMark, Quote previous, List<Tree> trees,
                         List<Attribution> attributions, Set<Attribution> used, SpeakerResolver speakers, String text) {
        int innerStart = skipSpace(text, m.innerStart(), m.innerEnd());
        int innerEnd = trimEnd(text, innerStart, m.innerEnd());
        if (innerEnd <= innerStart) {
            return null;
        }
        String inner = text.substring(innerStart, innerEnd);
        Quote transcript = transcriptLine(trees, inner, innerStart, innerEnd, speakers, text);
        if (transcript != null) {
            return transcript;
        }
        int words = inner.split("\\s+").length;
        if (isTitle(inner, words, text, m.open())) {
            return null;
        }
        Tree opening = trees.get(sentenceAt(trees, m.open()));
        if (words <= SCARE_MAX_WORDS && namesTerm(opening, m.open()) || words <= NAME_MAX_WORDS && namedBy(opening, m.open())) {
            return new Quote(inner, QuoteKind.SCARE, innerStart, innerEnd, null, null, null);
        }
        int sOpen = sentenceAt(trees, m.open());
        if (sOpen + 1 < trees.size() && trees.get(sOpen).sentence().end() <= innerStart) {
            // an opening mark the sentence splitter left at the end of the previous sentence
            // (typewriter '' reads as a closing mark): the quote opens the next one
            sOpen = sentenceAt(trees, innerStart);
        }
        int sClose = sentenceAt(trees, Math.max(m.open(), m.close() - 1));
        if (m.closed() && sClose + 1 < trees.size() && trees.get(sClose + 1).sentence().start() <= m.close()) {
            // the splitter ended the sentence at the quote's "?" or "!" and gave its closing mark to
            // the next one: "“... served by this?” he said." -- the cue is there
            sClose++;
        }
        boolean direct = startsUtterance(trees, sOpen, m, text) && endsUtterance(inner, text, m);
        Attribution after = nearestAfter(attributions, sClose, m.close(), trees);
        Attribution before = outermost(attributions, nearestBefore(attributions, sOpen, m.open()), trees);
        if (before == null && direct && sOpen > 0 && endsWithColon(trees.get(sOpen - 1), text)) {
            before = nearestBefore(attributions, sOpen - 1, m.open());
        }
        if (after == null && before == null && direct && sClose + 1 < trees.size()
                && startsRightAfter(trees.get(sClose + 1), m, text)) {
            after = nearestAfter(attributions, sClose + 1, m.close(), trees);
        }
        if (after != null && before != null && direct && reportsClauseAfter(trees.get(after.sentence()), after.cueToken())) {
            after = null; // "footage of Trump saying, “That makes me smart,” when Clinton said he had not paid"
        }
        boolean colonBefore = precededBy(text, m.open(), ':');
        Tree ot = trees.get(sOpen);
        int afterMark = ot.tokenAt(skipSpace(text, m.closeEnd(), text.length()));
        int lastQuoted = ot.tokenAt(Math.max(innerStart, innerEnd - 1));
        if (!direct && sOpen == sClose && words <= 2 && afterMark > 0 && lastQuoted >= 0
                && ot.token(afterMark).pos().startsWith("NN") && !ot.token(afterMark).isProperNoun()
                && ot.head(lastQuoted) == afterMark) {
            // a word or two in marks before a noun names a kind of thing; the cue of the sentence has it
            // only when it governs it: not the "leave" of "Johnson, a leading “leave” campaigner, quit
            // after a colleague claimed he lacked ..."
            int at = ot.tokenAt(innerStart);
            if (at >= 0) {
                before = before != null && before.sentence() == sOpen && !CueFinder.dependsOn(ot, at, before.cueToken()) ? null : before;
                after = after != null && after.sentence() == sOpen && !CueFinder.dependsOn(ot, at, after.cueToken()) ? null : after;
            }
        }
        Attribution chosen = direct ? (after != null && !(colonBefore && before != null) ? after : before)
                : (before != null ? before : after);
        if (chosen != null && chosen.speaker() != null && (direct || chosen.speech())) {
            used.add(chosen);
            // a fragment inside the reported clause makes the clause a mixed quote, on either side of its
            // cue ("said the plan was “dead on arrival”", "Clinton “is the only candidate ...,” Kaine said")
            int[] clause = direct || chosen.sentence() != sOpen || sClose != sOpen ? null
                    : ReportedContent.complement(trees.get(sOpen), chosen.cueToken(), innerStart);
            if (clause != null) {
                Tree t = trees.get(sOpen);
                int cs = t.token(clause[0]).start();
                int ce = Math.max(t.token(clause[1]).end(), m.closeEnd());
                return new Quote(text.substring(cs, ce), QuoteKind.MIXED, cs, ce, chosen.cue(), chosen.speaker(), null);
            }
            return new Quote(inner, direct ? QuoteKind.DIRECT : QuoteKind.PARTIAL, innerStart, innerEnd, chosen.cue(),
                    chosen.speaker(), null);
        }
        Quote colon = colonIntroduced(m, trees.get(sOpen), inner, innerStart, innerEnd, speakers, text);
        if (colon != null) {
            return colon;
        }
        Quote signed = dashSigned(m, trees, inner, innerStart, innerEnd, direct, speakers, text);
        if (signed != null) {
            return signed;
        }
        Speaker carried = carried(m, previousMark, previous, direct, sOpen, attributions, text);
        if (carried != null) {
            return new Quote(inner, direct ? QuoteKind.DIRECT : QuoteKind.PARTIAL, innerStart, innerEnd, null, carried, null);
        }
        QuoteKind kind = direct ? QuoteKind.DIRECT : words <= SCARE_MAX_WORDS ? QuoteKind.SCARE : QuoteKind.PARTIAL;
        return new Quote(inner, kind, innerStart, innerEnd, null, null, null);
    }

    private static final java.util.regex.Pattern TRANSCRIPT_NAME = java.util.regex.Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,2}):\\s+");

    /**
     * A transcript quoted line by line: "“WALLACE: Let's start with ...": the name in capitals
     * before the colon is the speaker, the colon the cue, the rest the words.
     */
    private static Quote transcriptLine(List<Tree> trees, String inner, int innerStart, int innerEnd, SpeakerResolver speakers,
                                        String text) {
        java.util.regex.Matcher m = TRANSCRIPT_NAME.matcher(inner);
        if (!m.lookingAt() || innerEnd - (innerStart + m.end()) < 10) {
            return null;
        }
        Tree tree = trees.get(sentenceAt(trees, innerStart));
        int first = tree.tokenAt(innerStart);
        int colon = tree.tokenAt(innerStart + m.end(1));
        if (first < 0 || colon <= first || !tree.token(colon).text().equals(":")) {
            return null;
        }
        Speaker speaker = speakers.resolve(tree, colon - 1, first, colon - 1, text);
        Cue cue = new Cue(":", tree.token(colon).start(), tree.token(colon).end());
        int start = innerStart + m.end();
        return new Quote(text.substring(start, innerEnd), QuoteKind.DIRECT, start, innerEnd, cue, speaker, null);
    }

    /** The speaker a quote without its own cue inherits from what came just before, or null. */
    private static Speaker carried(QuoteMarks.Marked m, QuoteMarks.Marked previousMark, Quote previous, boolean direct,
                                   int sentence, List<Attribution> attributions, String text) {
        if (previous != null && previous.speaker() != null && previousMark != null) {
            boolean continues = !previousMark.closed() && previousMark.paragraph() == m.paragraph() - 1;
            boolean nextQuoteParagraph = direct && previousMark.paragraph() >= m.paragraph() - 1;
            if (continues || nextQuoteParagraph) {
                return previous.speaker();
            }
            // "“... was a week ago” – at a Labor Day rally in Cleveland – “so that was ...”": the
            // speaker's words resume after an aside of the writer's in the same paragraph
            int gapStart = previousMark.closeEnd();
            boolean aside = previousMark.closed() && previousMark.paragraph() == m.paragraph()
                    && m.open() > gapStart && m.open() - gapStart <= ASIDE_MAX_CHARS && isAside(text.substring(gapStart, m.open())) && (previous.kind() == QuoteKind.DIRECT || previous.kind() == QuoteKind.PARTIAL)
                    && attributions.stream().noneMatch(a -> a.cue().start() >= gapStart && a.cue().end() <= m.open());
            if (aside) {
                return previous.speaker();
            }
        }
        if (!direct) {
            for (int i = attributions.size() - 1; i >= 0; i--) {
                Attribution a = attributions.get(i);
                if ((a.sentence() == sentence || a.sentence() == sentence - 1) && a.speaker() != null
                        && a.speech() && a.cue().start() < m.open()) {
                    return a.speaker();
                }
            }
        }
        return null;
    }

    /** Text set off by dashes or brackets: " – at a rally in Cleveland – ", " (he paused) ". */
    private static boolean isAside(String gap) {
        String g = gap.strip();
        if (g.length() < 3) {
            return false;
        }
        char a = g.charAt(0);
        char z = g.charAt(g.length() - 1);
        return DASHES.indexOf(a) >= 0 && DASHES.indexOf(z) >= 0 || a == '(' && z == ')';
    }

    private static final String DASHES = "-\u2013\u2014";

    private Quote nested(QuoteMarks.Marked m, QuoteMarks.Marked outer, List<Tree> trees, SpeakerResolver speakers,
                         String text) {
        int start = m.innerStart();
        int end = trimEnd(text, start, m.innerEnd());
        if (end <= start) {
            return null;
        }
        Tree tree = trees.get(sentenceAt(trees, m.open()));
        Speaker speaker = null;
        Cue cue = null;
        for (int i = 0; i < tree.size(); i++) {
            int at = tree.token(i).start();
            if (at > outer.open() && at < m.open() && CueFinder.isSpeechCue(tree, i)) {
                Speaker s = speaker(tree, i, speakers, text, off -> off < outer.open() || off > m.open());
                if (s != null) {
                    speaker = s;
                    cue = CueFinder.cue(tree, i, text);
                }
            }
        }
        return new Quote(text.substring(start, end), QuoteKind.NESTED, start, end, cue, speaker, -1);
    }

    private static List<Quote> indirect(List<Tree> trees, List<Attribution> attributions, Set<Attribution> used,
                                        List<QuoteMarks.Marked> top, String text) {
        List<Quote> out = new ArrayList<>();
        for (Attribution a : attributions) {
            if (used.contains(a) || a.speaker() == null) {
                continue;
            }
            Tree tree = trees.get(a.sentence());
            if (CueFinder.isNounCue(tree, a.cueToken())) {
                continue; // a noun's that-clause is parsed too unreliably to bound; its marked words are attributed
            }
            int[] content = ReportedContent.of(tree, a.cueToken());
            if (content == null) {
                continue;
            }
            int start = tree.token(content[0]).start();
            int end = closeQuotation(text, start, tree.token(content[1]).end());
            if (top.stream().anyMatch(m -> 2 * (Math.min(end, m.closeEnd()) - Math.max(start, m.open())) > end - start)) {
                continue;
            }
            // Words in marks inside a plan or a belief are someone's words, not the planner's: leave them
            // to their own attribution ("Pompeo plans to press Putin on the “challenges”").
            boolean speech = Cues.SPEECH.contains(tree.token(a.cueToken()).lemma().toLowerCase(java.util.Locale.ROOT))
                    || CueFinder.isAccordingTo(tree, a.cueToken());
            if (!speech && top.stream().anyMatch(m -> m.open() >= start && m.close() < end)) {
                continue;
            }
            out.add(new Quote(text.substring(start, end), QuoteKind.INDIRECT, start, end, a.cue(), a.speaker(), null));
        }
        return out;
    }

    private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern.compile("[.,?!;:]?[”\"]");

    /**
     * A content that stops inside a quotation ends with it: "was “disgusting” and “a con.”" keeps the
     * period and the closing mark that belong to the quoted words, as PolNeAR's annotators mark it.
     */
    static int closeQuotation(String text, int start, int end) {
        String inside = text.substring(start, end);
        long open = inside.chars().filter(c -> c == '“').count();
        long close = inside.chars().filter(c -> c == '”').count();
        long straight = inside.chars().filter(c -> c == '"').count();
        if (open > close || straight % 2 == 1) {
            java.util.regex.Matcher m = CLOSING.matcher(text).region(end, Math.min(text.length(), end + 2));
            if (m.lookingAt()) {
                return m.end();
            }
        }
        return end;
    }


    /**
     * "Kerry: “By law, ...”" or "Carla Sanchez ― “...”": a short name phrase and a colon or a dash
     * introduce the quote; that mark is the cue.
     */
    private static final Set<String> INVERTED_SAYING = Set.of("Said", "Says", "Added", "Adds", "Asked", "Asks", "Wrote",
            "Writes", "Replied", "Explained", "Noted", "Recalled");

    private static Quote colonIntroduced(QuoteMarks.Marked m, Tree tree, String inner, int innerStart, int innerEnd,
                                         SpeakerResolver speakers, String text) {
        int colon = tree.tokenAt(m.open() - 1 >= 0 && text.charAt(m.open() - 1) == ' ' ? m.open() - 2 : m.open() - 1);
        if (colon <= 0 || !INTRODUCERS.contains(tree.token(colon).text()) || colon > COLON_SOURCE_MAX) {
            return null;
        }
        int head = colon - 1;
        for (int k = 0; k < colon; k++) {
            String pos = tree.token(k).pos();
            if (!(pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("POS") || pos.equals("PRP"))) {
                return null;
            }
        }
        // "Said Ellis: “...”": an inverted verb of saying opens the line; it is the cue, the rest the speaker
        int first = colon > 1 && INVERTED_SAYING.contains(tree.token(0).text()) ? 1 : 0;
        Speaker speaker = speakers.resolve(tree, head, first, head, text);
        Token cueToken = tree.token(first == 1 ? 0 : colon);
        Cue cue = new Cue(cueToken.text(), cueToken.start(), cueToken.end());
        return new Quote(inner, QuoteKind.DIRECT, innerStart, innerEnd, cue, speaker, null);
    }

    /** "“He represents our greatest shame.” ― Sonya Herridge": a dash and a name after the quote sign it. */
    private static Quote dashSigned(QuoteMarks.Marked m, List<Tree> trees, String inner, int innerStart, int innerEnd,
                                    boolean direct, SpeakerResolver speakers, String text) {
        if (!m.closed()) {
            return null;
        }
        int at = m.closeEnd();
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (at >= text.length() || "―—–".indexOf(text.charAt(at)) < 0) {
            return null;
        }
        int sentence = sentenceAt(trees, at);
        Tree tree = trees.get(sentence);
        int dash = tree.tokenAt(at);
        if (dash < 0) {
            return null;
        }
        int last = dash;
        while (last + 1 < tree.size() && last - dash < NAME_MAX && tree.token(last + 1).pos().startsWith("NNP")) {
            last++;
        }
        if (last == dash) {
            return null;
        }
        Speaker speaker = speakers.resolve(tree, last, dash + 1, last, text);
        Cue cue = new Cue(tree.token(dash).text(), tree.token(dash).start(), tree.token(dash).end());
        return new Quote(inner, direct ? QuoteKind.DIRECT : QuoteKind.PARTIAL, innerStart, innerEnd, cue, speaker, null);
    }

    private static final Set<String> HEADLINE_SOURCE_POS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "DT", "POS");
    /** Heads of a headline's source before a colon that are no names: "Report:", "Clinton camp:". */
    private static final Set<String> SOURCE_NOUNS = Set.of("report", "poll", "survey", "study", "newspaper", "official",
            "source", "police", "witness", "expert", "camp", "campaign", "aide", "spokesman", "spokeswoman", "lawyer",
            "prosecutor", "minister", "ministry", "government", "analyst", "document", "memo", "lawmaker", "senator");

    /**
     * "Pence: Gennifer Flowers Won’t Be at Debate": a sentence (a headline, a transcript turn) that
     * opens with a short proper name and a colon attributes the rest to that name.
     */
    private static List<Quote> headlineColons(List<Tree> trees, List<QuoteMarks.Marked> top, SpeakerResolver speakers,
                                              String text) {
        List<Quote> out = new ArrayList<>();
        for (Tree tree : trees) {
            int colon = -1;
            boolean names = true;
            for (int k = 0; k < tree.size() && k <= NAME_MAX + 2; k++) {
                if (tree.token(k).text().equals(":")) {
                    colon = k;
                    break;
                }
                names &= tree.token(k).pos().startsWith("NNP");
                if (!HEADLINE_SOURCE_POS.contains(tree.token(k).pos())) {
                    break;
                }
            }
            if (colon < 1 || tree.size() - colon < 4 || !names && !(colon <= NAME_MAX + 2
                    && (tree.token(colon - 1).isProperNoun() || SOURCE_NOUNS.contains(tree.token(colon - 1).lemma().toLowerCase(java.util.Locale.ROOT))))) {
                continue; // "Clinton camp:", "Report:", "Former AG Mukasey:" -- not "The reason is simple:"
            }
            int[] r = {colon + 1, tree.size() - 1};
            while (r[0] <= r[1] && tree.token(r[0]).isPunctuation()) {
                r[0]++;
            }
            while (r[1] >= r[0] && tree.token(r[1]).isPunctuation()) {
                r[1]--;
            }
            if (r[1] - r[0] < 2 || nameList(tree, r[0], r[1])) {
                continue; // "Iowa: Tim Albrecht, Brad Anderson, ..." lists people, nobody says it
            }
            if (tree.token(r[0]).pos().equals("CD") && tree.token(r[0] + 1).pos().equals("NNS")) {
                continue; // "Theresa May: 5 things to know about her": a list about the name, not the name's words
            }
            String sourceNer = tree.token(colon - 1).ner();
            if (!sourceNer.equals("PERSON") && !sourceNer.equals("ORGANIZATION") && !hasVerb(tree, r[0], r[1])) {
                // "ATTACKER: Unidentified operatives" fills in a field, it says nothing (a named
                // source keeps a headline the tagger read in title case without a verb)
                continue;
            }
            if (colon == 1 && !namesSomeone(tree.token(0)) && !namedElsewhere(trees, tree.token(0).text())) {
                continue; // "Outlook: Confirmation is almost assured": a heading word, not a speaker
            }
            int start = tree.token(r[0]).start();
            int end = closeQuotation(text, start, tree.token(r[1]).end());
            if (top.stream().anyMatch(m -> m.open() < end && start < m.close())) {
                continue; // quoted words after the colon are the marked quote's, found with it
            }
            Speaker speaker = speakers.resolve(tree, colon - 1, 0, colon - 1, text);
            Cue cue = new Cue(":", tree.token(colon).start(), tree.token(colon).end());
            out.add(new Quote(text.substring(start, end), QuoteKind.INDIRECT, start, end, cue, speaker, null));
        }
        return out;
    }

    private static boolean hasVerb(Tree tree, int from, int to) {
        for (int k = from; k <= to; k++) {
            String pos = tree.token(k).pos();
            if (pos.startsWith("VB") || pos.equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /** A one-word source before a colon: a name the tagger knows, a transcript's capitals, or a source noun. */
    private static boolean namesSomeone(Token t) {
        String w = t.text();
        return t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION") || t.ner().equals("LOCATION")
                || w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && w.chars().anyMatch(Character::isLetter)
                || SOURCE_NOUNS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the article's tagger reads this word as a person's or organization's name somewhere. */
    private static boolean namedElsewhere(List<Tree> trees, String word) {
        for (Tree t : trees) {
            for (int k = 0; k < t.size(); k++) {
                Token tok = t.token(k);
                if (tok.text().equals(word) && (tok.ner().equals("PERSON") || tok.ner().equals("ORGANIZATION"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Names and commas only: a list, not a statement. */
    private static boolean nameList(Tree tree, int from, int to) {
        for (int k = from; k <= to; k++) {
            Token t = tree.token(k);
            if (!(t.isProperNoun() || t.text().equals(",") || t.pos().equals("CC"))) {
                return false;
            }
        }
        return true;
    }

    private static Attribution nearestAfter(List<Attribution> attributions, int sentence, int offset, List<Tree> trees) {
        for (Attribution a : attributions) {
            if (a.sentence() == sentence && a.cue().start() >= offset) {
                Tree t = trees.get(sentence);
                int closeToken = Math.max(0, t.tokenAt(offset));
                if (a.cueToken() - closeToken <= CUE_DISTANCE) {
                    return a;
                }
                return null;
            }
        }
        return null;
    }

    /**
     * The cue reports a clause of its own after it ("Clinton said he had not paid taxes"): it cannot
     * also be the reporting clause of a quote before it.
     */
    private static boolean reportsClauseAfter(Tree tree, int cue) {
        int comp = tree.child(cue, "ccomp");
        return comp > cue && tree.subtree(comp)[0] > cue && tree.child(comp, "nsubj") > cue;
    }

    /** The sentence starts within a few characters after the quote's closing mark (same paragraph). */
    private static boolean startsRightAfter(Tree next, QuoteMarks.Marked m, String text) {
        int gap = next.sentence().start() - m.close();
        return m.closed() && gap >= 0 && gap <= 3 && text.substring(m.close(), next.sentence().start()).indexOf('\n') < 0
                && !next.token(0).isQuoteMark();
    }

    /** The last non-space character before {@code offset} is {@code c}. */
    private static boolean precededBy(String text, int offset, char c) {
        int i = offset - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == c;
    }

    /** The sentence ends with a colon, introducing what follows ("Cruz continued:"). */
    private static boolean endsWithColon(Tree tree, String text) {
        return tree.token(tree.size() - 1).text().equals(":");
    }

    /**
     * The attribution whose reported content holds cue {@code a}, if any: in "The president said the
     * museum would tell a story of ''suffering and delight''", the quoted words are the president's,
     * reported through what the museum would tell.
     */
    private static Attribution outermost(List<Attribution> attributions, Attribution a, List<Tree> trees) {
        if (a == null) {
            return null;
        }
        Tree tree = trees.get(a.sentence());
        int subject = tree.child(a.cueToken(), "nsubj");
        if (tree.relation(a.cueToken()).equals("acl:relcl") && subject >= 0 && tree.token(subject).isProperNoun()
                || CueFinder.isNounCue(tree, a.cueToken())) {
            // a named speaker of its own: "the report, which Trump referred to as the “Russia hoax”";
            // "rejected a statement from Mills that “...”": the words are Mills's
            return a;
        }
        for (Attribution outer : attributions) {
            if (outer.sentence() == a.sentence() && outer.cueToken() < a.cueToken() && outer.speaker() != null && outer.speech()) {
                int[] r = ReportedContent.of(tree, outer.cueToken());
                if (r != null && r[0] <= a.cueToken() && a.cueToken() <= r[1]) {
                    return outer;
                }
            }
        }
        return a;
    }

    private static Attribution nearestBefore(List<Attribution> attributions, int sentence, int offset) {
        Attribution best = null;
        for (Attribution a : attributions) {
            if (a.sentence() == sentence && a.cue().end() <= offset) {
                best = a;
            }
        }
        return best;
    }

    /** The quote opens its sentence, or follows a colon or a comma. */
    private static boolean startsUtterance(List<Tree> trees, int s, QuoteMarks.Marked m, String text) {
        Sentence sentence = trees.get(s).sentence();
        if (sentence.start() >= m.open()) {
            return true;
        }
        int i = m.open() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < sentence.start() || text.charAt(i) == ':' || text.charAt(i) == ',';
    }

    /** The quoted words end a clause: final punctuation inside the marks, or a comma or end after them. */
    private static boolean endsUtterance(String inner, String text, QuoteMarks.Marked m) {
        String core = inner.replaceAll("[’'\"”]+$", "");
        char last = core.isEmpty() ? ' ' : core.charAt(core.length() - 1);
        if (".,?!…:;—-".indexOf(last) >= 0) {
            return true;
        }
        int i = m.closeEnd();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return !m.closed() || i >= text.length() || ".,?!\n".indexOf(text.charAt(i)) >= 0;
    }

    private static final Set<String> NAMING_PARTICIPLES = Set.of("call", "dub", "name", "nickname", "term", "label",
            "brand", "style", "title", "entitle");

    /**
     * Whether the marks open right after words that introduce a term, not somebody's words: "known
     * as", "referred to as", "so-called", or a participle of naming on a noun with no subject ("young
     * immigrants known as “dreamers”", "a programme dubbed “Operation Warp Speed”"). "Trump called
     * it a “witch hunt”" has a subject: that one is quoted from Trump.
     */
    private static boolean namesTerm(Tree tree, int open) {
        int k = -1;
        for (int i = 0; i < tree.size() && tree.token(i).end() <= open; i++) {
            k = i;
        }
        if (k < 0) {
            return false;
        }
        String w = tree.token(k).text().toLowerCase(java.util.Locale.ROOT);
        if (w.equals("so-called")) {
            return true;
        }
        if (w.equals("as") && k > 0) {
            String v = tree.token(k - 1).text().toLowerCase(java.util.Locale.ROOT);
            String v2 = k > 1 ? tree.token(k - 2).text().toLowerCase(java.util.Locale.ROOT) : "";
            return v.equals("known") || v.equals("to") && v2.equals("referred");
        }
        return namedBy(tree, open);
    }

    /**
     * Whether the marks open right after a participle of naming on a noun ("an event called “Is
     * the Church Surrendering?”", "a report titled “...”"): whatever its length, that is a name.
     */
    private static boolean namedBy(Tree tree, int open) {
        int k = -1;
        for (int i = 0; i < tree.size() && tree.token(i).end() <= open; i++) {
            k = i;
        }
        if (k < 0) {
            return false;
        }
        String w = tree.token(k).text().toLowerCase(java.util.Locale.ROOT);
        String lemma = tree.token(k).lemma() == null ? w : tree.token(k).lemma().toLowerCase(java.util.Locale.ROOT);
        return tree.token(k).pos().equals("VBN") && NAMING_PARTICIPLES.contains(lemma) && tree.relation(k).startsWith("acl");
    }

    /** Title-case words in marks after "on", "in", "titled"...: the title of a programme or work. */
    private static boolean isTitle(String inner, int words, String text, int open) {
        int i = open - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int wordEnd = i + 1;
        i = wordStart(text, wordEnd) - 1;
        String before = text.substring(i + 1, wordEnd).toLowerCase(java.util.Locale.ROOT);
        // a programme of a named outlet: "on Fox News’s “Fox and Friends.”", "NBC's “Meet the Press”";
        // American style sets the sentence's period or comma inside the marks
        boolean outlet = before.equals("s") && i >= 1 && (text.charAt(i) == '\'' || text.charAt(i) == '’')
                && Character.isUpperCase(text.charAt(wordStart(text, i)));
        String title = outlet && inner.length() > 1 && ".,".indexOf(inner.charAt(inner.length() - 1)) >= 0
                ? inner.substring(0, inner.length() - 1) : inner;
        if (words > TITLE_MAX_WORDS || ".?!,".indexOf(title.charAt(title.length() - 1)) >= 0) {
            return false;
        }
        for (String w : title.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.length() > 3) {
                return false;
            }
        }
        return (Cues.TITLE_PREPOSITIONS.contains(before) || outlet) && Character.isUpperCase(title.charAt(0));
    }

    /** Where the run of letters that ends right before {@code end} begins ({@code end} itself when there is none). */
    private static int wordStart(String text, int end) {
        int k = end;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    private static int sentenceAt(List<Tree> trees, int offset) {
        int best = 0;
        for (Tree t : trees) {
            if (t.sentence().start() <= offset) {
                best = t.sentence().index();
            }
        }
        return best;
    }

    private static int skipSpace(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /**
     * Reported speech that holds a quoted fragment is one mixed quote, not an indirect quote plus a
     * partial one ("Brennan told the hearing that the agency had “not been able to uncover any
     * direct link”").
     */
    /**
     * A mixed quote another one of the same clause and cue outruns: each fragment in marks of one
     * reported clause ("he wants “flexibility ...” with his children “after 28 years ...”") reads
     * the clause again, up to its own closing mark; the longest reading is the quote.
     */
    private static boolean shorterMixed(Quote q, List<Quote> quotes) {
        if (q.kind() != QuoteKind.MIXED || q.cue() == null) {
            return false;
        }
        for (Quote o : quotes) {
            if (o != q && o.kind() == QuoteKind.MIXED && o.cue() != null && o.start() == q.start()
                    && o.cue().start() == q.cue().start() && o.end() > q.end()) {
                return true;
            }
        }
        return false;
    }

    private static List<Quote> mergeMixed(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes);
        for (Quote indirect : quotes) {
            if (indirect.kind() != QuoteKind.INDIRECT) {
                continue;
            }
            List<Quote> inside = out.stream().filter(q -> (q.kind() == QuoteKind.PARTIAL || q.kind() == QuoteKind.SCARE)
                    && q.start() >= indirect.start() - 1 && q.end() <= indirect.end() + 1).toList();
            if (!inside.isEmpty()) {
                out.removeAll(inside);
                out.remove(indirect);
                out.add(new Quote(indirect.text(), QuoteKind.MIXED, indirect.start(), indirect.end(), indirect.cue(),
                        indirect.speaker(), null));
            }
        }
        return out;
    }

    /** Sorts quotes by position and points each nested quote at the quote that encloses it. */
    private static List<Quote> withParents(List<Quote> quotes) {
        List<Quote> sorted = new ArrayList<>(quotes);
        sorted.sort(Comparator.comparingInt(Quote::start).thenComparing(q -> q.kind() == QuoteKind.NESTED));
        List<Quote> out = new ArrayList<>(sorted.size());
        for (Quote q : sorted) {
            Integer parent = null;
            if (q.kind() == QuoteKind.NESTED) {
                for (int i = out.size() - 1; i >= 0; i--) {
                    Quote o = out.get(i);
                    if (o.kind() != QuoteKind.NESTED && o.kind() != QuoteKind.INDIRECT && o.start() <= q.start() && q.end() <= o.end()) {
                        parent = i;
                        break;
                    }
                }
            }
            out.add(new Quote(q.text(), q.kind(), q.start(), q.end(), q.cue(), q.speaker(), parent));
        }
        for (int k = 0; k < out.size(); k++) {
            Quote q = out.get(k);
            if (q.kind() != QuoteKind.INDIRECT || q.cue() == null) {
                continue;
            }
            // reported speech inside reported speech ("Clinton says she opposes the deal"): the inner
            // attribution belongs to the outer one, the innermost quote containing its cue
            int parent = -1;
            for (int i = 0; i < out.size(); i++) {
                Quote o = out.get(i);
                if (i != k && o.kind() != QuoteKind.NESTED && o.start() <= q.cue().start() && q.cue().end() <= o.end()
                        && (parent < 0 || o.end() - o.start() < out.get(parent).end() - out.get(parent).start())) {
                    parent = i;
                }
            }
            if (parent >= 0) {
                out.set(k, new Quote(q.text(), q.kind(), q.start(), q.end(), q.cue(), q.speaker(), parent));
            }
        }
        return out;
    }
}

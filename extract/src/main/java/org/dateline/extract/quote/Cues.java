package org.dateline.extract.quote;

import java.util.Set;

/**
 * Cue words: the verbs of saying, writing, believing and showing that introduce an attribution.
 * Lemmas, lower case. PolNeAR's most frequent cues (said, says, according to, told, say, added,
 * wrote) lead a long tail; belief and evidence verbs count too (the guidelines annotate beliefs).
 */
final class Cues {
    private Cues() {
    }

    /** Verbs of communication: they attribute both marked quotes and reported speech. */
    static final Set<String> SPEECH = Set.of(
            "say", "tell", "add", "continue", "announce", "assert", "insist", "describe", "refer", "suggest",
            "write", "tweet", "post", "note", "explain", "argue", "claim", "warn", "state", "declare",
            "acknowledge", "admit", "deny", "reply", "respond", "answer", "ask", "recall", "remark", "observe",
            "comment", "report", "confirm", "estimate", "predict", "promise", "pledge", "vow", "urge", "call",
            "dub", "label", "praise", "criticize", "complain", "concede", "contend", "maintain", "emphasize",
            "stress", "tout", "boast", "joke", "quip", "shout", "yell", "testify", "allege", "accuse", "blast",
            "slam", "lament", "mention", "reveal", "disclose", "conclude", "caution", "advise", "demand",
            "counter", "retort", "proclaim", "brag", "muse", "agree", "disagree", "inform",
            "reiterate", "repeat", "signal", "specify", "stipulate", "threaten", "hint", "whisper", "scream",
            "charge", "contest", "dispute", "affirm", "swear", "guarantee", "assure",
            // verbs of expressing a stance: PolNeAR annotates them, and partial quotes hang on them
            "mock", "decry", "bemoan", "bark", "chant", "echo", "quote", "denounce", "ponder", "question",
            "lambaste", "ridicule", "condemn", "applaud", "hail", "thank", "congratulate", "blame", "defend",
            "dismiss", "reject", "cite", "invoke", "recite", "mutter", "sing", "scold", "chide", "tease", "plead",
            "wonder", "pronounce", "summarize", "characterize", "portray", "brand", "term", "deride", "lash",
            "rip", "knock", "fume", "rail", "vent", "gush", "insinuate", "implore", "exclaim",
            // verbs of presenting a view or a finding with a clause after them ("pointed out that",
            // "reminded voters that", "the court ruled that")
            "point", "highlight", "express", "voice", "remind", "recount", "outline",
            "assail", "attack", "advocate", "email", "text", "relay", "convey", "clarify", "elaborate", "recommend",
            "forecast", "project", "envision", "reassure", "rule", "deem", "certify", "publish", "allude",
            "release", "assess", "calculate", "theorize", "speculate", "surmise", "posit", "opine");

    /** Nouns of saying that attribute a that-clause to a named author ("a statement from X that"). */
    static final Set<String> SPEECH_NOUNS = Set.of("statement", "remark", "comment", "claim", "assertion", "warning",
            "tweet", "post", "suggestion", "insistence", "argument", "pledge", "promise", "vow", "accusation",
            "allegation", "admission", "announcement", "declaration", "contention", "prediction", "assurance", "boast");

    /**
     * Verbs of talking that attribute only what they are about ("talked about the record", "spoke
     * of a new era"); "they spoke for an hour" reports a conversation, not its content.
     */
    static final Set<String> TOPIC = Set.of("talk", "speak");

    /** The prepositions that name a topic after {@link #TOPIC} verbs. */
    static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "of", "on");

    /** Verbs of belief, knowledge and evidence: they attribute reported content, not marked quotes. */
    static final Set<String> BELIEF = Set.of(
            "believe", "think", "feel", "know", "expect", "hope", "fear", "worry", "doubt", "suspect",
            "show", "find", "indicate", "reckon", "assume", "understand", "realize", "realise", "recognize",
            "guess", "imagine", "predict", "anticipate", "conclude", "learn", "hear", "see", "notice",
            "consider", "view", "remember", "forget", "sense", "suppose", "presume", "trust", "bet",
            "discover", "demonstrate", "confirm", "suggest", "reveal", "establish", "acknowledge");

    /**
     * Verbs of intention and commitment: their infinitive complement is the attributed content
     * ("wants to cut taxes", "declined to comment", "pledged to veto"); PolNeAR annotates them.
     */
    static final Set<String> INTENTION = Set.of(
            "want", "plan", "intend", "seek", "aim", "vow", "pledge", "promise", "refuse", "decline", "agree", "offer",
            "threaten", "propose", "hope", "expect", "wish", "prefer", "push", "urge", "encourage", "vote", "demand",
            "ask", "press", "challenge", "implore", "beg", "invite");

    /** Verbs whose direct object is what was said ("said yes", "wrote something strange"). */
    static final Set<String> OBJECT_CONTENT = Set.of(
            "say", "write", "add", "declare", "announce", "repeat", "predict", "mention", "report", "reveal",
            "confirm", "deny", "acknowledge", "admit", "tweet", "post", "claim", "state", "cite", "propose",
            "support", "oppose", "endorse", "praise", "criticize", "reject", "demand", "condemn", "welcome", "applaud",
            "blame", "estimate", "find", "show", "indicate", "accuse", "describe", "defend", "characterize", "portray",
            "label", "brand", "term", "dub", "dismiss", "view", "thank", "congratulate", "hail", "tout", "slam",
            "blast", "mock", "ridicule", "denounce", "decry", "lambaste", "recommend", "advocate", "back", "favor",
            "favour", "champion", "embrace", "question", "attack", "assail", "fault", "chide", "scold", "rebuke");

    /**
     * Verbs of taking a side, with the side as object ("endorsed Cruz", "a group backing Bush",
     * "three-quarters support a ban"): PolNeAR annotates them as attributions of a stance.
     */
    static final Set<String> STANCE = Set.of("endorse", "support", "oppose", "back", "favor", "favour", "champion",
            "embrace");

    /** Lone words that look like titles of works when quoted in title case after these prepositions. */
    static final Set<String> TITLE_PREPOSITIONS = Set.of("on", "in", "of", "titled", "entitled", "called", "dubbed");
}

package org.dateline.extract.event;

import org.dateline.extract.syntax.Tree;
import org.dateline.model.Participant;
import org.dateline.model.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Codes sentences the PETRARCH way: actors from PETRARCH actor and agent dictionaries (dated codes
 * chosen by the story date), verbs from a PETRARCH verb dictionary, one (source, target, code)
 * triple per actor pair, and only dyads (PETRARCH's default {@code require_dyad}). For users who
 * bring their own dictionaries, and for the PETRARCH2 conformance records. Thread-safe.
 */
public final class PetrarchCoder {
    /** One coded dyad. */
    public record Triple(String source, String target, String code) {
    }

    private final ActorDictionary actors;
    private final EventCoder coder;
    private final boolean requireDyad;

    public PetrarchCoder(VerbDictionary verbs, ActorDictionary actors) {
        this(verbs, actors, true);
    }

    /**
     * @param requireDyad PETRARCH's {@code require_dyad}: when false, an event with a source and no
     *                    target is kept with the target {@code ---}
     */
    public PetrarchCoder(VerbDictionary verbs, ActorDictionary actors, boolean requireDyad) {
        this.actors = actors;
        this.requireDyad = requireDyad;
        this.coder = new EventCoder(verbs, NounLexicon.none(), true, requireDyad);
    }

    public List<Triple> code(Sentence sentence, LocalDate date) {
        if (sentence.dependencies().isEmpty()) {
            return List.of();
        }
        List<Triple> out = new ArrayList<>();
        // An actor entry may carry several codes ("THE_SHIRE [FRO/BIL/SAM]"): one triple each.
        for (Triple t : dyads(sentence, date)) {
            for (String s : t.source().split("/")) {
                for (String g : t.target().split("/")) {
                    out.add(new Triple(s, g, t.code()));
                }
            }
        }
        return out;
    }

    private List<Triple> dyads(Sentence sentence, LocalDate date) {
        Tree tree = new Tree(sentence);
        List<Triple> out = new ArrayList<>();
        for (Coded c : coder.code(tree, actors.on(date).find(tree))) {
            if (c.targets().isEmpty() && !requireDyad && c.sources().size() == 1) {
                Participant s = c.sources().get(0);
                if (s.code() != null) {
                    out.add(new Triple(s.code(), "---", c.code()));
                }
                continue;
            }
            if (c.targets().isEmpty()) {
                // a compound actor with no target acts on itself pairwise ("Gondor and Osgiliath renewed ties")
                for (Participant s : c.sources()) {
                    for (Participant t : c.sources()) {
                        if (s != t && s.code() != null && t.code() != null) {
                            out.add(new Triple(s.code(), t.code(), c.code()));
                        }
                    }
                }
                continue;
            }
            for (Participant s : c.sources()) {
                for (Participant t : c.targets()) {
                    if (s.code() != null && t.code() != null) {
                        out.add(new Triple(s.code(), t.code(), c.code()));
                    }
                }
            }
        }
        return out;
    }
}

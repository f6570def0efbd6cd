package org.dateline.extract.event;

import org.dateline.model.Participant;

import java.util.List;

/**
 * One clause coded by a verb pattern, before status, time and place are read.
 *
 * @param verb        token index of the verb
 * @param lastTrigger last token index of the trigger (the verb, or the noun of "held talks")
 * @param code        CAMEO code
 * @param sources     actors (several for a compound actor), empty when none codes
 * @param targets     recipients, empty when none codes
 */
record Coded(int verb, int lastTrigger, String code, List<Participant> sources, List<Participant> targets) {
    Coded {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}

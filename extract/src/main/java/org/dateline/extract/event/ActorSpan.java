package org.dateline.extract.event;

import org.dateline.model.Participant;

/**
 * A run of tokens in a sentence that names an actor ("Vladimir Putin", "Russia") or an agent, a
 * role without a country ("troops", "foreign minister"), with what it resolves to.
 *
 * @param first       first token index
 * @param last        last token index (inclusive)
 * @param agent       true for an agent: its code is a sector ("GOV") to join to a country
 * @param participant entity id, text, offsets and code
 */
record ActorSpan(int first, int last, boolean agent, Participant participant) {
    boolean covers(int token) {
        return token >= first && token <= last;
    }
}

package org.dateline.extract.event;

import org.dateline.extract.syntax.Tree;

import java.util.List;

/**
 * Finds who a sentence names: actors from the article's entities, or from PETRARCH actor and agent
 * dictionaries. One implementation per source of actors; the event coder does not care which.
 */
interface ActorFinder {
    /** Actor and agent spans of one sentence, in text order; spans may nest (agent in actor). */
    List<ActorSpan> find(Tree tree);
}

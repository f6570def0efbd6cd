/**
 * Events: who did what to whom, when and where. Verb patterns (a lexicon of our own, or any
 * dictionary in the PETRARCH/TABARI verb format) code each clause with a CAMEO code, mapped to
 * PLOVER; actors and recipients come from the article's entities (or from PETRARCH actor and agent
 * dictionaries), status from tense, modals, negation and framing, the date from the attached time
 * expression. {@link org.dateline.extract.event.EventExtractor} is the stage.
 */
package org.dateline.extract.event;

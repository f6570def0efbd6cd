package org.dateline.extract.quote;

import org.dateline.model.Cue;
import org.dateline.model.Speaker;

/**
 * A cue found in a sentence with its source, before it is tied to a quote.
 *
 * @param sentence  sentence index
 * @param cueToken  token index of the cue's head word
 * @param cue       the cue span
 * @param speaker   the resolved source, or null when the cue has no subject
 * @param speech    true for a verb of saying (it may attribute words in marks), false for belief
 */
record Attribution(int sentence, int cueToken, Cue cue, Speaker speaker, boolean speech) {
}

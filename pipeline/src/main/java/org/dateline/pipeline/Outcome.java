package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Problem;

/** What became of one input item: an analysis, or why there is none. */
public sealed interface Outcome permits Outcome.Analyzed, Outcome.Failed {

    record Analyzed(AnalyzedArticle article) implements Outcome {
    }

    /** @param where input and position, e.g. {@code corpus.jsonl:17} */
    record Failed(String where, Problem problem) implements Outcome {
    }
}

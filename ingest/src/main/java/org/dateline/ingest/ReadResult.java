package org.dateline.ingest;

import org.dateline.model.Problem;
import org.dateline.model.RawArticle;

/** One item read from an input: an article, or the reason an item could not be read. */
public sealed interface ReadResult permits ReadResult.Read, ReadResult.Failed {

    /** An article read successfully (it may still carry recorded problems). */
    record Read(RawArticle article) implements ReadResult {
    }

    /**
     * An item that could not be read at all.
     *
     * @param where   the input and position, e.g. {@code corpus.jsonl:17}
     * @param problem what was wrong
     */
    record Failed(String where, Problem problem) implements ReadResult {
    }
}

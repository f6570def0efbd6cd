/**
 * Reading articles in: plain text (first non-empty line is the headline), one JSON article object,
 * or JSON Lines of them; and cleaning scraped residue into an {@link org.dateline.model.Article}
 * that records every removal. Bad input becomes a {@link org.dateline.ingest.ReadResult.Failed}
 * or a recorded {@link org.dateline.model.Problem}, never an exception.
 */
package org.dateline.ingest;

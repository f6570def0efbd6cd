/**
 * Quotes and attributions: {@link org.dateline.extract.quote.QuoteExtractor} finds quotation marks
 * (direct, partial, mixed, nested, multi-paragraph), reported speech without marks, the cue of each
 * and its speaker, resolved to an entity or kept as an unnamed source's description.
 * {@link org.dateline.extract.quote.CueFinder} reads cues and their sources, {@code ReportedContent}
 * what a cue reports.
 */
package org.dateline.extract.quote;

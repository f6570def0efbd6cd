/**
 * Assembly: the one place where Dateline's stages are wired, in plain code that reads top to bottom.
 *
 * <p>Stages and what flows between them: {@code ResidueCleaner} turns a {@code RawArticle} into an
 * {@code Article}; {@code CoreNlpParser} gives a {@code ParsedArticle} (tokens, UD dependencies,
 * names, SUTime times anchored at the publication date); {@code TimeFilter},
 * {@code EntityClusterer} and {@code QuoteExtractor} (which reads the entities) give the times,
 * entities and quotes of the {@code AnalyzedArticle}.
 * {@link org.dateline.pipeline.BatchAnalyzer} runs many articles on all cores in input order;
 * {@link org.dateline.pipeline.ArticleJson} is the JSON contract ({@code docs/schema.md}).
 *
 * <p>Traps: the CoreNLP models take seconds and ~3 GB to load, so there is one
 * {@link org.dateline.pipeline.Analyzer} per JVM ({@link org.dateline.pipeline.Analyzer#shared()});
 * articles with an {@code empty} or {@code binary} problem skip the NLP stages.
 */
package org.dateline.pipeline;

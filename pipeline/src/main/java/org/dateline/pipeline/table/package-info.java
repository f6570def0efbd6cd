/**
 * The flat tables of an analysis ({@code articles}, {@code entities}, {@code quotes}, {@code events},
 * {@code places}, {@code errors}): one definition of their columns and one function from an
 * {@code AnalyzedArticle} to their rows, shared by the Spark job and the Parquet export so the two
 * paths write the same schema and the same values.
 *
 * <p>Every table but {@code errors} has a {@code month} column (YYYY-MM of the publication date,
 * null when undated) by which the Parquet files are partitioned.
 */
package org.dateline.pipeline.table;

/**
 * The pipeline on Apache Spark: {@link org.dateline.spark.DatelineJob} reads JSON Lines, WARC or
 * Parquet articles from any Hadoop path, analyzes each partition with the JVM's one
 * {@code Analyzer} (the CoreNLP models load once per executor, never serialized), and writes the
 * tables of {@code org.dateline.pipeline.table.Tables} as Parquet partitioned by month, plus an
 * {@code errors} table. Rows come from the same code as the single-machine export, so both meet.
 *
 * <p>Traps: Spark is a {@code provided} dependency (the cluster's own); executors need about 4 GB
 * of heap for the models; task retries cannot duplicate output because Spark's file commit
 * protocol moves a task's files into place only when the task commits.
 */
package org.dateline.spark;

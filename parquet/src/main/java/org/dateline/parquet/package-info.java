/**
 * The analysis tables ({@code org.dateline.pipeline.table.Tables}) as Parquet files, laid out as
 * the Spark job lays them out: {@code DIR/<table>/month=YYYY-MM/part-*.parquet}, the month only in
 * the directory name ({@code month=__HIVE_DEFAULT_PARTITION__} when undated). So a store's export
 * and a cluster's output are read the same way, by Spark, DuckDB, pandas or {@code import-parquet}.
 */
package org.dateline.parquet;

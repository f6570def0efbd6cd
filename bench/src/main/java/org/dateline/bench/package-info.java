/**
 * The scoreboard: one evaluator per capability reads a public benchmark, runs Dateline and scores
 * it with the metric that benchmark's {@code SOURCE.md} defines, so numbers compare with the
 * published ones. Scorers are plain functions over spans, unit-tested on hand-made pairs.
 */
package org.dateline.bench;

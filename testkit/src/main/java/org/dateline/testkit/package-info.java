/**
 * Test helpers: build articles and raw inputs in one call, load fixtures, and assert domain facts,
 * so that a stage's test never needs the whole pipeline.
 */
package org.dateline.testkit;

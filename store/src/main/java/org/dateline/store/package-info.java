/**
 * The record: analyzed articles in one embedded SQLite file (WAL) with an FTS5 index, written by
 * {@link org.dateline.store.Ingester}, read by {@link org.dateline.store.Store}'s queries and
 * {@link org.dateline.store.Exporter}; {@link org.dateline.store.Dateline} is the Java API.
 */
package org.dateline.store;

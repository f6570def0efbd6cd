/**
 * The adapter to Stanford CoreNLP 4.5.10, the only package in Dateline that imports
 * {@code edu.stanford.nlp}. It turns CoreNLP's key-bag annotations into our records
 * ({@link org.dateline.model.ParsedArticle}) and documents the library's rules: models load once
 * per JVM (slow, ~3 GB heap), and one loaded pipeline may annotate different articles from many
 * threads at once.
 */
package org.dateline.nlp;

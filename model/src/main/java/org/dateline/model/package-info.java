/**
 * The typed, immutable values that flow between Dateline's stages: an {@link org.dateline.model.Article}
 * goes in, an {@link org.dateline.model.AnalyzedArticle} comes out. Every offset indexes into
 * {@link org.dateline.model.Article#text()}. This package depends on nothing but the JDK.
 */
package org.dateline.model;

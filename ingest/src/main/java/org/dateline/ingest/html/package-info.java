/**
 * Web pages: charset detection, main-content extraction (title, paragraphs, byline, publication
 * date with its source, site, canonical URL, language) with jsoup, for the plain-text cleaner and
 * the pipeline downstream.
 */
package org.dateline.ingest.html;

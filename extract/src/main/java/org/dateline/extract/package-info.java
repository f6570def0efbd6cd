/**
 * Extraction over Dateline's own model (no CoreNLP types): {@code entity} clusters names,
 * descriptions and pronouns into entities with titles and countries; {@code time} keeps the time
 * expressions that really are times.
 */
package org.dateline.extract;

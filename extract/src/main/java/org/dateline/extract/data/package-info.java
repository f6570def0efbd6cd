/**
 * Reading the named data shipped with the extractors (tables, lexicons, dictionaries) from the
 * class path, the same way everywhere.
 */
package org.dateline.extract.data;

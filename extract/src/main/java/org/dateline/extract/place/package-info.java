/**
 * Places: the shipped gazetteer (GeoNames cities, first-level regions, countries) and the stage
 * that resolves an article's place names to it, using the countries and places the article
 * already makes certain, population and proximity.
 */
package org.dateline.extract.place;

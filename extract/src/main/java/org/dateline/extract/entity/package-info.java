/**
 * Within-article entity clustering. {@link org.dateline.extract.entity.EntityClusterer} is the
 * entry point; the lexicons it reads (titles, countries) are named data in
 * {@link org.dateline.extract.entity.Titles} and {@link org.dateline.extract.entity.Countries}.
 */
package org.dateline.extract.entity;

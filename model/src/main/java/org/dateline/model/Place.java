package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * A place an article names, resolved to a gazetteer entry.
 *
 * @param name        the gazetteer's name ("Sochi", "Russia", "California")
 * @param geonameId   the GeoNames id, or null when the shipped data has none (countries, regions)
 * @param countryCode ISO 3166-1 alpha-2 code of the country it lies in (of itself for a country)
 * @param country     the country's common English name
 * @param admin1      first-level subdivision (name where known, else its GeoNames code), or null
 * @param lat         latitude (centre for countries and regions)
 * @param lon         longitude
 * @param feature     GeoNames feature code ("PPLC", "PPLA", "PPL", ...), "ADM1" for regions, "PCLI" for countries,
 *                    "CONT", "OCN", "SEA" or "RGN" for continents, oceans, seas and wider regions, and
 *                    {@link #WITHIN} for a place the gazetteer lacks, put at the place it lies in
 * @param within      for a {@link #WITHIN} place, the name of the resolved place whose position, country and
 *                    region it takes ("Cuyahoga County" within "Cleveland"); null for a gazetteer entry
 * @param role        location or government metonym, from how most of its mentions are used
 * @param entities    the ids of the article's entity clusters that name it
 * @param mentions    where the article names it
 */
public record Place(String name, Long geonameId, String countryCode, String country, String admin1,
                    double lat, double lon, String feature, String within, PlaceRole role, List<String> entities,
                    List<Mention> mentions) {
    /** The feature code of a place the gazetteer lacks, located by the town or region the article puts it in. */
    public static final String WITHIN = "WITHIN";

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
    }
}

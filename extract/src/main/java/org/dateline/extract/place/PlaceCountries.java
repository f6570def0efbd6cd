package org.dateline.extract.place;

import org.dateline.extract.entity.Countries;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The country of each place entity once places are resolved: "Texas" is American, and "Georgia"
 * read as the U.S. state is American too, though the name alone said the Caucasus country. An
 * entity's country and code follow its place; entities that are not places, and places of no
 * country (oceans, continents), stay as they are. Input: entities and places; output: entities.
 */
public final class PlaceCountries {
    private final Countries countries;

    public PlaceCountries(Countries countries) {
        this.countries = countries;
    }

    public List<Entity> apply(List<Entity> entities, List<Place> places) {
        Map<String, String> countryOf = new HashMap<>();
        for (Place p : places) {
            if (p.countryCode() != null) {
                countries.byIso2(p.countryCode()).ifPresent(c -> p.entities().forEach(id -> countryOf.putIfAbsent(id, c.iso3())));
            }
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            String iso3 = e.type() == EntityType.LOCATION ? countryOf.get(e.id()) : null;
            boolean bare = e.actorCode() == null || e.actorCode().equals(e.country());
            out.add(iso3 == null || iso3.equals(e.country()) || !bare ? e
                    : new Entity(e.id(), e.name(), e.type(), e.title(), iso3, iso3, e.mentions()));
        }
        return out;
    }
}

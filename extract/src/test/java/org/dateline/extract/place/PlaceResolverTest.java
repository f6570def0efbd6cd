package org.dateline.extract.place;

import org.dateline.extract.entity.Countries;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventTime;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;
import org.dateline.model.Participant;
import org.dateline.model.Place;
import org.dateline.model.PlaceRole;
import org.dateline.model.Span;
import org.dateline.model.Trigger;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceResolverTest {
    private static final PlaceResolver RESOLVER = new PlaceResolver(Gazetteer.shared(), Countries.shared());

    /** Entities named in this order, each mentioned once at a made-up offset. */
    private static List<Entity> places(String... names) {
        List<Entity> out = new ArrayList<>();
        int at = 0;
        for (String n : names) {
            String country = Countries.shared().byName(n).map(Countries.Country::iso3).orElse(null);
            out.add(new Entity("E" + (out.size() + 1), n, EntityType.LOCATION, null, country, country,
                    List.of(new Mention(at, at + n.length(), n, MentionKind.NAME))));
            at += n.length() + 10;
        }
        return out;
    }

    private static Place placeOf(List<Place> places, String entity) {
        return places.stream().filter(p -> p.entities().contains(entity)).findFirst().orElseThrow();
    }

    @Test
    void aCountyReadThroughItsTownLiesInTheCountryOfTheStory() {
        List<Place> found = RESOLVER.resolve(places("United States", "Manhattan", "Nassau County"), List.of(), List.of());
        assertEquals("US", placeOf(found, "E3").countryCode(), "not Nassau, the capital of the Bahamas");
    }

    /** Place entities named at their offsets in {@code text}. */
    private static List<Entity> written(String text, String... names) {
        List<Entity> es = new ArrayList<>();
        for (String n : names) {
            int at = text.indexOf(n);
            es.add(new Entity("E" + (es.size() + 1), n, EntityType.LOCATION, null, null, null,
                    List.of(new Mention(at, at + n.length(), n, MentionKind.NAME))));
        }
        return es;
    }

    @Test
    void aNameWrittenWithItsRegionAfterACommaIsThePlaceInThatRegion() {
        List<Place> found = RESOLVER.resolve(written("Denmark, S.C., or Paris, Texas", "Denmark", "S.C.", "Paris", "Texas"),
                List.of(), List.of());
        Place denmark = placeOf(found, "E1");
        assertEquals("US", denmark.countryCode(), "the town in South Carolina, not the country");
        assertEquals("South Carolina", denmark.admin1());
        assertEquals("Texas", placeOf(found, "E3").admin1());
        assertNotEquals("Missouri", placeOf(RESOLVER.resolve(written("Washington, Missouri", "Washington", "Missouri"),
                List.of(), List.of()), "E1").admin1(), "states in a list are no town of the next");
        Place town = placeOf(RESOLVER.resolve(written("Washington, Mo.", "Washington", "Mo."), List.of(), List.of()), "E1");
        assertEquals("Missouri", town.admin1(), "an abbreviated state after a comma places the town");
        assertEquals("CN", placeOf(RESOLVER.resolve(written("China, US and Russia", "China", "US", "Russia"), List.of(), List.of()),
                "E1").countryCode(), "countries in a list are no town of the next");
        Place alone = placeOf(RESOLVER.resolve(places("Denmark", "Texas"), List.of(), List.of()), "E1");
        assertEquals("DK", alone.countryCode(), "a name not written with its region keeps its usual reading");
    }

    @Test
    void citiesResolveToGeoNamesWithTheirCountry() {
        List<Place> found = RESOLVER.resolve(places("Russia", "Sochi", "Moscow"), List.of(), List.of());
        Place sochi = placeOf(found, "E2");
        assertEquals(491422L, sochi.geonameId());
        assertEquals("RU", sochi.countryCode());
        assertEquals("Russia", sochi.country());
        assertEquals(524901L, placeOf(found, "E3").geonameId());
        assertEquals("Krasnodar Krai", sochi.admin1(), "GeoNames' code 38 shown by its name");
        Place russia = placeOf(found, "E1");
        assertEquals("RU", russia.countryCode());
        assertEquals("PCLI", russia.feature());
        assertEquals(60.0, russia.lat(), 5.0);
    }

    @Test
    void ambiguousNamesFollowTheArticlesOtherPlaces() {
        assertEquals("FR", placeOf(RESOLVER.resolve(places("Paris"), List.of(), List.of()), "E1").countryCode());
        Place texan = placeOf(RESOLVER.resolve(places("Texas", "Paris"), List.of(), List.of()), "E2");
        assertEquals("US", texan.countryCode());
        assertEquals("Texas", texan.admin1());
        assertEquals("GE", placeOf(RESOLVER.resolve(places("Georgia", "Tbilisi"), List.of(), List.of()), "E1").countryCode());
        Place state = placeOf(RESOLVER.resolve(places("Atlanta", "Georgia", "Savannah"), List.of(), List.of()), "E2");
        assertEquals("US", state.countryCode());
        assertEquals("ADM1", state.feature());
    }

    @Test
    void namesMatchWithoutDiacriticsAndThroughAdjectivals() {
        assertEquals(3448439L, placeOf(RESOLVER.resolve(places("Sao Paulo"), List.of(), List.of()), "E1").geonameId());
        Entity korean = new Entity("E1", "North Korean", EntityType.LOCATION, null, null, null,
                List.of(new Mention(0, 12, "North Korean", MentionKind.NAME)));
        assertEquals("KP", RESOLVER.resolve(List.of(korean), List.of(), List.of()).get(0).countryCode());
    }

    @Test
    void namesTheGazetteerLacksAreLeftOutWhenTheArticleNamesNoTownOrRegion() {
        List<Place> found = RESOLVER.resolve(places("Tomb of the Unknown Soldier"), List.of(), List.of());
        assertTrue(found.isEmpty(), found.toString());
        found = RESOLVER.resolve(places("Russia", "Quelbrook Ward"), List.of(), List.of());
        assertEquals(1, found.size(), "a country's centre says nothing about where a ward is: " + found);
    }

    @Test
    void aNameTheGazetteerLacksLiesInTheNearestTownTheArticleNames() {
        List<Place> found = RESOLVER.resolve(places("Toronto", "Ohio", "Cleveland", "MetroHealth Medical Center"),
                List.of(), List.of());
        Place hospital = placeOf(found, "E4");
        Place cleveland = placeOf(found, "E3");
        assertEquals(Place.WITHIN, hospital.feature());
        assertEquals("Cleveland", hospital.within());
        assertNull(hospital.geonameId(), "no GeoNames entry is claimed");
        assertEquals("MetroHealth Medical Center", hospital.name());
        assertEquals("US", hospital.countryCode());
        assertEquals(cleveland.lat(), hospital.lat());
        assertEquals(cleveland.lon(), hospital.lon());
        assertNull(cleveland.within());
        Place ward = placeOf(RESOLVER.resolve(places("Ohio", "Quelbrook Ward"), List.of(), List.of()), "E2");
        assertEquals("Ohio", ward.within(), "no town named: the nearest region");
    }

    @Test
    void aNameTheGazetteerLacksLiesInThePlaceWrittenAfterItsComma() {
        List<Place> found = RESOLVER.resolve(written("Bells rang in Boston and in Quelbrook, Pennsylvania.", "Boston", "Quelbrook",
                "Pennsylvania"), List.of(), List.of());
        assertEquals("Pennsylvania", placeOf(found, "E2").within(), "not Boston, the town named nearest before it");
    }

    @Test
    void parts_of_buildings_are_no_towns_and_the_white_house_is_the_seat_in_any_american_story() {
        List<Place> found = RESOLVER.resolve(places("New York", "North Tower", "South Pool", "Tennessee", "White House"),
                List.of(), List.of());
        assertTrue(found.stream().noneMatch(p -> p.entities().contains("E2") && p.geonameId() != null), "not Tower, Ireland");
        assertTrue(found.stream().noneMatch(p -> p.entities().contains("E3") && p.geonameId() != null), "not Pool, England");
        assertEquals(4140963L, placeOf(found, "E5").geonameId(), "not White House, Tennessee");
    }

    @Test
    void aNameOpeningWithABigCitysNameReadsThroughItButNotThroughAVillageAbroad() {
        assertEquals("AE", placeOf(RESOLVER.resolve(places("Dubai World Cup"), List.of(), List.of()), "E1").countryCode());
        Place hotel = placeOf(RESOLVER.resolve(places("Ireland", "Dublin", "Percy French Hotel"), List.of(), List.of()), "E3");
        assertEquals(Place.WITHIN, hotel.feature(), "not Percy, a village in France: " + hotel);
        assertEquals("IE", hotel.countryCode());
    }

    @Test
    void aNameEndingInACountryOrRegionOrOpeningWithDirectionsReadsThroughIt() {
        assertEquals("ZW", placeOf(RESOLVER.resolve(places("Air Zimbabwe"), List.of(), List.of()), "E1").countryCode());
        Place london = placeOf(RESOLVER.resolve(places("north west London"), List.of(), List.of()), "E1");
        assertEquals(2643743L, london.geonameId());
        assertEquals("BA", placeOf(RESOLVER.resolve(places("Bosnia"), List.of(), List.of()), "E1").countryCode());
    }

    @Test
    void namesBuiltOnAPlaceResolveThroughIt() {
        Place county = placeOf(RESOLVER.resolve(places("Orange County"), List.of(), List.of()), "E1");
        assertEquals("US", county.countryCode());
        assertEquals("VE", placeOf(RESOLVER.resolve(places("South Venezuela"), List.of(), List.of()), "E1").countryCode());
        assertEquals("NG", placeOf(RESOLVER.resolve(places("Borno State"), List.of(), List.of()), "E1").countryCode());
        assertTrue(RESOLVER.resolve(places("Atlantic Avenue"), List.of(), List.of()).isEmpty(), "a street is not the ocean");
    }

    @Test
    void aFamousCityKeepsItsReadingInAStoryWithSomeForeignPeopleInIt() {
        List<Entity> entities = new ArrayList<>(places("Rome", "Manchester"));
        entities.add(new Entity("P1", "Tom Evans", EntityType.PERSON, null, "GBR", null,
                List.of(new Mention(100, 109, "Tom Evans", MentionKind.NAME), new Mention(200, 205, "Evans", MentionKind.NAME))));
        entities.add(new Entity("P2", "Ann Cole", EntityType.PERSON, null, "USA", null,
                List.of(new Mention(300, 308, "Ann Cole", MentionKind.NAME), new Mention(400, 404, "Cole", MentionKind.NAME),
                        new Mention(500, 504, "Cole", MentionKind.NAME))));
        List<Place> found = RESOLVER.resolve(entities, List.of(), List.of());
        assertEquals(3169070L, placeOf(found, "E1").geonameId(), "Rome, Italy, not Rome, Georgia");
        assertEquals("GB", placeOf(found, "E2").countryCode(), "Manchester, not an old name of part of Richmond");
    }

    @Test
    void aCapitalThatActsIsAGovernmentMetonym() {
        List<Entity> entities = places("Washington", "Beijing");
        Entity washington = entities.get(0);
        Mention m = washington.mentions().get(0);
        Event accuses = new Event("ACCUSE", null, "112", 3, -2.0,
                List.of(new Participant("E1", m.text(), m.start(), m.end(), "USA")), List.of(),
                EventStatus.OCCURRED, new EventTime("2020-01-01", null, 0, 0, true), null, null,
                new Trigger("accused", 11, 18), new Span(0, 40));
        List<Place> found = RESOLVER.resolve(entities, List.of(), List.of(accuses));
        assertEquals(PlaceRole.GOVERNMENT_METONYM, placeOf(found, "E1").role());
        assertEquals("PPLC", placeOf(found, "E1").feature());
        assertEquals(PlaceRole.LOCATION, placeOf(found, "E2").role());
    }

    @Test
    void theGazetteerCarriesCountriesAreasAbbreviationsAndSeats() {
        Gazetteer g = Gazetteer.shared();
        assertTrue(g.lookup("Springfield").size() > 20, "many Springfields");
        assertEquals(2017370L, g.lookup("Russia").get(0).entry().geonameId());
        assertNull(g.lookup("Tuvalu").get(0).entry().geonameId(), "countries without a transcribed id have none");
        Gazetteer.Entry libya = g.lookup("Libya").get(0).entry();
        assertEquals(2215636L, libya.geonameId(), "an id transcribed without a point");
        assertEquals(17.0, libya.lon(), 0.01, "keeps the world-countries centre");
        assertEquals(libya, g.byId(2215636L).orElseThrow());
        assertEquals("Europe", g.lookup("European").get(0).entry().name());
        assertEquals("Washington", g.lookup("Wash.").get(0).entry().name());
        assertTrue(g.lookup("EU").stream().noneMatch(m -> m.entry().level() == Gazetteer.Level.CITY),
                "an abbreviation is not a town (Eu, France)");
        assertEquals(4140963L, RESOLVER.resolve(places("White House"), List.of(), List.of()).get(0).geonameId(),
                "a seat of power lies in its capital");
    }

    @Test
    void states_named_together_read_georgia_as_the_us_state_and_entities_take_their_places_country() {
        List<Entity> entities = places("Iowa", "Missouri", "Georgia");
        List<Place> resolved = RESOLVER.resolve(entities, List.of(), List.of());
        Place georgia = placeOf(resolved, "E3");
        assertEquals("US", georgia.countryCode(), "the name is no evidence for its own country reading");
        assertEquals("ADM1", georgia.feature());
        List<Entity> placed = new PlaceCountries(Countries.shared()).apply(entities, resolved);
        assertEquals("USA", placed.get(0).country(), "Iowa is American");
        assertEquals("USA", placed.get(2).actorCode(), "Georgia the state, not GEO");
    }

    @Test
    void georgia_among_caucasus_countries_stays_the_country() {
        List<Place> resolved = RESOLVER.resolve(places("Armenia", "Azerbaijan", "Georgia"), List.of(), List.of());
        assertEquals("GE", placeOf(resolved, "E3").countryCode());
    }
}

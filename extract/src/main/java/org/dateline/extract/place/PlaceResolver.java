package org.dateline.extract.place;

import org.dateline.extract.entity.Countries;
import org.dateline.extract.place.Gazetteer.Entry;
import org.dateline.extract.place.Gazetteer.Level;
import org.dateline.extract.place.Gazetteer.Match;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;
import org.dateline.model.Participant;
import org.dateline.model.Place;
import org.dateline.model.PlaceRole;
import org.dateline.model.Quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves an article's place names (its LOCATION entity clusters, and MISC names that are
 * adjectivals of countries and areas: "European") to gazetteer entries.
 *
 * <p>Each name's candidates are scored by what the entry is (a country beats a region beats a
 * city; a city by its population and capital status) and by the article: the countries it is
 * about (named countries, and the countries of its people and organizations) and its places that
 * have only one reading. So "Georgia" in an article about Atlanta is the US state, "Paris" is
 * France's capital unless Texas is in the story, and "Moscow" in a story about Russia is Moscow.
 *
 * <p>A place is a government metonym when it is a country or a capital and most of its mentions
 * act (an event's actor, a quote's speaker): "Moscow denied", "Washington said". Recipients do
 * not count: "travel to Egypt" names a destination.
 *
 * <p>A LOCATION name the gazetteer lacks ("Cuyahoga County", "MetroHealth Medical Center", "Trump
 * Tower") is put in the town the article names nearest to it, flagged {@link Place#WITHIN} with no
 * GeoNames id: a map can show it, approximately, and a user can filter it out.
 */
public final class PlaceResolver {
    /** Places closer than this to a place the article makes certain support each other. */
    private static final double NEAR_KM = 400;
    /** A city others name things after ("Dubai World Cup", "Chicago Tribune"). */
    private static final long BIG_CITY = 100_000;

    private static final Pattern GENERIC_HEAD = Pattern.compile(
            "County|Province|State|District|Region|Governorate|Oblast|Prefecture|Township|Parish|Borough|Municipality|"
            + "Estate|Area|Metro|Metropolitan|Valley|Hills|Heights|Lagoon|Harbou?r|Port|Airport|Island|Islands");
    /** The heads of administrative divisions below a country: "Nassau County", "Helmand Province". */
    private static final Pattern DIVISION_HEAD = Pattern.compile(
            "County|Province|District|Governorate|Oblast|Prefecture|Township|Parish|Borough|Municipality|Department|Canton");
    private static final Pattern STREET = Pattern.compile(
            "(?i)street|st\\.?|avenue|ave\\.?|road|rd\\.?|boulevard|blvd\\.?|lane|drive|parade|way|place|square|terrace|highway");
    private static final Pattern GENERIC_WORD = Pattern.compile(
            "City|Town|Hall|Centre|Center|Park|Market|Station|General|National|Federal|Royal|Grand|Union|Bank|Mental|Community|Capital|University|College|Summit|Saint|St\\.?|New|Old|Great|Little|Mount|Lake|Fort|Port|Cape|"
            // what "the North Tower", "the South Pool", "the West Wing" are, not towns of that name
            + "Tower|Towers|Pool|Lawn|Wing|Gate|Bridge|Building|Plaza|Memorial|Church|Court|House|Gallery|Garden|Gardens|Museum|"
            + "Stadium|Arena|Theatre|Theater|Hotel|Hospital|School|Pier|Mall|Wall|Field|Terminal|Campus|Quarter|Side|End|Coast|Shore");
    private static final Pattern DIRECTION = Pattern.compile(
            "(?i)north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|southeastern|"
            + "southwestern|upper|lower|greater|inner|outer|downtown|rural|coastal");

    private final Gazetteer gazetteer;
    private final Countries countries;

    public PlaceResolver(Gazetteer gazetteer, Countries countries) {
        this.gazetteer = gazetteer;
        this.countries = countries;
    }

    /**
     * The article's resolved places, in order of first mention, then the place names the gazetteer
     * lacks, each put in the town or region the article names nearest to it ({@link Place#WITHIN});
     * such a name is left out when the article names no town or region.
     */
    public List<Place> resolve(List<Entity> entities, List<Quote> quotes, List<Event> events) {
        Map<String, Double> context = countryContext(entities);
        List<Entity> named = new ArrayList<>();
        Map<Entity, List<Match>> candidates = new HashMap<>();
        List<Entity> unknown = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.LOCATION || e.type() == EntityType.MISC) {
                List<Match> found = candidates(e);
                if (!found.isEmpty() && e.type() == EntityType.LOCATION && isDivision(e.name())
                        && gazetteer.lookup(e.name()).isEmpty()) {
                    // "Nassau County" in a story about New York is no county of the Bahamas: a
                    // division read through its inner name lies in a country the article is about
                    Map<String, Double> others = new HashMap<>(context);
                    withdraw(others, e);
                    if (!others.isEmpty()) {
                        found = found.stream().filter(m -> others.containsKey(m.entry().countryCode())).toList();
                    }
                }
                if (found.isEmpty() && e.type() == EntityType.LOCATION) {
                    unknown.add(e);
                }
                if (e.type() == EntityType.MISC) {
                    // "European", "Kurdish": adjectivals of countries and areas; other MISC names are not places.
                    found = found.stream().filter(m -> m.entry().level() == Level.COUNTRY
                            || m.entry().level() == Level.AREA).toList();
                }
                if (!found.isEmpty()) {
                    named.add(e);
                    candidates.put(e, found);
                }
            }
        }
        qualify(named, candidates);
        // First pass: names with one clear reading anchor the rest.
        Map<Entity, Entry> anchors = new LinkedHashMap<>();
        for (Entity e : named) {
            Entry best = best(candidates.get(e), context, Map.of(), e);
            if (best != null && clear(candidates.get(e), best, context)) {
                anchors.put(e, best);
            }
        }
        // Second pass: every name again, in the light of the others' clear readings.
        Map<Entry, Builder> places = new LinkedHashMap<>();
        for (Entity e : named) {
            Map<String, Double> anchored = new HashMap<>(context);
            withdraw(anchored, e); // a name does not vote for its own reading: "Georgia" is no evidence for the country
            anchors.forEach((other, a) -> {
                if (other != e) {
                    anchored.merge(a.countryCode(), 1.0, Double::sum);
                }
            });
            Entry entry = best(candidates.get(e), anchored, anchors, e);
            places.computeIfAbsent(entry, Builder::new).add(e);
        }
        List<Place> out = new ArrayList<>();
        for (Builder b : places.values()) {
            out.add(b.build(quotes, events, gazetteer));
        }
        for (Entity e : unknown) {
            if (e.mentions().isEmpty()) {
                continue;
            }
            container(e, places.values()).ifPresent(b -> out.add(b.locate(e, gazetteer)));
        }
        return out;
    }

    /**
     * A name written with its region or country after a comma ("Denmark, S.C.", "Paris, Texas",
     * "Tripoli, Lebanon") is a town of that name in that region or country when the gazetteer has
     * one and the name's usual readings all lie in other countries: those readings are dropped,
     * the country of the same name included.
     */
    private void qualify(List<Entity> named, Map<Entity, List<Match>> candidates) {
        for (Entity e : named) {
            List<Match> own = gazetteer.lookupAll(e.name());
            for (Mention m : e.mentions()) {
                if (m.kind() != MentionKind.NAME) {
                    continue;
                }
                Entity region = qualifier(named, e, m.end() + 2);
                if (region == null) {
                    continue;
                }
                List<Entry> regions = candidates.get(region).stream().map(Match::entry)
                        .filter(r -> r.level() == Level.REGION || r.level() == Level.COUNTRY).toList();
                boolean sameCountry = candidates.get(e).stream().anyMatch(c -> regions.stream()
                        .anyMatch(r -> r.countryCode().equals(c.entry().countryCode())));
                String written = text(region, m.end() + 2);
                boolean abbreviated = written.contains("."); // "Mo.", "S.C."
                boolean alike = candidates.get(e).stream().anyMatch(c -> c.entry().level() != Level.CITY
                        && regions.stream().anyMatch(r -> r.level() == c.entry().level()
                        && !(abbreviated && r.level() == Level.REGION)));
                if (sameCountry && !abbreviated || alike || qualifier(named, region, m.end() + 2 + written.length() + 2) != null) {
                    // the usual scoring weighs readings within one country unless the address form says
                    // which ("Washington, Mo."); a comma joins like with like in a list ("China, U.S. and
                    // Russia", "Homs, Hama, Idlib") and a place with a larger one in an address
                    continue;
                }
                List<Match> inside = own.stream().filter(c -> c.ownName() && c.entry().level() == Level.CITY
                        && regions.stream().anyMatch(r -> r.level() == Level.COUNTRY
                        ? r.countryCode().equals(c.entry().countryCode()) : within(c.entry(), r))).toList();
                if (!inside.isEmpty()) {
                    candidates.put(e, inside);
                    break;
                }
            }
        }
    }

    private static String text(Entity region, int start) {
        return region.mentions().stream().filter(r -> r.start() == start).findFirst().map(Mention::text).orElse("");
    }

    /** The other place entity with a name mention starting at {@code start}, or null. */
    private static Entity qualifier(List<Entity> named, Entity self, int start) {
        for (Entity other : named) {
            if (other != self && other.mentions().stream().anyMatch(m -> m.kind() == MentionKind.NAME && m.start() == start)) {
                return other;
            }
        }
        return null;
    }

    /**
     * The place a name the gazetteer lacks lies in: the town or region written after it and a
     * comma, else the town the article names nearest to it (a
     * street, a hospital, a county or an estate is in the town the story is about), else its
     * nearest region. Never a country: a country's centre says nothing about where a street is.
     */
    private static Optional<Builder> container(Entity e, Collection<Builder> places) {
        for (Mention named : e.mentions()) {
            for (Builder b : places) {
                // "Shanksville, Pennsylvania": the place written after it
                if (b.entry.level() != Level.COUNTRY && b.entry.level() != Level.AREA && b.clusters.stream()
                        .anyMatch(c -> c.mentions().stream().anyMatch(m -> m.start() == named.end() + 2))) {
                    return Optional.of(b);
                }
            }
        }
        int at = e.mentions().get(0).start();
        for (Level level : List.of(Level.CITY, Level.REGION)) {
            Builder best = null;
            long bestDistance = Long.MAX_VALUE;
            for (Builder b : places) {
                if (b.entry.level() != level) {
                    continue;
                }
                for (Entity c : b.clusters) {
                    for (Mention m : c.mentions()) {
                        long d = Math.abs((long) m.start() - at);
                        if (d < bestDistance) {
                            bestDistance = d;
                            best = b;
                        }
                    }
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    private List<Match> candidates(Entity e) {
        List<Match> found = gazetteer.lookup(e.name());
        if (found.isEmpty()) {
            for (Mention m : e.mentions()) {
                if (m.kind() == MentionKind.NAME && !m.text().equals(e.name())) {
                    found = gazetteer.lookup(m.text());
                    if (!found.isEmpty()) {
                        break;
                    }
                }
            }
        }
        if (found.isEmpty() && e.type() == EntityType.LOCATION) {
            found = inner(e.name());
        }
        return found;
    }

    /**
     * A place name the gazetteer lacks, read through the place it is built on: "Orange County" and
     * "Oaxaca State" by their names without the generic head, "South Venezuela" and "Western US"
     * without the direction, "Bank of Mexico" by what follows "of", "Dubai World Cup" by its
     * leading place name.
     */
    private List<Match> inner(String name) {
        String[] w = name.strip().split("\\s+");
        if (w.length < 2 || STREET.matcher(w[w.length - 1]).matches() || Character.isDigit(w[0].charAt(0))) {
            return List.of(); // "Atlantic Avenue" is a street, not the ocean
        }
        List<String> tries = new ArrayList<>();
        if (GENERIC_HEAD.matcher(w[w.length - 1]).matches()) {
            tries.add(String.join(" ", List.of(w).subList(0, w.length - 1)));
        }
        int directions = 0;
        while (directions < w.length - 1 && DIRECTION.matcher(w[directions]).matches()) {
            directions++; // "north west London"
        }
        if (directions > 0) {
            tries.add(String.join(" ", List.of(w).subList(directions, w.length)));
        }
        for (int i = 1; i < w.length - 1; i++) {
            if (w[i].equals("of")) {
                tries.add(String.join(" ", List.of(w).subList(i + 1, w.length)).replaceFirst("^the ", ""));
            }
        }
        for (String t : tries) {
            List<Match> found = readings(t);
            if (!found.isEmpty()) {
                return found;
            }
        }
        // "Dubai World Cup": a leading name, if it is a region or a city big enough to name things
        // after; a town that shares a first word ("Glenrock Lagoon", "The Colony Theatre", "Percy
        // French Hotel") is mostly not it, even in the article's country: the name then lies in
        // the article's nearest town instead (see container)
        for (int len = w.length - 1; len >= 1; len--) {
            List<Match> found = readings(String.join(" ", List.of(w).subList(0, len))).stream()
                    .filter(m -> m.entry().level() != Level.CITY || m.entry().population() >= BIG_CITY).toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        // "Air Zimbabwe", "Connecting California": a name ending in a country's or region's name
        for (int from = 1; from < w.length; from++) {
            if (w[from].equals(w[from].toUpperCase(Locale.ROOT))) {
                continue; // "Aughadreena NS": a school, not Nova Scotia
            }
            List<Match> found = readings(String.join(" ", List.of(w).subList(from, w.length))).stream()
                    .filter(m -> m.entry().level() == Level.COUNTRY || m.entry().level() == Level.REGION).toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The readings of a part of a name, unless the part is a generic word on its own or ends in a function word. */
    private List<Match> readings(String t) {
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || t.matches(".*\\s(and|of|the|&)$")
                || !t.contains(" ") && (DIRECTION.matcher(t).matches() || GENERIC_WORD.matcher(t).matches())) {
            return List.of();
        }
        return gazetteer.lookup(t).stream().filter(m -> m.entry().level() != Level.CITY || m.ownName()).toList();
    }

    /** How much the article is about each country (ISO-2): its people, organizations and named countries. */
    private Map<String, Double> countryContext(List<Entity> entities) {
        Map<String, Double> weight = new HashMap<>();
        for (Entity e : entities) {
            if (e.country() == null) {
                continue;
            }
            countries.byIso3(e.country()).ifPresent(c -> weight.merge(c.iso2(), weight(e), Double::sum));
        }
        return weight;
    }

    private static boolean isDivision(String name) {
        String[] w = name.strip().split("\\s+");
        return w.length > 1 && DIVISION_HEAD.matcher(w[w.length - 1]).matches();
    }

    /** Takes one entity's own weight out of a country context. */
    private void withdraw(Map<String, Double> context, Entity e) {
        if (e.country() == null) {
            return;
        }
        countries.byIso3(e.country()).ifPresent(c ->
                context.computeIfPresent(c.iso2(), (k, w) -> w - weight(e) <= 0 ? null : w - weight(e)));
    }

    /** What an entity adds to its country's weight in the article: its names, at least one. */
    private static double weight(Entity e) {
        return Math.max(1, e.mentions().stream().filter(m -> m.kind() == MentionKind.NAME).count());
    }

    /** One reading: a single candidate, or a best one well ahead of the next. */
    private boolean clear(List<Match> found, Entry best, Map<String, Double> context) {
        if (found.size() == 1) {
            return true;
        }
        double first = score(best, true, context, Map.of(), null);
        double second = Double.NEGATIVE_INFINITY;
        for (Match m : found) {
            if (m.entry() != best) {
                second = Math.max(second, score(m.entry(), m.ownName(), context, Map.of(), null));
            }
        }
        return first - second >= 2.5;
    }

    private Entry best(List<Match> found, Map<String, Double> context, Map<Entity, Entry> anchors, Entity self) {
        Entry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean someoneNamedSo = found.stream().anyMatch(m -> m.ownName() && m.entry().level() == Level.CITY);
        for (Match m : found) {
            double s = score(m.entry(), m.ownName(), context, anchors, self);
            if (someoneNamedSo && !m.ownName() && m.entry().level() == Level.CITY) {
                s -= 2; // "Manchester" is the English city before the old name of a part of Richmond, Virginia
            }
            if (s > bestScore) {
                best = m.entry();
                bestScore = s;
            }
        }
        return best;
    }

    /** The plausibility of an entry for a name in this article; higher is better. */
    static double score(Entry e, boolean ownName, Map<String, Double> context, Map<Entity, Entry> anchors, Entity self) {
        double s = switch (e.level()) {
            case AREA -> 11;
            case COUNTRY -> 12;
            case REGION -> 6.5;
            case CITY -> Math.log10(e.population() + 1) + featureBonus(e.feature());
        };
        if (!ownName) {
            s -= 1;
        }
        Double w = context.get(e.countryCode());
        if (w != null && e.level() != Level.COUNTRY && e.level() != Level.AREA) {
            // by the country's share of the article: a story mostly about Britain with an American
            // or two in it still reads "Rome" as Italy's capital, not a town in Georgia
            double total = context.values().stream().mapToDouble(Double::doubleValue).sum();
            s += 1 + 4 * (w / total);
        }
        double support = 0;
        for (var a : anchors.entrySet()) {
            Entry other = a.getValue();
            if (a.getKey() != self && other != e && (other.level() == Level.REGION || other.level() == Level.CITY)) {
                if (within(e, other) || within(other, e)) {
                    support = 3;
                } else if (kilometres(e.lat(), e.lon(), other.lat(), other.lon()) < NEAR_KM) {
                    support = Math.max(support, 2);
                } else if (e.level() == Level.REGION && other.level() == Level.REGION
                        && e.countryCode().equals(other.countryCode())) {
                    support = Math.max(support, 2); // "Iowa, Missouri and Georgia": states named together
                }
            }
        }
        s += support;
        return s;
    }

    /** Whether a place lies in a region ("Paris" after "Texas"; "Georgia" after "Atlanta"). */
    private static boolean within(Entry e, Entry region) {
        return region.level() == Level.REGION && e.countryCode().equals(region.countryCode())
                && region.name().equals(e.admin1());
    }

    private static double featureBonus(String feature) {
        return switch (feature) {
            case "PPLC" -> 3;
            case "PPLA", "PPLG" -> 1.5;
            case "PPLA2" -> 0.7;
            case "PPLX", "PPLH", "PPLQ", "PPLW" -> -1.5;
            default -> 0;
        };
    }

    /** Great-circle distance. */
    public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Collects the clusters that resolve to one entry. */
    private static final class Builder {
        private final Entry entry;
        private final List<Entity> clusters = new ArrayList<>();

        Builder(Entry entry) {
            this.entry = entry;
        }

        void add(Entity e) {
            clusters.add(e);
        }

        /** A place the gazetteer lacks, put where this one is. */
        Place locate(Entity e, Gazetteer gazetteer) {
            String cc = entry.countryCode().isEmpty() ? null : entry.countryCode();
            return new Place(e.name(), null, cc, cc == null ? null : gazetteer.countryName(cc), entry.admin1(),
                    entry.lat(), entry.lon(), Place.WITHIN, entry.name(), PlaceRole.LOCATION, List.of(e.id()), e.mentions());
        }

        Place build(List<Quote> quotes, List<Event> events, Gazetteer gazetteer) {
            List<String> ids = new ArrayList<>();
            List<Mention> mentions = new ArrayList<>();
            for (Entity e : clusters) {
                ids.add(e.id());
                mentions.addAll(e.mentions());
            }
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            String cc = entry.countryCode().isEmpty() ? null : entry.countryCode();
            return new Place(entry.name(), entry.geonameId(), cc, cc == null ? null : gazetteer.countryName(cc),
                    entry.admin1(), entry.lat(), entry.lon(), entry.feature(), null, role(mentions, ids, quotes, events),
                    ids, mentions);
        }

        private PlaceRole role(List<Mention> mentions, List<String> ids, List<Quote> quotes, List<Event> events) {
            if (entry.level() != Level.COUNTRY && !entry.feature().equals("PPLC")) {
                return PlaceRole.LOCATION;
            }
            int acting = 0;
            int named = 0;
            for (Mention m : mentions) {
                if (m.kind() != MentionKind.NAME) {
                    continue;
                }
                named++;
                if (acts(m, ids, quotes, events)) {
                    acting++;
                }
            }
            return acting > 0 && 2 * acting >= named ? PlaceRole.GOVERNMENT_METONYM : PlaceRole.LOCATION;
        }

        private static boolean acts(Mention m, List<String> ids, List<Quote> quotes, List<Event> events) {
            for (Quote q : quotes) {
                if (q.speaker() != null && ids.contains(q.speaker().entity())
                        && q.speaker().start() <= m.start() && m.end() <= q.speaker().end()) {
                    return true;
                }
            }
            for (Event e : events) {
                for (Participant p : e.actors()) {
                    if (ids.contains(p.entity()) && p.start() <= m.start() && m.end() <= p.end()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}

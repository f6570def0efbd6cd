package org.dateline.extract.place;

import org.dateline.extract.data.DataFiles;
import org.dateline.extract.entity.Countries;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shipped gazetteer: 199,568 GeoNames places of 500+ people ({@code cities.tsv.gz}), 4,900
 * first-level regions ({@code regions.tsv}) and 250 countries ({@code country-points.tsv} with
 * {@link Countries} for names and adjectivals). Lookups ignore case, diacritics and a leading
 * "the". Immutable after loading; thread-safe; load once with {@link #shared()}.
 */
public final class Gazetteer {
    /** What kind of place an entry is. */
    public enum Level {
        /** Continents, oceans and regions larger or other than a country ("Middle East", "Kurdistan"). */
        AREA, COUNTRY, REGION, CITY
    }

    /**
     * One gazetteer entry.
     *
     * @param geonameId  GeoNames id (null for countries and regions: the shipped data has none)
     * @param admin1     first-level subdivision: its name where the data can tell, else its GeoNames code
     * @param population inhabitants (0 when unknown)
     */
    public record Entry(Long geonameId, String name, String countryCode, String admin1, double lat, double lon,
                        String feature, long population, Level level) {
    }

    /** A candidate for a name, and whether the name is the entry's own (not an alternate spelling). */
    public record Match(Entry entry, boolean ownName) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:[A-Z]\\.?){2,4}");
    private static volatile Gazetteer shared;

    private final Map<String, List<Match>> byName = new HashMap<>(400_000);
    private final Map<Long, Entry> byId = new HashMap<>(400_000);
    private final Map<String, Entry> countries = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Countries countryTable;

    private Gazetteer(Countries countryTable) {
        this.countryTable = countryTable;
    }

    /** The gazetteer shipped in the jar, loaded on first use (about a second). */
    public static Gazetteer shared() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (shared == null) {
                    shared = load(Countries.shared());
                }
                g = shared;
            }
        }
        return g;
    }

    /** Every entry a name may denote: countries (names, aliases, adjectivals), regions and cities. */
    public List<Match> lookup(String name) {
        List<Match> out = new ArrayList<>();
        Optional<Countries.Country> c = countryTable.byName(name).or(() -> countryTable.byAdjectival(name));
        c.map(k -> countries.get(k.iso2())).ifPresent(e -> out.add(new Match(e, true)));
        boolean abbreviation = ABBREVIATION.matcher(name).matches();
        List<Match> named = byName.get(key(name));
        if (named != null) {
            for (Match m : named) {
                if (plausible(m, c.isPresent(), abbreviation)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * Every town and region of this name, however small or however common the name is as a
     * country's: for a name the text places itself ("Denmark, S.C.").
     */
    public List<Match> lookupAll(String name) {
        List<Match> named = byName.get(key(name));
        return named == null ? List.of() : List.copyOf(named);
    }

    /**
     * Readings a careful reader would consider: a country's name ("Turkey", "Mexico") means a
     * town only if the town is big and bears that name itself; a small town is not reached through
     * an alternate spelling; an abbreviation ("EU", "WA") names a country, region or area, not a town.
     */
    private static boolean plausible(Match m, boolean countryName, boolean abbreviation) {
        Entry e = m.entry();
        if (e.level() != Level.CITY) {
            return true;
        }
        if (abbreviation) {
            return false;
        }
        if (countryName) {
            return m.ownName() && e.population() >= 100_000;
        }
        return m.ownName() || e.population() >= 5_000 || e.feature().startsWith("PPLA") || e.feature().equals("PPLC");
    }

    /** The entry with a GeoNames id, if the shipped data has it. */
    public Optional<Entry> byId(long geonameId) {
        return Optional.ofNullable(byId.get(geonameId));
    }

    /** The country entry for an ISO-2 code. */
    public Optional<Entry> country(String iso2) {
        return Optional.ofNullable(countries.get(iso2));
    }

    /** A country's English name for an ISO-2 code, or the code itself. */
    public String countryName(String iso2) {
        return countryNames.getOrDefault(iso2, iso2);
    }

    /** The lookup key of a name: lower case, no diacritics, straight apostrophes, no leading "the". */
    static String key(String name) {
        String k = name.strip();
        boolean ascii = true;
        for (int i = 0; i < k.length() && ascii; i++) {
            ascii = k.charAt(i) < 128;
        }
        if (!ascii) {
            k = MARKS.matcher(Normalizer.normalize(k, Normalizer.Form.NFD)).replaceAll("").replace('\u2019', '\'');
        }
        k = k.toLowerCase(Locale.ROOT);
        if (k.indexOf("  ") >= 0 || k.indexOf('\t') >= 0 || k.indexOf('\n') >= 0) {
            k = k.replaceAll("\\s+", " ");
        }
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static Gazetteer load(Countries countryTable) {
        Gazetteer g = new Gazetteer(countryTable);
        Map<String, String> regionNames = new HashMap<>();
        DataFiles.rows("/org/dateline/extract/place/country-points.tsv", c -> {
            String iso2 = c[0];
            String name = countryTable.byIso2(iso2).map(Countries.Country::name).orElse(iso2);
            g.countryNames.put(iso2, name);
            g.countries.put(iso2, new Entry(null, name, iso2, null, Double.parseDouble(c[1]), Double.parseDouble(c[2]),
                    "PCLI", 0, Level.COUNTRY));
        });
        DataFiles.rows("/org/dateline/extract/place/country-ids.tsv", c -> {
            Entry old = g.countries.get(c[0]);
            if (old == null) {
                throw new IllegalStateException("country-ids.tsv names unknown country " + c[0]);
            }
            boolean point = c.length > 3 && !c[2].isBlank() && !c[3].isBlank(); // else world-countries' centre
            g.countries.put(c[0], new Entry(Long.valueOf(c[1]), old.name(), c[0], null,
                    point ? Double.parseDouble(c[2]) : old.lat(), point ? Double.parseDouble(c[3]) : old.lon(),
                    "PCLI", 0, Level.COUNTRY));
        });
        Map<String, Entry> regionsByCode = new HashMap<>();
        DataFiles.rows("/org/dateline/extract/place/regions.tsv", c -> {
            Entry e = new Entry(null, c[2], c[0], c[2], Double.parseDouble(c[3]), Double.parseDouble(c[4]), "ADM1", 0,
                    Level.REGION);
            g.add(c[2], new Match(e, true));
            regionsByCode.put(c[0] + "." + c[1], e);
            if (c[1].chars().allMatch(Character::isLetter)) {
                regionNames.put(c[0] + "." + c[1], c[2]);
            }
            if (c[0].equals("US") || c[0].equals("CA")) {
                g.add(c[1], new Match(e, false)); // postal codes: "WA", "BC"
            }
        });
        // GeoNames codes that differ from country-state-city's ("CA.02" is British Columbia), named at build time
        DataFiles.rows("/org/dateline/extract/place/admin1-names.tsv", c -> regionNames.putIfAbsent(c[0] + "." + c[1], c[2]));
        DataFiles.rows("/org/dateline/extract/place/us-abbreviations.tsv", c -> {
            Entry e = regionsByCode.get(c[1] + "." + c[2]);
            if (e == null) {
                throw new IllegalStateException("us-abbreviations.tsv names unknown region " + c[1] + "." + c[2]);
            }
            g.add(c[0], new Match(e, false));
        });
        DataFiles.rows("/org/dateline/extract/place/world-regions.tsv", c -> {
            Entry e = new Entry(c[3].isEmpty() ? null : Long.valueOf(c[3]), c[0], "", null, Double.parseDouble(c[4]),
                    Double.parseDouble(c[5]), c[6], 0, Level.AREA);
            if (e.geonameId() != null) {
                g.byId.put(e.geonameId(), e);
            }
            g.add(c[0], new Match(e, true));
            for (int col = 1; col <= 2; col++) {
                for (String alias : c[col].split("\\|")) {
                    if (!alias.isBlank()) {
                        g.add(alias, new Match(e, true));
                    }
                }
            }
        });
        DataFiles.rows("/org/dateline/extract/place/cities.tsv.gz", c -> {
            String admin1 = c[8].isEmpty() ? null : regionNames.getOrDefault(c[7] + "." + c[8], c[8]);
            Entry e = new Entry(Long.parseLong(c[0]), c[1], c[7], admin1, Double.parseDouble(c[4]),
                    Double.parseDouble(c[5]), c[6], c[9].isEmpty() ? 0 : Long.parseLong(c[9]), Level.CITY);
            Match own = new Match(e, true);
            g.byId.put(e.geonameId(), e);
            g.add(c[1], own);
            if (!c[2].isEmpty()) {
                g.add(c[2], own);
            }
            if (!c[3].isEmpty()) {
                Match alternate = new Match(e, false);
                for (String a : c[3].split("\\|")) {
                    g.add(a, alternate);
                }
            }
        });
        DataFiles.rows("/org/dateline/extract/place/seats.tsv", c -> {
            Entry city = g.byId.get(Long.valueOf(c[1]));
            if (city == null) {
                throw new IllegalStateException("seats.tsv names unknown place " + c[1]);
            }
            // "the White House" is the seat in Washington, not the town of White House, Tennessee
            List<Match> same = g.byName.get(key(c[0]));
            if (same != null) {
                same.removeIf(m -> m.entry().level() == Level.CITY);
            }
            g.add(c[0], new Match(city, false));
        });
        g.countries.values().forEach(e -> {
            if (e.geonameId() != null) {
                g.byId.put(e.geonameId(), e);
            }
        });
        return g;
    }

    private void add(String name, Match m) {
        List<Match> list = byName.computeIfAbsent(key(name), k -> new ArrayList<>(1));
        for (Match old : list) {
            if (old.entry() == m.entry()) {
                return;
            }
        }
        list.add(m);
    }
}

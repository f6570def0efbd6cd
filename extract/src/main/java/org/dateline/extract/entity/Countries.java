package org.dateline.extract.entity;

import org.dateline.extract.data.DataFiles;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names, press aliases ("U.S.", "Britain") and adjectivals ("Russian", "North Korean"),
 * from {@code countries.tsv} (world-countries, ODbL) and {@code country-aliases.tsv} (ours).
 * Immutable after loading; thread-safe. Load once with {@link #shared()}.
 */
public final class Countries {
    /** A country: ISO 3166-1 alpha-3 and alpha-2 codes and its common English name. */
    public record Country(String iso3, String iso2, String name) {
    }

    private static final Countries SHARED = load();

    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> byAdjectival = new HashMap<>();
    private final Map<String, Country> byIso3 = new HashMap<>();
    private final Map<String, Country> byIso2 = new HashMap<>();

    private Countries() {
    }

    public static Countries shared() {
        return SHARED;
    }

    /** The country a name or alias denotes ("the U.S.", "Russia"), case-sensitive on first letters. */
    public Optional<Country> byName(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** The country of an adjectival or demonym ("Russian", "Russians", "North Korean"). */
    public Optional<Country> byAdjectival(String word) {
        String k = key(word);
        Country c = byAdjectival.get(k);
        if (c == null && k.endsWith("s")) {
            c = byAdjectival.get(k.substring(0, k.length() - 1));
        }
        return Optional.ofNullable(c);
    }

    public Optional<Country> byIso3(String iso3) {
        return Optional.ofNullable(byIso3.get(iso3));
    }

    public Optional<Country> byIso2(String iso2) {
        return Optional.ofNullable(byIso2.get(iso2));
    }

    private static String key(String s) {
        String k = s.strip();
        if (k.startsWith("the ") || k.startsWith("The ")) {
            k = k.substring(4);
        }
        return k.toLowerCase(Locale.ROOT);
    }

    private static Countries load() {
        Countries c = new Countries();
        DataFiles.rows("/org/dateline/extract/countries.tsv", cols -> {
            Country country = new Country(cols[0], cols[1], cols[2]);
            c.byIso3.put(country.iso3(), country);
            c.byIso2.put(country.iso2(), country);
            c.byName.put(key(country.name()), country);
            c.add(c.byName, cols, 3, country);
            c.add(c.byAdjectival, cols, 4, country);
        });
        DataFiles.rows("/org/dateline/extract/country-aliases.tsv", cols -> {
            Country country = c.byIso3.get(cols[0]);
            if (country == null) {
                throw new IllegalStateException("country-aliases.tsv names unknown code " + cols[0]);
            }
            c.put(c.byName, cols, 1, country);
            c.put(c.byAdjectival, cols, 2, country);
        });
        return c;
    }

    private void add(Map<String, Country> map, String[] cols, int col, Country country) {
        if (cols.length > col && !cols[col].isBlank()) {
            for (String v : cols[col].split("\\||, ")) { // world-countries lists "Antiguan, Barbudan"
                map.putIfAbsent(key(v), country);
            }
        }
    }

    /** Like {@link #add} but overriding: the press aliases decide collisions ("American" is the USA's). */
    private void put(Map<String, Country> map, String[] cols, int col, Country country) {
        if (cols.length > col && !cols[col].isBlank()) {
            for (String v : cols[col].split("\\|")) {
                map.put(key(v), country);
            }
        }
    }
}

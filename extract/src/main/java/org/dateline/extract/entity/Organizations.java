package org.dateline.extract.entity;

import org.dateline.extract.data.DataFiles;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * International and non-state organizations by name, with their CAMEO code: "the United Nations"
 * IGOUNO, "Amnesty International" NGOHRIAMN, "Hezbollah" LBNREB. Built from the PETRARCH2/Phoenix
 * international and non-state actor dictionaries ({@code organizations.tsv}, see
 * {@code bench.OrganizationTableBuild}) and our own additions ({@code organizations-dateline.tsv}).
 * A name matches whole, case and a leading "the" aside. Immutable; thread-safe.
 */
final class Organizations {
    private static final Organizations SHARED = load();

    private final Map<String, String> codes;

    private Organizations(Map<String, String> codes) {
        this.codes = codes;
    }

    static Organizations shared() {
        return SHARED;
    }

    /** The organization's code, or null when the name is not a known organization. */
    String code(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return codes.get(key(name));
    }

    /**
     * The code of an organization a title begins with ("Arab League Secretary General"), or null:
     * the longest run of leading words that is a known organization, followed by title words.
     */
    String codeOfTitle(String title) {
        if (title == null) {
            return null;
        }
        String[] words = title.split(" ");
        for (int k = words.length - 1; k >= 1; k--) {
            String code = code(String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)));
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceFirst("^the ", "");
    }

    private static Organizations load() {
        Map<String, String> m = new HashMap<>();
        DataFiles.rows("/org/dateline/extract/organizations-dateline.tsv", c -> m.put(c[0], c[1]));
        DataFiles.rows("/org/dateline/extract/organizations.tsv", c -> m.putIfAbsent(c[0], c[1]));
        return new Organizations(Map.copyOf(m));
    }
}

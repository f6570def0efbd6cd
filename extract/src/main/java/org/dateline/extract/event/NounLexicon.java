package org.dateline.extract.event;

import org.dateline.extract.data.DataFiles;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Nouns that name events ("meeting", "airstrike"), with their CAMEO code. Immutable. */
final class NounLexicon {
    private final Map<String, String> codes;

    private NounLexicon(Map<String, String> codes) {
        this.codes = Map.copyOf(codes);
    }

    static NounLexicon builtIn() {
        return Holder.BUILT_IN;
    }

    static NounLexicon none() {
        return new NounLexicon(Map.of());
    }

    private static final class Holder {
        static final NounLexicon BUILT_IN = load("dateline.nouns.txt");
    }

    private static NounLexicon load(String name) {
        Map<String, String> m = new HashMap<>();
        DataFiles.rows("/org/dateline/extract/event/" + name, f -> {
            if (f.length == 2) {
                m.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
            }
        });
        return new NounLexicon(m);
    }

    /** Every noun the lexicon knows, lower case. */
    java.util.Set<String> lemmas() {
        return codes.keySet();
    }

    /** The code of a noun lemma, or null. */
    String code(String lemma) {
        return lemma == null ? null : codes.get(lemma.toLowerCase(Locale.ROOT));
    }
}

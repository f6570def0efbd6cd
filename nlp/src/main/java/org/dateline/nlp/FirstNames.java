package org.dateline.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gender of a person's first name, from the 14,600-name list that ships in the CoreNLP models
 * jar for its coreference system ({@code dcoref/namegender.combine.txt}); CoreNLP's own gender
 * annotator knows only 600 names ("Hillary" is not among them). A name listed with both genders
 * ("Jordan", "Robin") has none, and so have the surnames that open East Asian names ("Kim Jong
 * Un", "Lee Hsien Loong"). Loaded once per JVM; thread-safe.
 */
final class FirstNames {
    private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Set<String> SURNAMES_FIRST = Set.of("kim", "lee", "park", "wang", "li", "chen", "zhang",
            "liu", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "lin", "guo", "luo", "moon",
            "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "shin", "song", "nguyen", "tran", "le", "pham");
    private static volatile Map<String, String> genders;

    private FirstNames() {
    }

    /** MALE or FEMALE for a first name the list gives one gender, else null. */
    static String gender(String firstName) {
        String name = firstName.toLowerCase(Locale.ROOT);
        return SURNAMES_FIRST.contains(name) ? null : table().get(name);
    }

    private static Map<String, String> table() {
        Map<String, String> t = genders;
        if (t == null) {
            synchronized (FirstNames.class) {
                t = genders;
                if (t == null) {
                    genders = t = load();
                }
            }
        }
        return t;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return out; // a models jar without the list: genders come from CoreNLP's annotator alone
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String name = line.substring(0, tab).strip().toLowerCase(Locale.ROOT);
                String g = line.substring(tab + 1).strip();
                if (!g.equals("MALE") && !g.equals("FEMALE")) {
                    continue;
                }
                String before = out.putIfAbsent(name, g);
                if (before != null && !before.equals(g)) {
                    out.put(name, "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.values().removeIf(String::isEmpty);
        return Map.copyOf(out);
    }
}

package org.dateline.extract.entity;

import org.dateline.model.Token;

import java.util.List;
import java.util.Locale;

/**
 * Finds the title and country evidence around a person's name: a title just before it
 * ("Russian President Vladimir Putin", "State Department spokeswoman Morgan Ortagus"), an
 * appositive after it ("Lavrov, the Russian foreign minister,") and "of &lt;country&gt;".
 */
final class TitleFinder {
    private static final int MAX_TITLE_WORDS = 5;

    /** What was found: any field may be null. */
    record Found(String title, String country, Titles.Gender gender) {
    }

    private final Countries countries;

    TitleFinder(Countries countries) {
        this.countries = countries;
    }

    Found around(List<Token> tokens, int first, int end) {
        int titleStart = longestTitleEndingBefore(tokens, first);
        if (titleStart < 0) {
            titleStart = titleWithComplementBefore(tokens, first);
        }
        String title = null;
        String country = null;
        Titles.Gender gender = honorific(tokens, first);
        int left = first;
        if (titleStart >= 0) {
            titleStart = qualifiersBefore(tokens, titleStart);
            title = join(tokens, titleStart, first);
            left = titleStart;
            int orgStart = organizationBefore(tokens, titleStart);
            if (orgStart >= 0) {
                title = join(tokens, orgStart, first);
                left = orgStart;
            }
        }
        if (left > 0) {
            country = adjectivalCountry(tokens, left - 1);
        }
        if (country == null && titleStart >= 0 && left > 0) {
            country = countryBefore(tokens, left - 1);
        }
        if (title != null && left > 1 && !lower(title).startsWith("former ")
                && Titles.FORMER.contains(lower(tokens.get(left - 2).text()))
                && Character.isUpperCase(tokens.get(left - 1).text().charAt(0))) {
            title = "former " + title; // "Former Czech prime minister X", "former Socialist prime minister Y"
        }
        if (country == null && (title == null || Titles.HONORIFIC_TITLES.contains(lower(title))) && left > 1
                && tokens.get(left - 1).text().equals(",")) {
            // a title set before the name with a comma: "Qatar's emir, Sheikh Hamad", "the Russian foreign minister, Sergei Lavrov"
            int before = longestTitleEndingBefore(tokens, left - 1);
            if (before >= 0) {
                before = qualifiersBefore(tokens, before);
                String c = before > 0 ? adjectivalCountry(tokens, before - 1) : null;
                if (c == null && before > 0) {
                    c = countryBefore(tokens, before - 1);
                }
                if (c != null) {
                    country = c;
                    title = join(tokens, before, left - 1);
                }
            }
        }
        if (country == null && title == null) {
            Found appositive = appositive(tokens, end);
            if (appositive != null) {
                title = appositive.title();
                country = appositive.country();
            }
        }
        if (country == null) {
            country = ofCountry(tokens, end);
        }
        if (country == null && partyTag(tokens, end)) {
            country = "USA";
        }
        if (country == null && title != null) {
            country = Titles.IMPLIED_COUNTRY.get(lower(title));
        }
        if (country == null && title != null) {
            country = institutionCountry(title);
        }
        if (gender == Titles.Gender.UNKNOWN) {
            gender = Titles.genderOf(title);
        }
        return new Found(title, country, gender);
    }

    /**
     * The country of the institution a title names before its title words: "State Department
     * spokeswoman" is a U.S. title because the State Department is ({@link ActorCodes#INSTITUTIONS}).
     */
    private static String institutionCountry(String title) {
        String[] words = title.split(" ");
        for (int k = 1; k < words.length; k++) {
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            if (Titles.TITLES.contains(lower(rest))) {
                return ActorCodes.countryOf(String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)));
            }
        }
        return null;
    }

    /** Index where the longest title ending at {@code before - 1} starts, or -1. */
    static int longestTitleEndingBefore(List<Token> tokens, int before) {
        for (int n = Math.min(MAX_TITLE_WORDS, before); n >= 1; n--) {
            if (Titles.TITLES.contains(lower(join(tokens, before - n, before)))) {
                return before - n;
            }
        }
        return -1;
    }

    /**
     * Index where a title with its "of"/"for" complement starts right before the name, or -1:
     * "Minister for Interior Aftab Sherpao", "Minister of State Security Li Ming". The complement
     * is one to three capitalised words that are not part of the name.
     */
    private static int titleWithComplementBefore(List<Token> tokens, int first) {
        int i = first - 1;
        int words = 0;
        while (i >= 0 && words < 3 && !tokens.get(i).text().isEmpty() && Character.isUpperCase(tokens.get(i).text().charAt(0))
                && !tokens.get(i).ner().equals("PERSON")) {
            i--;
            words++;
        }
        if (words == 0 || i < 1 || !(lower(tokens.get(i).text()).equals("for") || lower(tokens.get(i).text()).equals("of"))) {
            return -1;
        }
        int start = longestTitleEndingBefore(tokens, i);
        return start >= 0 && Titles.TAKES_COMPLEMENT.contains(Titles.head(join(tokens, start, i))) ? start : -1;
    }

    /** Index where the longest title starting at {@code from} ends (exclusive), or -1. */
    static int longestTitleFrom(List<Token> tokens, int from) {
        for (int n = Math.min(MAX_TITLE_WORDS, tokens.size() - from); n >= 1; n--) {
            if (Titles.TITLES.contains(lower(join(tokens, from, from + n)))) {
                return from + n;
            }
        }
        return -1;
    }

    private static Titles.Gender honorific(List<Token> tokens, int first) {
        for (int i = first; i >= Math.max(0, first - 1); i--) {
            Titles.Gender g = Titles.HONORIFICS.get(lower(tokens.get(i).text()));
            if (g != null) {
                return g;
            }
        }
        return Titles.Gender.UNKNOWN;
    }

    /**
     * Where a title starts once the lower-case words that qualify it are taken in: "junior foreign
     * minister", "former prime minister", "acting deputy director".
     */
    private static int qualifiersBefore(List<Token> tokens, int titleStart) {
        int i = titleStart;
        while (i > 0 && Titles.QUALIFIERS.contains(lower(tokens.get(i - 1).text()))) {
            i--;
        }
        return i;
    }

    /**
     * A country named before a title, as a noun or a possessive: "Pakistan President X",
     * "Russia's foreign minister X", "U.S. Ambassador X".
     */
    private String countryBefore(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        if (isPossessive(w) && i > 0) {
            i--;
            w = tokens.get(i).text();
        }
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return null;
        }
        if (i > 0) {
            var two = countries.byName(tokens.get(i - 1).text() + " " + w);
            if (two.isPresent()) {
                return two.get().iso3();
            }
        }
        return countries.byName(w).map(Countries.Country::iso3).orElse(null);
    }

    /** A run of organization-tagged tokens right before a title: "State Department spokeswoman". */
    private static int organizationBefore(List<Token> tokens, int titleStart) {
        int i = titleStart - 1;
        while (i >= 0 && tokens.get(i).ner().equals("ORGANIZATION")) {
            i--;
        }
        return i + 1 < titleStart ? i + 1 : -1;
    }

    private String adjectivalCountry(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!Character.isUpperCase(t.text().charAt(0))) {
            return null;
        }
        if (i > 0) {
            String two = tokens.get(i - 1).text() + " " + t.text();
            var c = countries.byAdjectival(two);
            if (c.isPresent()) {
                return c.get().iso3();
            }
        }
        return countries.byAdjectival(t.text()).map(Countries.Country::iso3).orElse(null);
    }

    /** Adjectives that rank or describe a role without being part of it: "a leading activist". */
    private static final java.util.Set<String> APPOSITIVE_QUALIFIERS = java.util.Set.of("leading", "prominent",
            "veteran", "well-known", "longtime", "long-time", "influential", "outspoken", "jailed", "imprisoned",
            "detained", "exiled", "renowned", "top", "senior", "young", "elderly", "retired", "powerful", "popular");

    private static boolean qualifier(Token t) {
        String w = t.text();
        return APPOSITIVE_QUALIFIERS.contains(lower(w)) || t.pos().equals("HYPH")
                || !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (t.pos().startsWith("JJ")
                || t.pos().startsWith("RB") || t.pos().equals("VBN") || t.pos().equals("VBG"));
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("\u2019s");
    }

    /**
     * "NAME, the Russian foreign minister,", "NAME, Algeria's leading human rights activist,",
     * "NAME, a journalist from Mexico,".
     */
    private Found appositive(List<Token> tokens, int end) {
        int i = end;
        if (i >= tokens.size() || !tokens.get(i).text().equals(",")) {
            return null;
        }
        i++;
        if (i < tokens.size() && tokens.get(i).pos().equals("DT")) {
            i++;
        }
        String country = null;
        if (i < tokens.size() && countries.byAdjectival(tokens.get(i).text()).isPresent()
                && Character.isUpperCase(tokens.get(i).text().charAt(0))) {
            country = countries.byAdjectival(tokens.get(i).text()).get().iso3();
            i++;
        } else if (i + 1 < tokens.size() && isPossessive(tokens.get(i + 1).text())) {
            country = countryBefore(tokens, i + 1); // "Sidhoum, Algeria's leading human rights activist,"
            if (country == null) {
                return null;
            }
            i += 2;
        }
        // "a leading activist", "the prominent Russian dissident": qualifying adjectives before the role
        for (int q = 0; q < 4 && i < tokens.size() && longestTitleFrom(tokens, i) < 0
                && qualifier(tokens.get(i)); q++) {
            i++;
        }
        if (country == null && i < tokens.size() && Character.isUpperCase(tokens.get(i).text().charAt(0))
                && countries.byAdjectival(tokens.get(i).text()).isPresent()) {
            country = countries.byAdjectival(tokens.get(i).text()).get().iso3();
            i++;
        }
        int titleEnd = i < tokens.size() ? longestTitleFrom(tokens, i) : -1;
        if (titleEnd < 0) {
            return null;
        }
        if (titleEnd < tokens.size() && tokens.get(titleEnd).pos().startsWith("NN")) {
            return null;
        }
        if (country == null) {
            country = ofCountry(tokens, titleEnd);
        }
        if (country == null && titleEnd + 1 < tokens.size() && lower(tokens.get(titleEnd).text()).equals("from")) {
            country = countries.byName(tokens.get(titleEnd + 1).text()).map(Countries.Country::iso3).orElse(null);
        }
        return new Found(join(tokens, i, titleEnd), country, Titles.Gender.UNKNOWN);
    }

    /**
     * An American party-and-state tag right after the name, bracketed or between commas: "Rep.
     * Frederica Wilson (D-Fla.)", "Sen. Chuck Grassley, R-Iowa," (the U.S. press's way of naming
     * members of Congress).
     */
    private static boolean partyTag(List<Token> tokens, int end) {
        int i = end;
        if (i < tokens.size() && (tokens.get(i).text().equals("(") || tokens.get(i).text().equals("-LRB-")
                || tokens.get(i).text().equals(","))) {
            i++;
        }
        if (i + 2 >= tokens.size()) {
            return false;
        }
        String party = tokens.get(i).text();
        String dash = tokens.get(i + 1).text();
        String state = tokens.get(i + 2).text();
        return Titles.PARTY_LETTERS.contains(party) && (dash.equals("-") || dash.equals("\u2013"))
                && !state.isEmpty() && Character.isUpperCase(state.charAt(0));
    }

    /** "of Sweden" right after {@code end}. */
    private String ofCountry(List<Token> tokens, int end) {
        if (end + 1 < tokens.size() && lower(tokens.get(end).text()).equals("of")) {
            return countries.byName(tokens.get(end + 1).text()).map(Countries.Country::iso3).orElse(null);
        }
        return null;
    }

    static String join(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

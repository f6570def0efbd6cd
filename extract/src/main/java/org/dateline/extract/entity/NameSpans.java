package org.dateline.extract.entity;

import org.dateline.model.NamedMention;
import org.dateline.model.ParsedArticle;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the recognizer's raw name spans into {@link Candidate}s: drops pronouns, makes
 * adjectivals ("North Korean") mentions of their country, drops words inside a title ("State" in
 * "Secretary of State"), trims brackets and quotes ("[Intermediate-Range Nuclear Forces Treaty]"),
 * makes "Trump administration" a group, and reads titles and countries from the context.
 */
final class NameSpans {
    private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$", "DT", "EX");

    private final Countries countries;
    private final TitleFinder titles;

    NameSpans(Countries countries) {
        this.countries = countries;
        this.titles = new TitleFinder(countries);
    }

    List<Candidate> candidates(ParsedArticle parsed) {
        List<Candidate> out = new ArrayList<>();
        for (NamedMention m : parsed.names()) {
            if (isHeading(parsed.sentences().get(m.sentence()))) {
                continue;
            }
            Candidate c = candidate(parsed.sentences().get(m.sentence()), m, parsed.article().text());
            if (c != null) {
                out.add(c);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private Candidate candidate(Sentence s, NamedMention m, String text) {
        List<Token> tokens = s.tokens();
        int first = m.firstToken();
        int end = m.endToken();
        while (first < end && (tokens.get(first).isPunctuation() || isDeterminer(tokens.get(first)))) {
            first++;
        }
        while (end > first && (tokens.get(end - 1).isPunctuation() || tokens.get(end - 1).pos().equals("POS"))) {
            end--;
        }
        if (first >= end || allPronouns(tokens, first, end) || insideTitle(tokens, first, end)) {
            return null;
        }
        if (end - first >= 3 && tokens.get(first + 1).text().equals("-") && Titles.PARTY_LETTERS.contains(tokens.get(first).text())) {
            return null; // "D-Fla.", "R-Iowa": a legislator's party and state, not a place of the story
        }
        String type = m.type();
        String name = text.substring(tokens.get(first).start(), tokens.get(end - 1).end());
        if (end < tokens.size() && Titles.GROUP_NOUNS.contains(TitleFinder.lower(tokens.get(end).text()))
                && allProper(tokens, first, end)) {
            end++;
            type = "ORGANIZATION";
            name = text.substring(tokens.get(first).start(), tokens.get(end - 1).end());
        }
        String spanText = name;
        String countryKey = type.equals("ORGANIZATION") && end - first > 1 ? null
                : countries.byName(spanText).or(() -> countries.byAdjectival(spanText))
                .map(Countries.Country::iso3).orElse(null);
        if (countryKey != null) {
            type = "LOCATION";
        }
        List<Token> span = tokens.subList(first, end);
        List<String> words = Candidate.words(span);
        if (words.isEmpty()) {
            return null;
        }
        int nameStart = first;
        while (Titles.HONORIFICS.containsKey(TitleFinder.lower(tokens.get(nameStart).text()))) {
            nameStart++;
        }
        String canonical = text.substring(tokens.get(nameStart).start(), tokens.get(end - 1).end());
        TitleFinder.Found found = type.equals("PERSON") ? titles.around(tokens, first, end)
                : new TitleFinder.Found(null, organizationCountry(tokens, first, end), Titles.Gender.UNKNOWN);
        Titles.Gender gender = found.gender() != Titles.Gender.UNKNOWN || m.gender() == null ? found.gender()
                : m.gender().equals("MALE") ? Titles.Gender.MALE
                : m.gender().equals("FEMALE") ? Titles.Gender.FEMALE : Titles.Gender.UNKNOWN;
        return new Candidate(type, s.index(), first, end, tokens.get(first).start(), tokens.get(end - 1).end(), name,
                canonical, words, countryKey, found.title(), found.country(), gender);
    }

    /**
     * A subheading inside the body ("Albany University Race Hoax Fools The Media"): three or more
     * words, most of them capitalised, and no closing punctuation. The recognizer reads such lines
     * as strings of names, so names found there are not trusted.
     */
    static boolean isHeading(Sentence s) {
        List<Token> tokens = s.tokens();
        String last = tokens.get(tokens.size() - 1).text();
        if (last.equals(".") || last.equals("?") || last.equals("!") || last.endsWith("\"") || last.endsWith("”")) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (Character.isLetter(t.text().charAt(0))) {
                words++;
                if (Character.isUpperCase(t.text().charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= HEADING_MIN_WORDS && capitalised >= words * HEADING_CAPITALISED;
    }

    private static final int HEADING_MIN_WORDS = 4;
    private static final double HEADING_CAPITALISED = 0.75;

    /** "U.S. Embassy", "the Swedish Foreign Ministry": the country an organization's name or modifier says. */
    private String organizationCountry(List<Token> tokens, int first, int end) {
        String before = first > 0 ? tokens.get(first - 1).text() : "";
        String head = end - first > 1 ? tokens.get(first).text() : "";
        for (String word : List.of(head, before)) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                var c = countries.byAdjectival(word).or(() -> countries.byName(word));
                if (c.isPresent()) {
                    return c.get().iso3();
                }
            }
        }
        return null;
    }

    /** True when the span sits inside a capitalised title, like "State" in "Secretary of State". */
    private static boolean insideTitle(List<Token> tokens, int first, int end) {
        for (int start = Math.max(0, first - 4); start <= first; start++) {
            int titleEnd = TitleFinder.longestTitleFrom(tokens, start);
            if (titleEnd >= end && start < first) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDeterminer(Token t) {
        return t.pos().equals("DT");
    }

    private static boolean allPronouns(List<Token> tokens, int first, int end) {
        for (int i = first; i < end; i++) {
            if (!PRONOUN_TAGS.contains(tokens.get(i).pos())) {
                return false;
            }
        }
        return true;
    }

    private static boolean allProper(List<Token> tokens, int first, int end) {
        for (int i = first; i < end; i++) {
            if (!tokens.get(i).isProperNoun()) {
                return false;
            }
        }
        return true;
    }
}

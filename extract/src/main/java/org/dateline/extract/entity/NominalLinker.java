package org.dateline.extract.entity;

import org.dateline.model.EntityType;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;
import org.dateline.model.ParsedArticle;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

import java.util.List;
import java.util.Locale;

/**
 * Links definite descriptions to the entity they refer back to: "the secretary" to the most
 * recent person titled Secretary of ..., "America's chief diplomat" to the U.S. person whose
 * title is a foreign-minister role, "the administration" to the most recent organization whose
 * name ends in that noun. Only anaphora: the entity must have been mentioned before.
 */
final class NominalLinker {
    private final Countries countries;

    NominalLinker(Countries countries) {
        this.countries = countries;
    }

    void link(ParsedArticle parsed, List<Cluster> clusters) {
        for (Sentence s : parsed.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size() - 1; i++) {
                String country = null;
                int from;
                Token t = tokens.get(i);
                String w = t.text().toLowerCase(Locale.ROOT);
                if (w.equals("the") || w.equals("this")) {
                    from = i + 1;
                } else if (tokens.get(i + 1).pos().equals("POS") && countries.byName(t.text()).isPresent()) {
                    country = countries.byName(t.text()).get().iso3();
                    from = i + 2;
                } else {
                    continue;
                }
                while (from < tokens.size() && modifies(tokens, from)) {
                    from++;
                }
                link(tokens, i, from, country, clusters, parsed.article().text());
            }
        }
    }

    /**
     * A word of the description before its head: an adjective ("the former secretary") or a
     * hyphenated compound of number and noun ("the 14-term congressman", "the two-time champion").
     */
    private static boolean modifies(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.pos().startsWith("JJ")) {
            return !isTitleWord(t);
        }
        boolean hyphenNext = i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("HYPH");
        boolean afterHyphen = i > 0 && tokens.get(i - 1).pos().equals("HYPH");
        return t.pos().equals("HYPH") || t.pos().equals("CD") && hyphenNext
                || t.pos().startsWith("NN") && afterHyphen && !isTitleWord(t);
    }

    private void link(List<Token> tokens, int determiner, int from, String country, List<Cluster> clusters,
                      String text) {
        if (from >= tokens.size()) {
            return;
        }
        int end = Math.max(TitleFinder.longestTitleFrom(tokens, from), roleEnd(tokens, from));
        boolean organization = false;
        if (end < 0 && Titles.ORGANIZATION_HEADS.contains(lower(tokens.get(from)))) {
            end = from + 1;
            organization = true;
        }
        if (end < 0 || (end < tokens.size() && (tokens.get(end).pos().startsWith("NN")))) {
            return;
        }
        int start = tokens.get(determiner).start();
        int stop = tokens.get(end - 1).end();
        int headStart = tokens.get(from).start();
        if (clusters.stream().anyMatch(c -> c.overlaps(headStart, stop))) {
            return;
        }
        String phrase = TitleFinder.join(tokens, from, end).toLowerCase(Locale.ROOT);
        Cluster target = organization ? recentOrganization(clusters, phrase, start)
                : recentTitled(clusters, phrase, country, start);
        if (target != null) {
            target.addMention(new Mention(start, stop, text.substring(start, stop), MentionKind.NOMINAL));
        }
    }

    private static int roleEnd(List<Token> tokens, int from) {
        for (String role : Titles.ROLE_SYNONYMS.keySet()) {
            String[] words = role.split(" ");
            if (from + words.length <= tokens.size()
                    && TitleFinder.join(tokens, from, from + words.length).toLowerCase(Locale.ROOT).equals(role)) {
                return from + words.length;
            }
        }
        return -1;
    }

    private static Cluster recentTitled(List<Cluster> clusters, String phrase, String country, int before) {
        List<String> roles = Titles.ROLE_SYNONYMS.get(phrase);
        Cluster best = null;
        for (Cluster c : clusters) {
            if (c.type() != EntityType.PERSON || c.title() == null) {
                continue;
            }
            String title = c.title().toLowerCase(Locale.ROOT);
            boolean fits = roles != null ? roles.stream().anyMatch(title::endsWith)
                    : Titles.head(title).equals(Titles.head(phrase)) && sameRank(title, phrase);
            if (fits && (country == null || country.equals(c.country())) && isMoreRecent(c, best, before)) {
                best = c;
            }
        }
        return best;
    }

    /**
     * "The president" is not the vice president, "the governor" not the lieutenant governor: a
     * word that makes a lower office of the same head must be in the description too.
     */
    private static boolean sameRank(String title, String phrase) {
        String head = Titles.head(title);
        String t = " " + title.replace('-', ' ');
        String p = " " + phrase.replace('-', ' ');
        for (String rank : RANKS) {
            if (t.contains(" " + rank + " " + head) != p.contains(" " + rank + " " + head)) {
                return false;
            }
        }
        return true;
    }

    private static final List<String> RANKS = List.of("vice", "deputy", "assistant", "under", "lieutenant", "associate",
            "co", "sub");

    private static Cluster recentOrganization(List<Cluster> clusters, String head, int before) {
        Cluster best = null;
        for (Cluster c : clusters) {
            List<String> name = c.longestName();
            if (c.type() == EntityType.ORGANIZATION && !name.isEmpty()
                    && name.get(name.size() - 1).toLowerCase(Locale.ROOT).equals(head) && isMoreRecent(c, best, before)) {
                best = c;
            }
        }
        return best;
    }

    private static boolean isMoreRecent(Cluster c, Cluster best, int before) {
        int last = c.lastMentionBefore(before);
        return last >= 0 && (best == null || last > best.lastMentionBefore(before));
    }

    private static boolean isTitleWord(Token t) {
        return Titles.TITLES.contains(lower(t));
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}

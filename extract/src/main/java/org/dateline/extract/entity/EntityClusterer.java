package org.dateline.extract.entity;

import org.dateline.model.Entity;
import org.dateline.model.ParsedArticle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Clusters the names, descriptions and pronouns of one article into entities.
 *
 * <p>Names first: a full name ("Mike Pompeo") gathers its surname ("Pompeo"); countries gather
 * their aliases ("U.S.", "America", "United States"); other names group by their normalized
 * form. Then descriptions ("the secretary", "America's chief diplomat") join the most recent
 * entity whose title they name, and pronouns the entity that the sentence or the one before puts
 * first. Persons in the directory of well-known people ({@code people.tsv}) take its full name
 * ("President Trump" in 2019 is Donald Trump) and its country when the article gives none. Input: a {@link ParsedArticle}; output: entities in order of first mention, ids
 * {@code E1, E2, ...}. Thread-safe.
 */
public final class EntityClusterer {
    private final Countries countries;
    private final NameSpans names;
    private final People people;

    public EntityClusterer(Countries countries) {
        this.countries = countries;
        this.names = new NameSpans(countries);
        this.people = People.shared();
    }

    public List<Entity> cluster(ParsedArticle parsed) {
        List<Candidate> candidates = names.candidates(parsed);
        java.time.LocalDate date = parsed.article().metadata().published();
        List<Cluster> clusters = byName(candidates, date);
        new NominalLinker(countries).link(parsed, clusters);
        for (Cluster c : clusters) {
            if (c.type() == org.dateline.model.EntityType.PERSON) {
                People.Person p = people.find(c.longestName(), c.title(), date);
                if (p != null) {
                    c.link(p, date);
                } else if (c.country() == null) {
                    String country = people.countryOfHolder(c.longestName(), c.title());
                    if (country != null) {
                        c.inheritCountry(country);
                    }
                }
            }
        }
        groupCountries(clusters, date);
        new PronounLinker().link(parsed, clusters);
        clusters.sort(Comparator.comparingInt(Cluster::firstOffset));
        String home = homeCountry(clusters);
        List<Entity> out = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            out.add(c.toEntity("E" + (out.size() + 1), countries, home));
        }
        return out;
    }

    /**
     * The country the article is about: the one that at least {@value #HOME_SHARE} of the mentions
     * of entities with a country belong to (the country's own names and its people and bodies),
     * or null when no country dominates.
     */
    static String homeCountry(List<Cluster> clusters) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        int total = 0;
        for (Cluster c : clusters) {
            if (c.country() != null) {
                mentions.merge(c.country(), c.mentionCount(), Integer::sum);
                total += c.mentionCount();
            }
        }
        for (Map.Entry<String, Integer> e : mentions.entrySet()) {
            if (e.getValue() >= HOME_SHARE * total) {
                return e.getKey();
            }
        }
        return null;
    }

    private static final double HOME_SHARE = 0.6;

    /**
     * A group named after a person ("the Trump administration") belongs to that person's country:
     * a person of the article with that surname, else the well-known person of that surname in
     * office on the publication date, else the only well-known person of that surname.
     */
    private void groupCountries(List<Cluster> clusters, java.time.LocalDate date) {
        for (Cluster group : clusters) {
            List<String> words = group.longestName();
            if (words.size() < 2 || !Titles.GROUP_NOUNS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean found = false;
            for (Cluster person : clusters) {
                List<String> name = person.longestName();
                if (person.type() == org.dateline.model.EntityType.PERSON && !name.isEmpty() && person.country() != null
                        && name.get(name.size() - 1).equalsIgnoreCase(words.get(0))) {
                    group.inheritCountry(person.country());
                    found = true;
                    break;
                }
            }
            if (!found && words.size() == 2 && date != null) {
                People.Person known = people.find(List.of(words.get(0)), null, date);
                if (known == null) {
                    known = people.find(List.of(words.get(0)), null, null); // "the Obama administration" in 2019
                }
                if (known != null && known.country() != null) {
                    group.inheritCountry(known.country());
                }
            }
        }
    }

    private List<Cluster> byName(List<Candidate> candidates, java.time.LocalDate date) {
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        Map<String, Cluster> fullNames = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.type().equals("PERSON") && c.words().size() > 1) {
                fullNames.computeIfAbsent(personKey(c.words()), k -> new Cluster(null));
            }
        }
        for (Candidate c : candidates) {
            Cluster target = c.countryKey() != null
                    ? byKey.computeIfAbsent("country:" + c.countryKey(), k -> new Cluster(c.countryKey()))
                    : personCluster(c, fullNames, byKey, date);
            if (target == null) {
                target = byKey.computeIfAbsent(key(c), k -> new Cluster(null));
            }
            target.addName(c);
        }
        List<Cluster> all = new ArrayList<>(byKey.values());
        fullNames.values().stream().filter(cl -> !cl.longestName().isEmpty()).forEach(all::add);
        return all;
    }

    /**
     * The full-name cluster a person candidate belongs to. A lone surname, or a single-word
     * name of another type that equals a known surname (a tagging slip), joins the full name
     * ending in it; with several, the one mentioned last. Not a full name other than the well-known
     * holder its title names ("President Trump" in 2017 is Donald Trump, not the article's Ivanka
     * Trump), and a bare surname goes on with such a holder when the holder was named last. The
     * sexes that first-name lists give are too unreliable to keep names apart ("Rand").
     */
    private Cluster personCluster(Candidate c, Map<String, Cluster> fullNames, Map<String, Cluster> byKey,
                                  java.time.LocalDate date) {
        if (c.words().size() > 1) {
            return c.type().equals("PERSON") ? fullNames.get(personKey(c.words())) : null;
        }
        People.Person holder = c.title() == null || date == null ? null : people.find(c.words(), c.title(), date);
        String holderKey = holder == null ? null : personKey(List.of(holder.name().split(" ")));
        Cluster best = null;
        for (Map.Entry<String, Cluster> e : fullNames.entrySet()) {
            if (holderKey != null && !holderKey.equals(e.getKey())) {
                continue;
            }
            if (e.getKey().endsWith(" " + c.words().get(0).toLowerCase(Locale.ROOT))
                    && (best == null || e.getValue().lastMentionBefore(c.start()) > best.lastMentionBefore(c.start()))) {
                best = e.getValue();
            }
        }
        Cluster lone = byKey.get(key(c));
        boolean bare = c.title() == null && c.gender() == Titles.Gender.UNKNOWN; // not "Ms. Trump"
        if (bare && best != null && lone != null && lone.lastMentionBefore(c.start()) > best.lastMentionBefore(c.start())) {
            return null; // "President Trump ... the order, which Trump signed": the surname goes on with the holder
        }
        return best;
    }

    /** A full name without its middle initials: "Donald J. Trump" is the "Donald Trump" of the article. */
    private static String personKey(List<String> words) {
        List<String> kept = new java.util.ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            boolean initial = i > 0 && i < words.size() - 1 && words.get(i).matches("\\p{Lu}\\.?");
            if (!initial) {
                kept.add(words.get(i));
            }
        }
        return String.join(" ", kept).toLowerCase(Locale.ROOT);
    }

    private static String key(Candidate c) {
        return "name:" + String.join(" ", c.words()).toLowerCase(Locale.ROOT);
    }
}

package org.dateline.extract.entity;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One entity while clustering is under way. Mutable and confined to one
 * {@link EntityClusterer#cluster} call; {@link #toEntity} gives the immutable result.
 */
final class Cluster {
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<EntityType, Integer> typeVotes = new EnumMap<>(EntityType.class);
    private List<String> longestName = List.of();
    private String name;
    private String title;
    private String country;
    private final String countryKey;
    private Titles.Gender gender = Titles.Gender.UNKNOWN;
    private final Map<Titles.Gender, Integer> genderVotes = new EnumMap<>(Titles.Gender.class);

    Cluster(String countryKey) {
        this.countryKey = countryKey;
    }

    void addName(Candidate c) {
        mentions.add(new Mention(c.start(), c.endChar(), c.text(), MentionKind.NAME));
        typeVotes.merge(EntityType.valueOf(c.type()), 1, Integer::sum);
        if (c.words().size() > longestName.size()) {
            longestName = c.words();
            name = c.canonical();
        }
        if (title == null && c.title() != null) {
            title = c.title();
        }
        if (country == null && c.country() != null) {
            country = c.country();
        }
        if (c.gender() != Titles.Gender.UNKNOWN) {
            // names vote: first-name lists err ("Rand" is listed as a woman's name), the mentions outvote them
            genderVotes.merge(c.gender(), 1, Integer::sum);
            int male = genderVotes.getOrDefault(Titles.Gender.MALE, 0);
            int female = genderVotes.getOrDefault(Titles.Gender.FEMALE, 0);
            gender = male > female ? Titles.Gender.MALE : female > male ? Titles.Gender.FEMALE : Titles.Gender.UNKNOWN;
        }
    }

    void addMention(Mention m) {
        mentions.add(m);
    }

    void learnGender(Titles.Gender g) {
        if (gender == Titles.Gender.UNKNOWN) {
            gender = g;
        }
    }

    boolean overlaps(int start, int end) {
        return mentions.stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    /** End offset of the last mention that starts before {@code offset}, or -1. */
    int lastMentionBefore(int offset) {
        int best = -1;
        for (Mention m : mentions) {
            if (m.start() < offset) {
                best = Math.max(best, m.start());
            }
        }
        return best;
    }

    /** Start of the first mention inside {@code [from, to)}, or -1. */
    int firstMentionIn(int from, int to) {
        return firstMentionIn(from, to, at -> false);
    }

    /** The earliest mention start in {@code [from, to)} that {@code skip} does not rule out, or -1. */
    int firstMentionIn(int from, int to, java.util.function.IntPredicate skip) {
        int best = -1;
        for (Mention m : mentions) {
            if (m.start() >= from && m.start() < to && !skip.test(m.start()) && (best < 0 || m.start() < best)) {
                best = m.start();
            }
        }
        return best;
    }

    EntityType type() {
        if (countryKey != null) {
            return EntityType.LOCATION;
        }
        return typeVotes.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(EntityType.MISC);
    }

    List<String> longestName() {
        return longestName;
    }

    String title() {
        return title;
    }

    String country() {
        return countryKey != null ? countryKey : country;
    }

    Titles.Gender gender() {
        return gender;
    }

    int firstOffset() {
        return mentions.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
    }

    /** Takes a country when none is known ("the Trump administration" is Trump's country's). */
    void inheritCountry(String iso3) {
        if (country == null) {
            country = iso3;
        }
    }

    /** Takes a directory person's name, and their country and role where the article gave none. */
    void link(People.Person person, java.time.LocalDate date) {
        name = person.name();
        if (country == null) {
            country = person.country();
        }
        if (title == null) {
            People.Role role = person.roleOn(date);
            title = role == null ? null : role.title();
        }
    }

    /**
     * The immutable entity. {@code home} is the country the article is about (or null): an
     * office or body of no stated country is taken to be that country's ("Rep. Joe Kennedy" in a
     * story about American politics is USALEG, not ---LEG).
     */
    Entity toEntity(String id, Countries countries, String home) {
        List<Mention> sorted = mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
        String canonical = countryKey != null
                ? countries.byIso3(countryKey).map(Countries.Country::name).orElse(name) : name;
        String country = country();
        if (country == null && type() != EntityType.PERSON) {
            country = ActorCodes.countryOf(canonical);
        }
        String code = ActorCodes.code(type(), canonical, title, country);
        boolean media = type() != EntityType.PERSON && code != null && code.endsWith("MED"); // Reuters covers every country
        if (country == null && home != null && code != null && code.startsWith(ActorCodes.UNKNOWN_COUNTRY) && !media) {
            country = home;
            code = home + code.substring(ActorCodes.UNKNOWN_COUNTRY.length());
        }
        return new Entity(id, canonical, type(), title, country, code, sorted);
    }

    int mentionCount() {
        return mentions.size();
    }
}

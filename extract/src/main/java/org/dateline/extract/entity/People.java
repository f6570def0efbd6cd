package org.dateline.extract.entity;

import org.dateline.extract.data.DataFiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small directory of well-known people ({@code people.tsv}, named data): names, aliases,
 * country and dated roles. It lets "President Trump" in a 2019 article become Donald Trump, USA.
 * Immutable after loading; thread-safe. Load once with {@link #shared()}.
 */
final class People {
    /** A dated role. {@code from}/{@code to} may be null for open ends. */
    record Role(String title, LocalDate from, LocalDate to) {
        boolean heldOn(LocalDate date) {
            return date == null || (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    /** One person. */
    record Person(String name, List<String> aliases, String country, List<Role> roles) {
        /** The role held on {@code date} (any role when the date is unknown), or null. */
        Role roleOn(LocalDate date) {
            Role last = null;
            for (Role r : roles) {
                if (r.heldOn(date)) {
                    last = r;
                }
            }
            return last;
        }

        String surname() {
            String[] w = name.split(" ");
            return w[w.length - 1].toLowerCase(Locale.ROOT);
        }
    }

    private static final People SHARED = load();
    private final List<Person> people;

    private People(List<Person> people) {
        this.people = List.copyOf(people);
    }

    static People shared() {
        return SHARED;
    }

    /**
     * The person a cluster's fullest name denotes. A full name or alias matches outright; a lone
     * surname only when one person bears it and, if the article gives a title, that person held a
     * role with the same head noun on the publication date.
     */
    Person find(List<String> words, String title, LocalDate date) {
        String full = String.join(" ", words).toLowerCase(Locale.ROOT);
        for (Person p : people) {
            if (p.name().toLowerCase(Locale.ROOT).equals(full)
                    || p.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(full) && a.contains(" "))) {
                return p;
            }
        }
        if (words.size() != 1) {
            return null;
        }
        List<Person> bySurname = new ArrayList<>();
        for (Person p : people) {
            if (p.surname().equals(full) || p.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(full))) {
                bySurname.add(p);
            }
        }
        if (title != null) {
            String head = Titles.head(title);
            bySurname.removeIf(p -> p.roles().stream().noneMatch(r -> r.heldOn(date) && Titles.head(r.title()).equals(head)));
        } else if (date != null) {
            bySurname.removeIf(p -> p.roleOn(date) == null);
        }
        return bySurname.size() == 1 ? bySurname.get(0) : null;
    }

    /**
     * The country of whoever bears this surname (or full name) and ever held a role with the
     * title's head noun, when all such people share one: "President Bush" on a date when no Bush
     * was president is still an American president. Null when none or several countries fit.
     */
    String countryOfHolder(List<String> words, String title) {
        if (words.isEmpty() || title == null) {
            return null;
        }
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        String head = Titles.head(title);
        java.util.Set<String> countries = new java.util.HashSet<>();
        for (Person p : people) {
            if (p.country() != null && p.surname().equals(last)
                    && p.roles().stream().anyMatch(r -> Titles.head(r.title()).equals(head))) {
                countries.add(p.country());
            }
        }
        return countries.size() == 1 ? countries.iterator().next() : null;
    }

    private static People load() {
        List<Person> out = new ArrayList<>();
        DataFiles.rows("/org/dateline/extract/people.tsv", cols -> out.add(person(cols)));
        return new People(out);
    }

    private static Person person(String[] cols) {
        List<String> aliases = cols[1].isBlank() ? List.of() : List.of(cols[1].split("\\|"));
        List<Role> roles = new ArrayList<>();
        for (String role : cols[3].split(";")) {
            String[] tr = role.split("@");
            String[] range = tr[1].split("\\.\\.", -1);
            roles.add(new Role(tr[0], date(range[0]), range.length > 1 ? date(range[1]) : null));
        }
        return new Person(cols[0], aliases, cols[2], roles);
    }

    private static LocalDate date(String s) {
        return s.isBlank() ? null : LocalDate.parse(s);
    }
}

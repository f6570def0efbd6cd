package org.dateline.ingest;

import org.dateline.model.Metadata;
import org.dateline.model.Removal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines a scraper leaves above the story: the headline again, a byline ("By Steve Holland
 * and Susan Heavey", or a name alone over the outlet's name: "Jane Onyanga-Omara" / "USA TODAY")
 * and the outlet. The byline fills {@link Metadata#author()} and the outlet {@link Metadata#source()}
 * when they are unknown; the lines are removed and recorded. Only lines before the first sentence of
 * prose count, so a list article's "Jeb Bush" heading further down stays. Thread-safe.
 */
final class FrontMatter {
    /** How many lines at the top may be front matter. */
    private static final int MAX_LINES = 5;
    private static final String WORD = "\\p{Lu}[\\p{L}'’-]*\\.?";
    private static final String NAME = "(?:" + WORD + "\\s+){0,2}(?:\\p{Lu}\\.\\s*)?" + WORD
            + "(?:\\s+(?:Jr\\.|Sr\\.|II|III))?";
    private static final String NAMES = NAME + "(?:(?:,\\s+|,?\\s+(?:and|&)\\s+)" + NAME + "){0,3}";
    private static final Pattern BY_LINE = Pattern.compile("(?i:by)\\s+(" + NAMES + ")(?:\\s*(?:,|/|\\||[-–—])\\s*.{1,60})?");
    private static final Pattern NAME_LINE = Pattern.compile(NAMES);
    private static final Pattern OUTLET_LINE = Pattern.compile("\\p{Lu}[\\p{Lu}&.'’-]*(?:\\s+[\\p{Lu}&.'’-]+){0,3}");
    private static final Set<String> NOT_NAME_WORDS = Set.of("the", "a", "an", "of", "in", "on", "to", "for", "with",
            "is", "are", "was", "says", "said");

    /** The line indexes that are front matter, and the metadata they give. */
    record Reading(Set<Integer> dropped, Metadata metadata) {
    }

    private FrontMatter() {
    }

    /**
     * Reads the front matter of {@code lines} (folded, blank ones included) under {@code title};
     * each dropped line is added to {@code removed}.
     */
    static Reading read(List<String> lines, String title, Metadata metadata, List<Removal> removed) {
        Set<Integer> dropped = new HashSet<>();
        Metadata md = metadata;
        String headline = key(title);
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < MAX_LINES; i++) {
            String p = lines.get(i);
            if (p.isEmpty()) {
                continue;
            }
            seen++;
            if (isProse(p)) {
                break;
            }
            int next = nextLine(lines, i);
            Matcher by = BY_LINE.matcher(p);
            if (!headline.isEmpty() && key(p).equals(headline)) {
                dropped.add(i);
                removed.add(new Removal("title-repeat", p));
            } else if (by.matches() && namesOnly(by.group(1))) {
                dropped.add(i);
                removed.add(new Removal("byline", p));
                md = md.author() == null ? md.withAuthor(by.group(1).strip()) : md;
            } else if (next >= 0 && NAME_LINE.matcher(p).matches() && namesOnly(p) && isOutlet(lines.get(next), md)) {
                dropped.add(i);
                removed.add(new Removal("byline", p));
                md = md.author() == null ? md.withAuthor(p) : md;
            } else if (isKnownSource(p, md) || isOutlet(p, md) && dropped.contains(previousLine(lines, i))) {
                dropped.add(i);
                removed.add(new Removal("outlet", p));
                md = md.source() == null ? md.withSource(p) : md;
            }
        }
        return new Reading(Set.copyOf(dropped), md);
    }

    /** A sentence of prose: at least six words and a closing sentence mark. */
    private static boolean isProse(String p) {
        return p.split(" ").length >= 6 && p.matches(".*[.!?\"”’)]$");
    }

    /** An outlet's name over which a byline stands: the source already known, or a short line in capitals ("USA TODAY"). */
    private static boolean isOutlet(String p, Metadata md) {
        return isKnownSource(p, md)
                || OUTLET_LINE.matcher(p).matches() && p.chars().anyMatch(Character::isLetter) && p.length() <= 40;
    }

    private static boolean isKnownSource(String p, Metadata md) {
        return md.source() != null && key(p).equals(key(md.source()));
    }

    private static boolean namesOnly(String names) {
        for (String w : names.split("[\\s,&]+")) {
            if (NOT_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static int nextLine(List<String> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            if (!lines.get(k).isEmpty()) {
                return k;
            }
        }
        return -1;
    }

    private static int previousLine(List<String> lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!lines.get(k).isEmpty()) {
                return k;
            }
        }
        return -1;
    }

    private static String key(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

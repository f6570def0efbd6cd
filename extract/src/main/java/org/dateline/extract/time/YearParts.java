package org.dateline.extract.time;

import org.dateline.model.ParsedArticle;
import org.dateline.model.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters and halves of a year, as TIMEX3 writes them: "the fourth quarter of last year" is
 * {@code 2012-Q4}, "the second half of 2012" {@code 2012-H2}, "the first half of the year" the
 * publication year's {@code H1}, "the final three months of 2012" {@code 2012-Q4}. The tagger reads the year part alone ("last year", "2012") or
 * nothing; the whole phrase replaces what it read. A bare "the third quarter" is left to the
 * tagger. Input: an article's normalized times; output: the same with the parts of years put
 * in, in text order. Thread-safe.
 */
public final class YearParts {
    private static final Pattern PART = Pattern.compile("(?i)\\b(?:the\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|final|last)"
            + "\\s+(?:fiscal\\s+)?(quarter|half|three\\s+months|six\\s+months)\\s+of\\s+(?:the\\s+)?(?:(fiscal\\s+)?((?:19|20)\\d\\d)|(this|last|next|previous|current|same)?\\s*year)\\b");

    public List<TimeExpression> find(ParsedArticle parsed, List<TimeExpression> times) {
        LocalDate published = parsed.article().metadata().published();
        String text = parsed.article().text();
        List<TimeExpression> found = new ArrayList<>();
        Matcher m = PART.matcher(text);
        while (m.find()) {
            Integer year = year(m, published);
            if (year == null) {
                continue;
            }
            String ordinal = m.group(1).toLowerCase(Locale.ROOT);
            String part = m.group(2).toLowerCase(Locale.ROOT);
            boolean quarter = part.equals("quarter") || part.startsWith("three");
            if (part.contains("months") && !(ordinal.equals("first") || ordinal.equals("final") || ordinal.equals("last"))) {
                continue; // "the first three months" is a quarter; "the second three months" is not said
            }
            int n = switch (ordinal) {
                case "first", "1st" -> 1;
                case "second", "2nd" -> 2;
                case "third", "3rd" -> quarter ? 3 : 0;
                case "fourth", "4th" -> quarter ? 4 : 0;
                default -> quarter ? 4 : 2; // "the final quarter", "the last half"
            };
            if (n == 0) {
                continue;
            }
            found.add(new TimeExpression(m.group(), "DATE", year + (quarter ? "-Q" : "-H") + n, m.start(), m.end()));
        }
        if (found.isEmpty()) {
            return times;
        }
        List<TimeExpression> out = new ArrayList<>(found);
        for (TimeExpression t : times) {
            if (found.stream().noneMatch(f -> f.start() < t.end() && t.start() < f.end())) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingInt(TimeExpression::start));
        return out;
    }

    private static Integer year(Matcher m, LocalDate published) {
        if (m.group(4) != null) {
            return Integer.parseInt(m.group(4));
        }
        if (published == null) {
            return null;
        }
        String which = m.group(5) == null ? "" : m.group(5).toLowerCase(Locale.ROOT);
        return switch (which) {
            case "last", "previous" -> published.getYear() - 1;
            case "next" -> published.getYear() + 1;
            case "same" -> null; // the same year as another date: not the publication year
            default -> published.getYear();
        };
    }
}

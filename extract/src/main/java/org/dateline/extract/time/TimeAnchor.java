package org.dateline.extract.time;

import org.dateline.model.ParsedArticle;
import org.dateline.model.Sentence;
import org.dateline.model.TimeExpression;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anaphoric times take their anchor from the text, not from the publication date, as TIMEX3
 * asks: in "passed in 2010 and repealed two years later" the repeal is {@code 2012}; "arrested on
 * March 2 and released the next day" is March 3; "the same day", "that year" are the anchor's.
 * The anchor is the latest date before the expression when that date is concrete (a day, week,
 * month or year, not a quarter or "recently"), at most {@value #MAX_SENTENCES_BACK} sentences back; without one the tagger's value stays. A
 * clock time the tagger placed on the publication date takes a full date written just before
 * it in its sentence ("on Sept. 11, 2001, at noon") or the day named right after it across a
 * zone ("at 2:15 a.m. local time Tuesday"); "next week" without "the" is the publication date's. Input and output: an article's normalized
 * times, in text order. Thread-safe.
 */
public final class TimeAnchor {
    private static final int MAX_SENTENCES_BACK = 2;
    private static final int MAX_CLOCK_GAP = 12;
    private static final String UNIT = "(day|week|month|year|decade)s?";
    private static final String COUNT = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})";
    private static final Pattern SHIFT = Pattern.compile("(?i)(?:about|almost|nearly|just|some|only)?\\s*" + COUNT + "\\s+"
            + UNIT + "\\s+(later|earlier|before|after|afterwards?|on)");
    private static final Pattern NEIGHBOUR = Pattern.compile("(?i)the\\s+(following|next|previous|preceding|prior|same)\\s+" + UNIT);
    private static final Pattern AROUND = Pattern.compile("(?i)the\\s+" + UNIT + "\\s+(before|after|earlier|later)");
    private static final Pattern THAT = Pattern.compile("(?i)that\\s+" + UNIT);
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ZONE_GAP = Pattern.compile("\\s*(\\(?((?i:local time)|[A-Z]{2,4})\\)?)?\\s*,?\\s*((?i:on)\\s+)?");
    private static final Pattern CLOCK_ON_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)");
    private static final Pattern DAY_WORDS = Pattern.compile("(?i)today|tonight|this|yesterday|tomorrow|monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday|\\d{4}");
    private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    /** A concrete date and the finest unit it names. */
    private record Anchor(LocalDate date, String unit) {
    }

    public List<TimeExpression> anchor(ParsedArticle parsed, List<TimeExpression> times) {
        LocalDate published = parsed.article().metadata().published();
        List<TimeExpression> out = new ArrayList<>(times.size());
        Anchor last = null;
        int lastSentence = -1;
        for (int k = 0; k < times.size(); k++) {
            TimeExpression t = times.get(k);
            int sentence = sentenceIndex(parsed, t.start());
            Anchor usable = last != null && sentence - lastSentence <= MAX_SENTENCES_BACK ? last : null;
            TimeExpression r = usable == null || !t.type().equals("DATE") ? t : shifted(t, usable);
            if (r == t && t.type().equals("TIME") && published != null) {
                r = clockOnDay(parsed, t, out, published);
            }
            if (r == t && t.type().equals("TIME") && published != null && k + 1 < times.size()) {
                r = clockBeforeDay(parsed, t, times.get(k + 1), published);
            }
            out.add(r);
            if (r.type().equals("DATE")) {
                // a quarter, a season or "recently" is the newest time too: no older date reaches past it
                last = concrete(r.value());
                lastSentence = sentence;
            }
        }
        return out;
    }

    private static TimeExpression shifted(TimeExpression t, Anchor anchor) {
        String text = t.text().strip();
        int amount;
        String unit;
        Matcher m;
        if ((m = SHIFT.matcher(text)).matches()) {
            String count = m.group(1).toLowerCase(Locale.ROOT);
            amount = COUNTS.containsKey(count) ? COUNTS.get(count) : Integer.parseInt(count);
            String dir = m.group(3).toLowerCase(Locale.ROOT);
            amount = dir.equals("earlier") || dir.equals("before") ? -amount : amount;
            unit = m.group(2).toLowerCase(Locale.ROOT);
        } else if ((m = NEIGHBOUR.matcher(text)).matches()) {
            String which = m.group(1).toLowerCase(Locale.ROOT);
            amount = which.equals("same") ? 0 : which.equals("following") || which.equals("next") ? 1 : -1;
            unit = m.group(2).toLowerCase(Locale.ROOT);
        } else if ((m = AROUND.matcher(text)).matches()) {
            String dir = m.group(2).toLowerCase(Locale.ROOT);
            amount = dir.equals("before") || dir.equals("earlier") ? -1 : 1;
            unit = m.group(1).toLowerCase(Locale.ROOT);
        } else if ((m = THAT.matcher(text)).matches()) {
            amount = 0;
            unit = m.group(1).toLowerCase(Locale.ROOT);
        } else {
            return t;
        }
        if (finer(unit, anchor.unit())) {
            return t; // "two days later" after "in 2010": no day to count from
        }
        LocalDate d = switch (unit) {
            case "day" -> anchor.date().plusDays(amount);
            case "week" -> anchor.date().plusWeeks(amount);
            case "month" -> anchor.date().plusMonths(amount);
            case "year" -> anchor.date().plusYears(amount);
            default -> anchor.date().plusYears(10L * amount);
        };
        return new TimeExpression(t.text(), t.type(), format(d, unit.equals("decade") ? "year" : unit), t.start(), t.end());
    }

    /** A clock time the tagger put on the publication day, right after a full date of another day in its sentence. */
    private static TimeExpression clockOnDay(ParsedArticle parsed, TimeExpression t, List<TimeExpression> before, LocalDate published) {
        Matcher clock = CLOCK_ON_DAY.matcher(t.value() == null ? "" : t.value());
        if (!clock.matches() || !clock.group(1).equals(published.toString()) || DAY_WORDS.matcher(t.text()).find() || before.isEmpty()) {
            return t;
        }
        TimeExpression prev = before.get(before.size() - 1);
        if (!prev.type().equals("DATE") || prev.value() == null || !DAY.matcher(prev.value()).matches()
                || prev.value().equals(published.toString()) || t.start() - prev.end() > MAX_CLOCK_GAP
                || sentenceIndex(parsed, prev.start()) != sentenceIndex(parsed, t.start())) {
            return t;
        }
        return new TimeExpression(t.text(), t.type(), prev.value() + clock.group(2), t.start(), t.end());
    }

    /**
     * A clock time the tagger put on the publication day, right before the day it belongs to with
     * only a zone between: "at 2:15 a.m. local time Tuesday" is Tuesday's 2:15.
     */
    private static TimeExpression clockBeforeDay(ParsedArticle parsed, TimeExpression t, TimeExpression next, LocalDate published) {
        Matcher clock = CLOCK_ON_DAY.matcher(t.value() == null ? "" : t.value());
        if (!clock.matches() || !clock.group(1).equals(published.toString()) || DAY_WORDS.matcher(t.text()).find()
                || !next.type().equals("DATE") || next.value() == null || !DAY.matcher(next.value()).matches()
                || next.start() < t.end()) {
            return t;
        }
        String between = parsed.article().text().substring(t.end(), next.start());
        if (!ZONE_GAP.matcher(between).matches()) {
            return t;
        }
        return new TimeExpression(t.text(), t.type(), next.value() + clock.group(2), t.start(), t.end());
    }

    private static boolean finer(String unit, String anchorUnit) {
        List<String> order = List.of("day", "week", "month", "year", "decade");
        return order.indexOf(unit) < order.indexOf(anchorUnit);
    }

    private static Anchor concrete(String v) {
        if (v == null) {
            return null;
        }
        try {
            Matcher m;
            if ((m = DAY.matcher(v)).matches()) {
                return new Anchor(LocalDate.parse(v), "day");
            }
            if ((m = WEEK.matcher(v)).matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
                return new Anchor(d, "week");
            }
            if ((m = MONTH.matcher(v)).matches()) {
                return new Anchor(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1), "month");
            }
            if (YEAR.matcher(v).matches()) {
                return new Anchor(LocalDate.of(Integer.parseInt(v), 1, 1), "year");
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static String format(LocalDate d, String unit) {
        return switch (unit) {
            case "day" -> d.toString();
            case "week" -> String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "month" -> String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue());
            default -> String.valueOf(d.getYear());
        };
    }

    private static int sentenceIndex(ParsedArticle parsed, int offset) {
        List<Sentence> sentences = parsed.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (offset >= sentences.get(i).start() && offset < sentences.get(i).end()) {
                return i;
            }
        }
        return -1;
    }
}

package org.dateline.extract.time;

import org.dateline.model.ParsedArticle;
import org.dateline.model.Sentence;
import org.dateline.model.TimeExpression;
import org.dateline.model.Token;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings the tagger's time values to TIMEX3 practice and reads them against the tense of their
 * clause:
 * <ul>
 *   <li>years the tagger left as numbers ("Since 2010", "in 2014") after a temporal preposition
 *       or before "election", "season" and the like become DATEs;</li>
 *   <li>decades are written as TIMEX3 writes them ("the 1990s" is {@code 199});</li>
 *   <li>"two years ago" has the granularity of its unit ({@code 2011}, not a day);</li>
 *   <li>a bare weekday or month is placed by tense: "begins Wednesday" and "will meet Friday" look
 *       ahead of the publication date, "met Friday" and "was passed in August" look back.</li>
 * </ul>
 * Input: the kept times of an article; output: the normalized times, in text order. Thread-safe.
 */
public final class TimeNormalizer {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern AGO = Pattern.compile("(?i).*\\b(years?|months?|weeks?|decades?|century|centuries)\\s+(ago|earlier|before)\\b.*");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
    private static final Pattern COMING = Pattern.compile("(?i)(the\\s+)?(coming|upcoming)\\s+(days|weeks|months|years)");
    private static final Pattern TIMES_A = Pattern.compile("(?i)\\b(once|twice|thrice|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) times)\\s+$");
    private static final Pattern SPAN_YEAR = Pattern.compile("(?i)(mid|early|late)-((?:1[89]|20)\\d\\d)");
    private static final String CLOCK_WORDS = "(?:(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)?|noon|midnight|dawn|dusk)"
            + "\\s+(?:on\\s+)?)?";
    private static final Pattern SPAN_MONTH = Pattern.compile("(?i)(mid|early|late)-([a-z]+\\.?)");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)(on\\s+)?" + CLOCK_WORDS + "(this\\s+|last\\s+)?"
            + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(\\s+(morning|afternoon|evening|night))?");
    private static final String MONTHS = "(january|february|march|april|may|june|july|august|"
            + "september|october|november|december|jan\\.?|feb\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)";
    private static final Pattern MONTH_NAME = Pattern.compile("(?i)(in\\s+)?((mid|early|late)-?)?" + MONTHS);
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)(on\\s+)?" + MONTHS + "\\s+\\d{1,2}(st|nd|rd|th)?");
    private static final Pattern WEEKEND = Pattern.compile("(?i)((over|on|at|during)\\s+)?the\\s+weekend");
    private static final String NAMED = "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final Pattern NAMED_RANGE = Pattern.compile("(?i)(from\\s+|between\\s+)?" + NAMED
            + "\\s*(?:to|-|–|through|thru|until|till|and)\\s*" + NAMED);
    private static final Pattern CONNECTIVE = Pattern.compile("(?i)and|or|to|from|between|through|until|till|-|–|—");
    private static final Pattern PAST_UNIT = Pattern.compile("(?i)(?:over\\s+|in\\s+|during\\s+|for\\s+)?the\\s+(past|last|previous)\\s+"
            + "(year|month|week|decade|century)");
    private static final Pattern VAGUE_SPAN = Pattern.compile("(?i)(?:over\\s+|in\\s+|during\\s+|for\\s+)?the\\s+"
            + "(?:past|last|previous|next)\\s+(?:few|several|many|couple\\s+of)\\s+(minutes|hours|days|weeks|months|years|decades|centuries)");
    private static final Pattern SEASON = Pattern.compile("(?i)(in\\s+|during\\s+)?(the\\s+)?(spring|summer|autumn|fall)");
    private static final Pattern SEASON_VALUE = Pattern.compile("(\\d{4})-(SP|SU|FA)");
    private static final Pattern UNIT_WORD = Pattern.compile("(?i)\\b(minute|hour|day|week|month|year|decade)s?\\b");
    private static final Pattern QUARTER = Pattern.compile("(?i)(in\\s+|during\\s+)?the\\s+(first|second|third|fourth|final)\\s+quarter");
    private static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HOLIDAY = Pattern.compile("(?i)(on\\s+|at\\s+)?(christmas( day| eve)?|new year['’]s( day| eve)?"
            + "|easter( sunday| monday)?|thanksgiving( day)?|halloween|valentine['’]s day|independence day|labor day|memorial day)");
    private static final Pattern ORDINAL_DAY = Pattern.compile("(?i)(\\d{1,2})(st|nd|rd|th)");
    private static final Pattern DAY_PART = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
    /** A yearless day on the wrong side of the day of writing by no more than this is a slip of tense, not another year. */
    private static final int YEARLESS_SLACK_DAYS = 14;
    /**
     * A yearless day is not put further ahead than this by a look-ahead tense: "makes a call on
     * Jan. 28" in a caption of Feb. 23 is last month's call in the present of captions, not one
     * eleven months away (a writer names that one "next January").
     */
    private static final int YEARLESS_HORIZON_DAYS = 300;
    private static final Set<String> YEAR_BEFORE = Set.of("in", "since", "by", "until", "till", "from", "before", "after",
            "during", "through", "throughout", "between", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter");
    private static final Set<String> UNAMBIGUOUS = Set.of("since", "until", "till", "before", "after", "during",
            "throughout", "early", "late", "mid");
    private static final Set<String> YEAR_AFTER = Set.of("election", "elections", "campaign", "season", "census", "olympics",
            "budget", "midterms", "midterm", "race", "vote", "referendum", "crisis", "war", "attack", "attacks", "games");
    private static final Pattern RELATIVE_WEEK = Pattern.compile("(?i)(last|past|previous|this|next|coming) week");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?i)(from\\s+|between\\s+|(?:the\\s+)?years\\s+)?((?:1[89]|20)\\d\\d)\\s*(?:to|-|–|—|until|till|through|and)\\s*((?:1[89]|20)\\d\\d)");
    private static final Pattern DURATION_WORDS = Pattern.compile("(?i)\\d|second|minute|hour|day|night|week|month|year|decade|centur|"
            + "quarter|season|spring|summer|autumn|fall|winter|weekend|moment|while|time|long|fortnight|half|one|two|three|four|"
            + "five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|several|few|many");
    private static final Pattern CLOCK = Pattern.compile("(?i)\\b(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)?");
    private static final Pattern YEARS_VALUE = Pattern.compile("P(\\d+|X)Y");

    public List<TimeExpression> normalize(ParsedArticle parsed, List<TimeExpression> times) {
        LocalDate published = parsed.article().metadata().published();
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression raw : times) {
            for (TimeExpression t : timexPractice(parsed, raw, published)) {
                out.add(published == null ? granularity(t) : anchor(parsed, granularity(t), published));
            }
        }
        for (TimeExpression t : years(parsed, times)) {
            out.add(published == null ? t : anchor(parsed, t, published));
        }
        out.sort(Comparator.comparingInt(TimeExpression::start));
        List<TimeExpression> unique = new ArrayList<>();
        for (TimeExpression t : out) {
            if (unique.stream().noneMatch(u -> u.start() == t.start() && u.end() == t.end())) {
                unique.add(t);
            }
        }
        return unique;
    }

    /**
     * The tagger's output in TIMEX3 practice: a range of years ("2007 to 2012") is two dates, a
     * range the tagger garbled into a negative or wordless duration is dropped (its clock times
     * kept), a clock time carries no zone offset, decades and centuries are units of their own
     * ({@code P2DE}, {@code PXCE}), and a verb the tagger swept into the extent ("start next
     * month") is left out of it.
     */
    private static List<TimeExpression> timexPractice(ParsedArticle parsed, TimeExpression t, LocalDate published) {
        String v = t.value();
        if (v == null && CONNECTIVE.matcher(t.text().strip()).matches()) {
            return List.of(); // the "and" of "between 2001 and 2005", tagged for the range it joins
        }
        Matcher past = PAST_UNIT.matcher(t.text().strip());
        if (past.matches()) {
            // "over the past year" is a stretch of time ending now, as TIMEX3 writes it, not this year
            String unit = past.group(2).toLowerCase(Locale.ROOT);
            String d = switch (unit) {
                case "decade" -> "P1DE";
                case "century" -> "P1CE";
                default -> "P1" + Character.toUpperCase(unit.charAt(0));
            };
            return List.of(new TimeExpression(t.text(), "DURATION", d, t.start(), t.end()));
        }
        Matcher vague = VAGUE_SPAN.matcher(t.text().strip());
        Matcher unitWord = UNIT_WORD.matcher(t.text());
        if (v != null && v.contains("/") && !vague.matches() && unitWord.find()) {
            // "two to three weeks": the tagger's interval of days is no TIMEX3 value; a stretch of weeks is
            vague = VAGUE_SPAN.matcher("the next few " + unitWord.group(1).toLowerCase(Locale.ROOT) + "s");
        }
        if (vague.matches()) {
            // "the past several weeks": how long, not which weeks; the tagger gives an interval of days
            String unit = vague.group(1).toLowerCase(Locale.ROOT);
            String d = unit.startsWith("decade") ? "PXDE" : unit.startsWith("centur") ? "PXCE"
                    : unit.startsWith("hour") || unit.startsWith("minute") ? "PTX" + Character.toUpperCase(unit.charAt(0))
                    : "PX" + Character.toUpperCase(unit.charAt(0));
            return List.of(leadingVerbOut(parsed, new TimeExpression(t.text(), "DURATION", d, t.start(), t.end())));
        }
        List<TimeExpression> ends = published == null ? List.of() : rangeEnds(parsed, t, published);
        if (!ends.isEmpty()) {
            return ends;
        }
        if (t.type().equals("DURATION") && v != null && v.matches("P1[YMWD]") && t.text().matches("(?i)(a|an|per) (year|month|week|day)")) {
            // "twice a year" is how often, a SET, and its extent holds the count
            String text = parsed.article().text();
            Matcher times = TIMES_A.matcher(text.substring(Math.max(0, t.start() - 25), t.start()));
            if (times.find()) {
                int start = t.start() - (times.regionEnd() - times.start(1));
                return List.of(new TimeExpression(text.substring(start, t.end()), "SET", v, start, t.end()));
            }
        }
        if (t.type().equals("DURATION")) {
            Matcher years = YEAR_RANGE.matcher(t.text());
            if (years.matches()) {
                return List.of(
                        new TimeExpression(years.group(2), "DATE", years.group(2), t.start() + years.start(2), t.start() + years.end(2)),
                        new TimeExpression(years.group(3), "DATE", years.group(3), t.start() + years.start(3), t.start() + years.end(3)));
            }
            if (v != null && (v.matches("P.*-\\d.*") || !DURATION_WORDS.matcher(t.text()).find())) {
                List<TimeExpression> clocks = new ArrayList<>();
                Matcher c = CLOCK.matcher(t.text());
                while (published != null && c.find()) {
                    if (c.group(2) == null && c.group(3) == null) {
                        continue;
                    }
                    int hour = Integer.parseInt(c.group(1)) % 12 + (c.group(3) != null && c.group(3).toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0);
                    int minute = c.group(2) == null ? 0 : Integer.parseInt(c.group(2));
                    if (hour < 24 && minute < 60) {
                        clocks.add(new TimeExpression(c.group(), "TIME", String.format(Locale.ROOT, "%sT%02d:%02d", published, hour, minute),
                                t.start() + c.start(), t.start() + c.end()));
                    }
                }
                return clocks;
            }
            if (v != null) {
                String lower = t.text().toLowerCase(Locale.ROOT);
                Matcher y = YEARS_VALUE.matcher(v);
                if (lower.contains("decade") && y.matches()) {
                    v = y.group(1).equals("X") ? "PXDE" : Integer.parseInt(y.group(1)) % 10 == 0 ? "P" + Integer.parseInt(y.group(1)) / 10 + "DE" : v;
                } else if (lower.contains("centur") && y.matches()) {
                    v = y.group(1).equals("X") ? "PXCE" : Integer.parseInt(y.group(1)) % 100 == 0 ? "P" + Integer.parseInt(y.group(1)) / 100 + "CE" : v;
                }
            }
        }
        if (v != null && v.contains(" INTERSECT ")) {
            v = v.substring(0, v.indexOf(" INTERSECT ")); // "the first nine months of 2012": the year, not SUTime's formula
        }
        if (v != null && t.type().equals("TIME")) {
            v = v.replaceFirst("(T\\d{2}(?::\\d{2}){0,2}(?:\\.\\d+)?)(?:Z|[+-]\\d{2}:?\\d{2})$", "$1");
        }
        return List.of(leadingVerbOut(parsed, with(t, v)));
    }

    /**
     * The two ends of a range of months or weekdays ("from March to May", "Monday through
     * Wednesday"), each a date as TIMEX3 annotates them, placed by the tense of the clause: the
     * tagger gives such a range one duration.
     */
    private static List<TimeExpression> rangeEnds(ParsedArticle parsed, TimeExpression t, LocalDate published) {
        Matcher r = NAMED_RANGE.matcher(t.text());
        Sentence s = TimeFilter.sentenceOf(parsed, t.start());
        if (!r.matches() || s == null) {
            return List.of();
        }
        Tense tense = Tense.of(s, t);
        int a = t.start() + r.start(2);
        int b = t.start() + r.start(3);
        Integer m1 = monthNumber(r.group(2));
        Integer m2 = monthNumber(r.group(3));
        if (m1 != null && m2 != null) {
            int y1 = published.getYear();
            int y2 = m2 < m1 ? y1 + 1 : y1;
            int now = published.getMonthValue();
            if (tense == Tense.PAST && (y2 > y1 || m2 > now)) {
                y1--;
                y2--;
            } else if (tense == Tense.FUTURE && m1 < now) {
                y1++;
                y2++;
            }
            return List.of(
                    new TimeExpression(r.group(2), "DATE", String.format(Locale.ROOT, "%d-%02d", y1, m1), a, a + r.group(2).length()),
                    new TimeExpression(r.group(3), "DATE", String.format(Locale.ROOT, "%d-%02d", y2, m2), b, b + r.group(3).length()));
        }
        java.time.DayOfWeek d1 = weekday(r.group(2));
        java.time.DayOfWeek d2 = weekday(r.group(3));
        if (d1 == null || d2 == null) {
            return List.of();
        }
        LocalDate first = published.with(d1);
        if (tense == Tense.FUTURE && first.isBefore(published)) {
            first = first.plusWeeks(1);
        } else if (tense == Tense.PAST && first.isAfter(published)) {
            first = first.minusWeeks(1);
        }
        LocalDate second = first.plusDays(((d2.getValue() - d1.getValue()) + 7) % 7);
        return List.of(new TimeExpression(r.group(2), "DATE", first.toString(), a, a + r.group(2).length()),
                new TimeExpression(r.group(3), "DATE", second.toString(), b, b + r.group(3).length()));
    }

    private static Integer monthNumber(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        List<String> names = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        for (int i = 0; i < names.size(); i++) {
            if (w.startsWith(names.get(i)) && MONTH_NAME.matcher(word).matches()) {
                return i + 1;
            }
        }
        return null;
    }

    private static java.time.DayOfWeek weekday(String word) {
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (d.name().equalsIgnoreCase(word)) {
                return d;
            }
        }
        return null;
    }

    /** Drops verbs at the start of an extent: "start next month" is "next month". */
    private static TimeExpression leadingVerbOut(ParsedArticle parsed, TimeExpression t) {
        Sentence s = TimeFilter.sentenceOf(parsed, t.start());
        if (s == null) {
            return t;
        }
        int start = t.start();
        for (Token tok : s.tokens()) {
            if (tok.start() < start || tok.end() > t.end()) {
                continue;
            }
            if (tok.start() == start && tok.pos().startsWith("VB") && tok.end() < t.end()) {
                start = -1;
                continue;
            }
            if (start == -1) {
                start = tok.start();
                break;
            }
            break;
        }
        if (start <= t.start()) {
            return t;
        }
        return new TimeExpression(t.text().substring(start - t.start()), t.type(), t.value(), start, t.end());
    }

    private static TimeExpression granularity(TimeExpression t) {
        String v = t.value();
        if (v == null) {
            return t;
        }
        Matcher decade = DECADE.matcher(v);
        if (decade.matches() && t.text().matches("(?i).*(\\d0'?s\\b|\\bdecade\\b).*")) {
            // "1990s" and "this decade" are decades, DATEs, even where the tagger read the plural as a SET
            return new TimeExpression(t.text(), "DATE", decade.group(1), t.start(), t.end());
        }
        Matcher century = CENTURY.matcher(v);
        if (century.matches() && t.text().toLowerCase(Locale.ROOT).contains("centur")) {
            return with(t, century.group(1)); // "the 20th century" is 19, as TIMEX3 writes centuries
        }
        if (COMING.matcher(t.text().strip()).matches() && !t.type().equals("SET")) {
            // "in the coming weeks" names no week: a time ahead, not next week
            return new TimeExpression(t.text(), "DATE", "FUTURE_REF", t.start(), t.end());
        }
        Matcher day = DAY.matcher(v);
        Matcher ago = AGO.matcher(t.text());
        if (day.matches() && ago.matches()) {
            String unit = ago.group(1).toLowerCase(Locale.ROOT);
            LocalDate d = LocalDate.parse(v);
            if (unit.startsWith("year") || unit.startsWith("decade") || unit.startsWith("centur")) {
                return with(t, day.group(1)); // "a century ago" is a year, not a day
            }
            if (unit.startsWith("month")) {
                return with(t, day.group(1) + "-" + day.group(2));
            }
            return with(t, isoWeek(d));
        }
        return t;
    }

    private static TimeExpression anchor(ParsedArticle parsed, TimeExpression t, LocalDate published) {
        String v = t.value();
        if (v == null || !(t.type().equals("DATE") || t.type().equals("TIME"))) {
            return t;
        }
        String text = t.text().strip();
        Matcher week = RELATIVE_WEEK.matcher(text);
        if (week.matches() && (v.matches("\\d{4}-W\\d{2}") || v.contains(" "))) {
            // SUTime numbers the week in the calendar year ("last week" of 2000-01-01 is 1999-W51, not 2000-W51)
            // and near New Year leaves a formula ("PREV P1W")
            String which = week.group(1).toLowerCase(Locale.ROOT);
            LocalDate d = published.plusWeeks(which.equals("next") || which.equals("coming") ? 1
                    : which.equals("this") ? 0 : -1);
            return with(t, isoWeek(d));
        }
        Matcher weekday = WEEKDAY.matcher(text);
        boolean isWeekday = weekday.matches();
        boolean month = MONTH_NAME.matcher(text).matches();
        boolean monthDay = MONTH_DAY.matcher(text).matches() || HOLIDAY.matcher(text).matches();
        boolean weekend = WEEKEND.matcher(text).matches() && v.matches("\\d{4}-W\\d{2}-WE");
        Matcher season = SEASON_VALUE.matcher(v);
        boolean isSeason = SEASON.matcher(text).matches() && season.matches();
        Matcher quarterValue = QUARTER_VALUE.matcher(v);
        boolean isQuarter = QUARTER.matcher(text).matches() && quarterValue.matches();
        if (!isWeekday && !month && !monthDay && !weekend && !isSeason && !isQuarter) {
            return t;
        }
        Sentence s = TimeFilter.sentenceOf(parsed, t.start());
        if (s == null) {
            return t;
        }
        Tense tense = Tense.of(s, t);
        try {
            Matcher day = DAY_PART.matcher(v);
            if (isWeekday && day.matches()) {
                LocalDate d = LocalDate.parse(day.group(1));
                if (weekday.group(2) != null && weekday.group(2).strip().equalsIgnoreCase("last")) {
                    // "last Tuesday" is the latest Tuesday before the day of writing, not the one of the week before
                    while (!d.isBefore(published)) {
                        d = d.minusDays(7);
                    }
                    while (d.plusDays(7).isBefore(published)) {
                        d = d.plusDays(7);
                    }
                } else if (tense == Tense.FUTURE) {
                    // news names the day it is published by its weekday too: "will speak Friday" on a Friday is today
                    while (d.isBefore(published)) {
                        d = d.plusDays(7);
                    }
                } else if (tense == Tense.PAST) {
                    while (d.isAfter(published)) {
                        d = d.minusDays(7);
                    }
                }
                return with(t, d + (day.group(2) == null ? "" : day.group(2)));
            }
            if (monthDay && day.matches() && day.group(2) == null) {
                // the tagger takes the nearest "Dec. 1" or "Christmas"; the tense says which side of the day of writing it lies
                LocalDate d = LocalDate.parse(day.group(1));
                if (tense == Tense.PAST && d.isAfter(published.plusDays(YEARLESS_SLACK_DAYS))) {
                    d = d.minusYears(1);
                } else if (tense == Tense.FUTURE && d.isBefore(published.minusDays(YEARLESS_SLACK_DAYS))
                        && !d.plusYears(1).isAfter(published.plusDays(YEARLESS_HORIZON_DAYS))) {
                    d = d.plusYears(1);
                }
                return with(t, d.toString());
            }
            if (weekend && tense == Tense.PAST && published.getDayOfWeek().getValue() <= 5) {
                // "over the weekend" in the past tense, written on a weekday: the weekend just gone
                return with(t, isoWeek(published.minusWeeks(1)) + "-WE");
            }
            if (isQuarter) {
                return with(t, quarterOf(Integer.parseInt(quarterValue.group(2)), tense, published));
            }
            if (isSeason) {
                // "met in the summer", written in March: last summer; "will open in the autumn" in November: next
                int year = Integer.parseInt(season.group(1));
                int first = switch (season.group(2)) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    default -> 9;
                };
                int now = published.getMonthValue();
                if (year == published.getYear() && tense == Tense.PAST && first > now) {
                    year--;
                } else if (year == published.getYear() && tense == Tense.FUTURE && first + 2 < now) {
                    year++;
                }
                return with(t, year + "-" + season.group(2));
            }
            Matcher m = MONTH.matcher(v);
            if (month && m.matches()) {
                int year = Integer.parseInt(m.group(1));
                int mm = Integer.parseInt(m.group(2));
                LocalDate first = LocalDate.of(year, mm, 1);
                LocalDate thisMonth = published.withDayOfMonth(1);
                if (tense == Tense.PAST && first.isAfter(thisMonth)) {
                    first = first.minusYears(1);
                } else if (tense == Tense.FUTURE && first.isBefore(thisMonth)) {
                    first = first.plusYears(1);
                }
                return with(t, String.format(Locale.ROOT, "%d-%02d", first.getYear(), first.getMonthValue()));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return t;
        }
        return t;
    }

    private static String isoWeek(LocalDate d) {
        return String.format(Locale.ROOT, "%d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Years tagged as plain numbers, where the words around them make them dates; hyphenated months ("mid-March"). */
    private static List<TimeExpression> years(ParsedArticle parsed, List<TimeExpression> times) {
        LocalDate published = parsed.article().metadata().published();
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence s : parsed.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token tok = tokens.get(i);
                Matcher span = SPAN_YEAR.matcher(tok.text());
                if (span.matches() && !covered(times, tok)) {
                    out.add(new TimeExpression(tok.text(), "DATE", span.group(2), tok.start(), tok.end())); // "by mid-2014"
                    continue;
                }
                TimeExpression relative = relativeUnit(parsed.article().text(), tokens, i, times, published);
                if (relative != null) {
                    out.add(relative);
                    continue;
                }
                TimeExpression dayOfMonth = dayOfMonth(parsed.article().text(), s, i, times, published);
                if (dayOfMonth != null) {
                    out.add(dayOfMonth);
                    continue;
                }
                TimeExpression quarter = quarter(parsed.article().text(), s, i, times, published);
                if (quarter != null) {
                    out.add(quarter);
                    continue;
                }
                Matcher spanMonth = SPAN_MONTH.matcher(tok.text());
                Integer month = spanMonth.matches() ? monthNumber(spanMonth.group(2)) : null;
                if (month != null && published != null && !covered(times, tok)) {
                    // "in mid-March", a month the tagger misses when it is hyphenated: placed by tense in anchor()
                    out.add(new TimeExpression(tok.text(), "DATE", String.format(Locale.ROOT, "%d-%02d", published.getYear(), month),
                            tok.start(), tok.end()));
                    continue;
                }
                if (!tok.pos().equals("CD") || !tok.text().matches("1[89]\\d\\d|20\\d\\d") || covered(times, tok)) {
                    continue;
                }
                String before = i > 0 ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
                String after = i + 1 < tokens.size() ? tokens.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
                // "in 2014 elections" is a year, "from 2014 people" may be a count; "since 2010" is always a time.
                boolean quantity = !UNAMBIGUOUS.contains(before) && i + 1 < tokens.size()
                        && tokens.get(i + 1).pos().startsWith("NN") && !YEAR_AFTER.contains(after);
                if ((YEAR_BEFORE.contains(before) && !quantity) || YEAR_AFTER.contains(after)) {
                    out.add(new TimeExpression(tok.text(), "DATE", tok.text(), tok.start(), tok.end()));
                }
            }
        }
        return out;
    }

    /**
     * "the fourth quarter" with no year, which the tagger misses: the quarter of the year of writing,
     * or of the year before when the clause is past and the quarter has not begun (and the year after
     * for a future one that has ended).
     */
    private static TimeExpression quarter(String articleText, Sentence s, int i, List<TimeExpression> times, LocalDate published) {
        List<Token> tokens = s.tokens();
        if (published == null || i + 2 >= tokens.size() || !tokens.get(i).text().equalsIgnoreCase("the")
                || !tokens.get(i + 2).text().equalsIgnoreCase("quarter") || covered(times, tokens.get(i + 1))
                || i + 3 < tokens.size() && tokens.get(i + 3).text().equalsIgnoreCase("of")) {
            return null;
        }
        int q = switch (tokens.get(i + 1).text().toLowerCase(Locale.ROOT)) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            case "fourth", "final" -> 4;
            default -> 0;
        };
        if (q == 0) {
            return null;
        }
        int start = tokens.get(i).start();
        int end = tokens.get(i + 2).end();
        String text = articleText.substring(start, end);
        return new TimeExpression(text, "DATE", quarterOf(q, Tense.of(s, new TimeExpression(text, "DATE", null, start, end)), published),
                start, end);
    }

    /**
     * "next week", "last month", "this year" where the tagger tagged nothing (it fails on some near
     * New Year: "next week" written on 2012-12-28): counted from the publication date.
     */
    private static TimeExpression relativeUnit(String articleText, List<Token> tokens, int i, List<TimeExpression> times,
                                               LocalDate published) {
        if (published == null || i + 1 >= tokens.size() || covered(times, tokens.get(i)) || covered(times, tokens.get(i + 1))) {
            return null;
        }
        String which = tokens.get(i).text().toLowerCase(Locale.ROOT);
        String unit = tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
        int step = switch (which) {
            case "next" -> 1;
            case "last" -> -1;
            case "this" -> 0;
            default -> 2;
        };
        if (step == 2 || i + 2 < tokens.size() && tokens.get(i + 2).pos().startsWith("NN")) {
            return null; // "last year levels": a compound noun, not a time to guess at
        }
        String value = switch (unit) {
            case "week" -> isoWeek(published.plusWeeks(step));
            case "month" -> published.plusMonths(step).toString().substring(0, 7);
            case "year" -> String.valueOf(published.getYear() + step);
            default -> null;
        };
        if (value == null) {
            return null;
        }
        int start = tokens.get(i).start();
        int end = tokens.get(i + 1).end();
        return new TimeExpression(articleText.substring(start, end), "DATE", value, start, end);
    }

    /**
     * "on the 15th": a day of the month of writing, or of the month before (after) when the clause is
     * past (future) and the day lies on the other side of the day of writing. Only after "on" and
     * before no noun ("the 15th century", "the 5th round" are not days).
     */
    private static TimeExpression dayOfMonth(String articleText, Sentence s, int i, List<TimeExpression> times, LocalDate published) {
        List<Token> tokens = s.tokens();
        if (published == null || i < 1 || i + 1 >= tokens.size() || !tokens.get(i - 1).text().equalsIgnoreCase("on")
                || !tokens.get(i).text().equalsIgnoreCase("the") || covered(times, tokens.get(i + 1))
                || i + 2 < tokens.size() && tokens.get(i + 2).pos().startsWith("NN")) {
            return null;
        }
        Matcher ordinal = ORDINAL_DAY.matcher(tokens.get(i + 1).text());
        if (!ordinal.matches()) {
            return null;
        }
        int day = Integer.parseInt(ordinal.group(1));
        if (day < 1 || day > 31) {
            return null;
        }
        int start = tokens.get(i).start();
        int end = tokens.get(i + 1).end();
        String text = articleText.substring(start, end);
        Tense tense = Tense.of(s, new TimeExpression(text, "DATE", null, start, end));
        LocalDate month = published.withDayOfMonth(1);
        if (tense == Tense.PAST && day > published.getDayOfMonth()) {
            month = month.minusMonths(1);
        } else if (tense == Tense.FUTURE && day < published.getDayOfMonth()) {
            month = month.plusMonths(1);
        }
        if (day > month.lengthOfMonth()) {
            return null;
        }
        return new TimeExpression(text, "DATE", month.withDayOfMonth(day).toString(), start, end);
    }

    /** Quarter {@code q} of the year of writing, or of the year before (after) when the tense says it cannot be this year's. */
    private static String quarterOf(int q, Tense tense, LocalDate published) {
        int year = published.getYear();
        int now = (published.getMonthValue() - 1) / 3 + 1;
        if (tense == Tense.PAST && q > now) {
            year--;
        } else if (tense == Tense.FUTURE && q < now) {
            year++;
        }
        return year + "-Q" + q;
    }

    private static boolean covered(List<TimeExpression> times, Token tok) {
        for (TimeExpression t : times) {
            if (t.start() < tok.end() && tok.start() < t.end()) {
                return true;
            }
        }
        return false;
    }

    private static TimeExpression with(TimeExpression t, String value) {
        return new TimeExpression(t.text(), t.type(), value, t.start(), t.end());
    }
}

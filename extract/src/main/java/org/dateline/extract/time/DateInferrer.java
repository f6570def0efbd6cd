package org.dateline.extract.time;

import org.dateline.model.DateInference;
import org.dateline.model.ParsedArticle;
import org.dateline.model.Removal;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the publication date of an article that gives none, from its own words, and says why.
 *
 * <p>A stamp with a full date ("Updated May 10, 2019") settles it. Otherwise every day in a window
 * around the article's dates is scored against the clues a reader uses: a weekday in the past tense
 * ("announced Friday") is usually the day of writing or the day before; a date in the future tense
 * ("will arrive on May 13") lies ahead, one in the past tense behind; "next week" puts those dates
 * in the following week; "Tuesday, May 14" fixes the year in which May 14 was a Tuesday; years said
 * in the past tense lie behind, in the future tense ahead. The best day is returned with a
 * confidence from its lead over the next best, or nothing when the text has no dates at all.
 * Thread-safe.
 */
public final class DateInferrer {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|"
            + "December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final Pattern FULL_DATE = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b"
            + "|\\b(\\d{1,2})\\s+(" + MONTHS + ")\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?("
            + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+(?:19|20)\\d\\d)");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");
    private static final Pattern NEXT_WEEK = Pattern.compile("(?i)\\bnext week\\b");
    private static final int FIRST_YEAR = 1990;

    /** One clue in the text. */
    private record Clue(String text, LocalDate monthDay, DayOfWeek weekday, Integer year, Tense tense, boolean nextWeek) {
    }

    private enum Tense { PAST, FUTURE, UNKNOWN }

    /** The inferred date, or empty when the text holds no dates to go by. {@code today} bounds the search. */
    public Optional<DateInference> infer(ParsedArticle parsed, LocalDate today) {
        for (Removal r : parsed.article().removed()) {
            if (r.kind().equals("update-stamp") || r.kind().equals("dateline")) {
                Optional<LocalDate> d = fullDate(r.text());
                if (d.isPresent()) {
                    return Optional.of(new DateInference(d.get(), 0.95, List.of("stamp '" + r.text().strip() + "'")));
                }
            }
        }
        List<Clue> clues = clues(parsed);
        List<Clue> dated = clues.stream().filter(c -> c.monthDay() != null || c.year() != null).toList();
        if (dated.isEmpty()) {
            return Optional.empty();
        }
        int lastYear = today.getYear();
        boolean nextWeek = NEXT_WEEK.matcher(parsed.article().text()).find();
        double best = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        LocalDate bestDay = null;
        List<LocalDate> ties = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= lastYear; y++) {
            for (LocalDate day : window(clues, y)) {
                if (day.isAfter(today)) {
                    continue;
                }
                double s = score(day, clues, nextWeek);
                if (s > best) {
                    second = best;
                    best = s;
                    bestDay = day;
                    ties.clear();
                } else if (s == best) {
                    second = s;
                    ties.add(day);
                } else if (s > second) {
                    second = s;
                }
            }
        }
        if (bestDay == null || best <= 0) {
            return Optional.empty();
        }
        double confidence = Math.max(0.05, Math.min(0.9, (best - Math.max(0, second)) / best));
        List<String> evidence = new ArrayList<>();
        for (Clue c : clues) {
            if (clueScore(bestDay, c) > 0) {
                evidence.add("'" + c.text() + "'" + (c.tense() == Tense.UNKNOWN ? "" : " (" + c.tense().name().toLowerCase(Locale.ROOT) + ")"));
            }
        }
        if (!ties.isEmpty()) {
            evidence.add("equally likely: " + String.join(", ", ties.stream().limit(4).map(LocalDate::toString).toList())
                    + (ties.size() > 4 ? " and " + (ties.size() - 4) + " more" : ""));
        }
        return Optional.of(new DateInference(bestDay, Math.round(confidence * 100) / 100.0, evidence));
    }

    /** Candidate days of a year: three weeks either side of each month-day clue, else the whole year. */
    private static List<LocalDate> window(List<Clue> clues, int year) {
        List<LocalDate> days = new ArrayList<>();
        boolean any = false;
        for (Clue c : clues) {
            if (c.monthDay() == null) {
                continue;
            }
            any = true;
            LocalDate anchor;
            try {
                anchor = c.monthDay().withYear(year);
            } catch (java.time.DateTimeException e) {
                continue;
            }
            for (int d = -21; d <= 21; d++) {
                LocalDate day = anchor.plusDays(d);
                if (!days.contains(day)) {
                    days.add(day);
                }
            }
        }
        if (!any) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(7)) {
                days.add(d);
            }
        }
        return days;
    }

    private static double score(LocalDate day, List<Clue> clues, boolean nextWeek) {
        double s = 0;
        boolean dateNextWeek = false;
        for (Clue c : clues) {
            s += clueScore(day, c);
            if (c.monthDay() != null && c.tense() != Tense.PAST) {
                try {
                    LocalDate md = c.monthDay().withYear(day.getYear());
                    dateNextWeek |= md.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == day.plusWeeks(1).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                            && md.isAfter(day);
                } catch (java.time.DateTimeException e) {
                    // February 29 outside a leap year: no such day
                }
            }
        }
        // "next week" anywhere: what is planned for next week is one of the dates ahead.
        return s + (nextWeek && dateNextWeek ? 1.5 : 0);
    }

    private static double clueScore(LocalDate day, Clue c) {
        double s = 0;
        if (c.monthDay() != null) {
            LocalDate md;
            try {
                md = c.monthDay().withYear(day.getYear());
            } catch (java.time.DateTimeException e) {
                return -2;
            }
            if (day.getMonthValue() == 12 && md.getMonthValue() == 1 && c.tense() == Tense.FUTURE) {
                md = md.plusYears(1);
            }
            long gap = md.toEpochDay() - day.toEpochDay();
            if (c.tense() == Tense.FUTURE) {
                s += gap > 0 ? 1 : -2;
            } else if (c.tense() == Tense.PAST) {
                s += gap <= 0 ? 1 : -2;
            }
            if (c.nextWeek()) {
                s += md.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == day.plusWeeks(1).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) ? 1.5 : -1;
            }
            if (c.weekday() != null) {
                s += md.getDayOfWeek() == c.weekday() ? 3 : -3;
            }
            s += Math.abs(gap) <= 31 ? 0.25 : 0;
            // News reports what is close: a date within a week either side, on the side its tense says.
            if (Math.abs(gap) <= 7 && (c.tense() == Tense.FUTURE ? gap > 0 : c.tense() != Tense.PAST || gap <= 0)) {
                s += 0.5;
            }
        } else if (c.weekday() != null) {
            if (c.tense() != Tense.FUTURE) {
                s += day.getDayOfWeek() == c.weekday() ? 1 : day.minusDays(1).getDayOfWeek() == c.weekday() ? 0.5 : 0;
            } else {
                s += day.plusDays(1).getDayOfWeek() == c.weekday() || day.plusDays(2).getDayOfWeek() == c.weekday() ? 0.25 : 0;
            }
        }
        if (c.year() != null) {
            int y = c.year();
            if (c.tense() == Tense.FUTURE) {
                s += y >= day.getYear() ? 0.5 : -1;
            } else if (c.tense() == Tense.PAST) {
                s += y <= day.getYear() ? 0.5 : -1;
            } else {
                s += Math.abs(y - day.getYear()) <= 4 ? 0.5 : 0;
            }
        }
        return s;
    }

    private static List<Clue> clues(ParsedArticle parsed) {
        List<Clue> out = new ArrayList<>();
        String text = parsed.article().text();
        for (Sentence s : parsed.sentences()) {
            String st = text.substring(s.start(), s.end());
            boolean nextWeek = NEXT_WEEK.matcher(st).find();
            List<int[]> taken = new ArrayList<>();
            Matcher full = FULL_DATE.matcher(st);
            while (full.find()) {
                taken.add(new int[]{full.start(), full.end()});
                LocalDate d = parseFull(full);
                if (d != null) {
                    out.add(new Clue(full.group(), null, null, d.getYear(), tense(s, s.start() + full.start()), false));
                }
            }
            Matcher md = MONTH_DAY.matcher(st);
            while (md.find()) {
                if (inside(taken, md.start())) {
                    continue;
                }
                taken.add(new int[]{md.start(), md.end()});
                Month m = month(md.group(2));
                int day = Integer.parseInt(md.group(3));
                if (m == null || day < 1 || day > 31) {
                    continue;
                }
                DayOfWeek w = md.group(1) == null ? null : DayOfWeek.valueOf(md.group(1).toUpperCase(Locale.ROOT));
                LocalDate anchor;
                try {
                    anchor = LocalDate.of(2000, m, day);
                } catch (java.time.DateTimeException e) {
                    continue;
                }
                out.add(new Clue(md.group(), anchor, w, null, tense(s, s.start() + md.start()), nextWeek));
            }
            Matcher wd = WEEKDAY.matcher(st);
            while (wd.find()) {
                if (!inside(taken, wd.start())) {
                    out.add(new Clue(context(st, wd), null, DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT)), null,
                            tense(s, s.start() + wd.start()), false));
                }
            }
            Matcher y = YEAR.matcher(st);
            while (y.find()) {
                if (!inside(taken, y.start())) {
                    out.add(new Clue(context(st, y), null, null, Integer.parseInt(y.group(1)), tense(s, s.start() + y.start()), false));
                }
            }
        }
        return out;
    }

    private static String context(String sentence, Matcher m) {
        int from = Math.max(0, sentence.lastIndexOf(' ', Math.max(0, m.start() - 2)));
        return sentence.substring(from, m.end()).strip();
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalDate> fullDate(String s) {
        Matcher m = FULL_DATE.matcher(s);
        return m.find() ? Optional.ofNullable(parseFull(m)) : Optional.empty();
    }

    private static LocalDate parseFull(Matcher m) {
        try {
            if (m.group(1) != null) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            return LocalDate.of(Integer.parseInt(m.group(6)), month(m.group(5)), Integer.parseInt(m.group(4)));
        } catch (java.time.DateTimeException | NullPointerException e) {
            return null;
        }
    }

    private static Month month(String name) {
        String k = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String full = m.name().toLowerCase(Locale.ROOT);
            if (full.equals(k) || (k.length() >= 3 && full.startsWith(k))) {
                return m;
            }
        }
        return null;
    }

    /** The tense of the verb nearest before an offset in the sentence (after it when none). */
    private static Tense tense(Sentence s, int offset) {
        List<Token> tokens = s.tokens();
        int at = 0;
        while (at < tokens.size() && tokens.get(at).start() < offset) {
            at++;
        }
        for (int i = at - 1; i >= 0; i--) {
            Tense t = tenseAt(tokens, i);
            if (t != null) {
                return t;
            }
        }
        for (int i = at; i < tokens.size(); i++) {
            Tense t = tenseAt(tokens, i);
            if (t != null) {
                return t;
            }
        }
        return Tense.UNKNOWN;
    }

    private static Tense tenseAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (t.pos().equals("VB") && i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("to")) {
            return Tense.UNKNOWN; // an infinitive is neither: "not to meddle in the 2020 elections"
        }
        if (w.equals("will") || w.equals("'ll") || w.equals("’ll") || w.equals("shall")) {
            return Tense.FUTURE;
        }
        if ((w.equals("scheduled") || w.equals("due") || w.equals("expected") || w.equals("set")) && i > 0
                && tokens.get(i - 1).lemma().equals("be")) {
            return Tense.FUTURE;
        }
        if (t.pos().equals("VBD")) {
            return Tense.PAST;
        }
        if (t.pos().equals("VBN") && i > 0 && tokens.get(i - 1).lemma().equals("have")) {
            return Tense.PAST;
        }
        return null;
    }
}

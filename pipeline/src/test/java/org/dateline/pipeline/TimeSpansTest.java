package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.TimeExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deictic against anaphoric times, stretches of time, named ranges and yearless days, against the
 * publication date (Thursday 2013-03-21), on sentences we wrote.
 */
class TimeSpansTest {
    private static AnalyzedArticle news;

    @BeforeAll
    static void analyze() {
        news = AnalyzerTest.analyze("2013-03-21",
                "Talks collapsed last week.",
                "The envoy will return next week.",
                "The bank lost money last year.",
                "Elections are due next year.",
                "Growth slowed over the past year.",
                "The town has shrunk over the last decade.",
                "Gas prices rose over the past several weeks.",
                "Fans rioted over the weekend.",
                "Gunmen struck Friday night.",
                "The store opens at 9 a.m. Monday.",
                "Last Tuesday the rebels withdrew.",
                "The new rules take effect on Dec. 1.",
                "The factory shut on Nov. 3.",
                "Snow fell in mid-March.",
                "The plant will run from June to August.",
                "Prices rose between 2001 and 2005.",
                "The audit covers the years 2008 to 2011.",
                "Earnings fell in the fourth quarter.",
                "The pair met in the summer.",
                "Growth this decade will be slow.",
                "The mission will last two to three weeks.",
                "The law takes effect on New Year's Day.",
                "The deadline passed at midnight Sunday.",
                "Payments will be made on the 25th.", "Rents are due on the 27th, and the fee rose.", "The team won on the 5th hole.",
                "The quake struck at 2:15 a.m. local time Tuesday, and aid came at 6 p.m. and Wednesday brought rain.",
                "The current crisis has hurt a party that was once dominant.",
                "Senator Ruiz signs the bill on Feb. 2 in this photo.",
                "Read or share this story: https://www.example.com/story/news/2013/03/21/budget-vote/2283845001/");
    }

    private static String value(String text) {
        return time(text).value();
    }

    private static TimeExpression time(String text) {
        return news.times().stream().filter(t -> t.text().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no time '" + text + "' in " + news.times()));
    }

    @Test
    void aDateInAWebAddressIsNoTimeOfTheStory() {
        assertTrue(news.times().stream().noneMatch(t -> t.text().contains("example.com") || t.text().contains("2013/03")),
                news.times()::toString);
    }

    @Test
    void aCaptionInThePresentNamesLastMonthsDayNotOneElevenMonthsAhead() {
        assertEquals("2013-02-02", value("Feb. 2"));
    }

    @Test
    void nextAndLastWithoutTheArticleCountFromPublicationNotFromTheDateBefore() {
        assertEquals("2013-W11", value("last week"));
        assertEquals("2013-W13", value("next week"), "not the week after 'last week'");
        assertEquals("2014", value("next year"), "not the year after 'last year'");
    }

    @Test
    void thePastYearIsAStretchOfTimeEndingNow() {
        TimeExpression year = time("the past year");
        assertEquals("DURATION", year.type());
        assertEquals("P1Y", year.value());
        assertEquals("P1DE", value("the last decade"));
        assertEquals("201", value("this decade"), "a decade as TIMEX3 writes it, not 201X");
        assertEquals("PXW", value("the past several weeks"), "how long, not an interval of days");
        assertEquals("PXW", value("two to three weeks"), "a number of weeks, not an interval of days");
        assertTrue(news.times().stream().noneMatch(t -> t.value() != null && t.value().contains("/")), news.times().toString());
    }

    @Test
    void weekendsAndTimesOfDayFollowTheTenseOfTheirClause() {
        assertEquals("2013-W11-WE", value("the weekend"), "rioted over the weekend, written on a Thursday: the one gone");
        assertEquals("2013-03-15TNI", value("Friday night"), "struck: last Friday");
        assertEquals("2013-03-25T09:00", value("9 a.m. Monday"), "opens: the coming Monday");
        assertTrue(value("midnight Sunday").startsWith("2013-03-17T"), "passed: last Sunday's midnight");
        assertEquals("2013-03-19", value("Last Tuesday"), "the latest Tuesday, two days before");
        assertEquals("2013-03-19T02:15", value("2:15 a.m."), "the clock of the day named after it, across the zone");
        assertEquals("2013-03-21T18:00", value("6 p.m."), "'and' is no zone: the clock keeps its day");
    }

    @Test
    void aDayWithoutAYearLiesOnTheSideOfPublicationItsTenseSays() {
        assertEquals("2013-12-01", value("Dec. 1"), "take effect: the coming December");
        assertEquals("2012-11-03", value("Nov. 3"), "shut: last November");
        assertEquals("2014-01-01", value("New Year's Day"), "takes effect, written in March: the coming one");
        assertEquals("2013-03-25", value("the 25th"), "will be made on the 25th, written on the 21st: this month's");
        assertTrue(news.times().stream().noneMatch(t -> t.text().equals("the 5th")), "a hole, not a day");
        assertEquals("2013-03-27", value("the 27th"), "the verb of the next clause ('rose') says nothing of this one");
        assertEquals("2013-03", value("mid-March"), "a hyphenated month is still a month");
        assertEquals("2012-SU", value("summer"), "met in the summer, written in March: last summer");
    }

    @Test
    void aRangeIsItsTwoEndsAndItsJoiningWordIsNoTime() {
        assertEquals("2013-06", value("June"));
        assertEquals("2013-08", value("August"));
        assertEquals("2001", value("2001"));
        assertEquals("2005", value("2005"));
        assertEquals("2008", value("2008"));
        assertEquals("2011", value("2011"));
        List<String> texts = news.times().stream().map(TimeExpression::text).toList();
        assertTrue(texts.stream().noneMatch(t -> t.equalsIgnoreCase("and") || t.equalsIgnoreCase("from")), texts.toString());
        assertTrue(news.times().stream().allMatch(t -> t.value() == null || !t.value().startsWith("(")), news.times().toString());
    }

    @Test
    void currentAndOnceAsModifiersAreNoTimes() {
        List<String> texts = news.times().stream().map(t -> t.text().toLowerCase(java.util.Locale.ROOT)).toList();
        assertTrue(!texts.contains("current") && !texts.contains("once"), texts.toString());
    }

    @Test
    void nearNewYearTheWeekAndTheQuarterAreStillPlaced() {
        AnalyzedArticle january = AnalyzerTest.analyze("2013-01-02", "Talks collapsed last week.",
                "Revenue will rise in the first quarter.");
        java.util.Map<String, String> values = new java.util.HashMap<>();
        january.times().forEach(t -> values.put(t.text(), t.value()));
        assertEquals("2012-W52", values.get("last week"), "not the tagger's formula: " + values);
        assertEquals("2013-Q1", values.get("the first quarter"), "the quarter we are in, not next year's: " + values);
        AnalyzedArticle december = AnalyzerTest.analyze("2012-12-28", "The envoy will return next week.");
        assertEquals("2013-W01", december.times().stream().filter(t -> t.text().equals("next week")).map(TimeExpression::value)
                .findFirst().orElse(null), "the tagger tags nothing here: " + december.times());
    }

    @Test
    void aQuarterWithoutAYearIsTheLatestOneForAPastClause() {
        assertEquals("2012-Q4", value("the fourth quarter"), "fell, written in the first quarter: last year's");
    }
}

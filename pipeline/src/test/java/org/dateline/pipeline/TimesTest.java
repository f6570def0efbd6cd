package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.TimeExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Time values against the publication date (Thursday 2013-03-21), on sentences we wrote. */
class TimesTest {
    private static AnalyzedArticle news;

    @BeforeAll
    static void analyze() {
        news = AnalyzerTest.analyze("2013-03-21",
                "The trial begins Wednesday in the capital.",
                "The storm hit Sunday and flooded the valley.",
                "The ministers will meet Friday to sign the treaty.",
                "The factory closed in August after the strike.",
                "She will travel to Peru in February.",
                "Since 2010 prices have doubled.",
                "The town grew quickly in the 1990s.",
                "Two years ago the council voted no.",
                "The dam was built two decades ago and has held for decades.",
                "He led the agency from 2007 to 2012.",
                "The match was postponed until 15:00 GMT on Saturday.",
                "Work on the bridge will start next month.",
                "Officials said the army would withdraw from the valley by January.",
                "The minister will speak Thursday at the summit.",
                "Crime fell during the 1980s and 1990s.",
                "The abbey was founded a century ago and rebuilt in the 20th century.",
                "The board meets twice a year and will decide in the coming weeks.",
                "The bypass should be finished by mid-2014.",
                "Sales fell in the fourth quarter of last year and will recover in the second half of the year.",
                "The economy shrank in the final three months of 2012.",
                "The law was passed in 2004 and repealed two years later.",
                "The suspect was arrested on Nov. 2, 2011, at noon and released the next day.",
                "The vote was originally scheduled to take place on Sept. 9.");
    }

    private static String value(String text) {
        return news.times().stream().filter(t -> t.text().equalsIgnoreCase(text)).map(TimeExpression::value).findFirst()
                .orElseThrow(() -> new AssertionError("no time '" + text + "' in " + news.times()));
    }

    @Test
    void aDecadeIsADateWithOrWithoutItsArticle() {
        TimeExpression bare = news.times().stream().filter(t -> t.text().equals("1990s")).findFirst()
                .orElseThrow(() -> new AssertionError(news.times().toString()));
        assertEquals("DATE", bare.type(), "the plural is a decade, not a recurrence");
        assertEquals("199", bare.value());
    }

    @Test
    void weekdaysAndMonthsFollowTheTenseOfTheirClause() {
        assertEquals("2013-03-27", value("Wednesday"), "a schedule in the present tense looks ahead");
        assertEquals("2013-03-17", value("Sunday"), "past tense looks back");
        assertEquals("2013-03-22", value("Friday"), "will meet Friday: the coming Friday");
        assertEquals("2012-08", value("August"), "closed in August, written in March: last year's August");
        assertEquals("2014-02", value("February"), "will travel in February, written in March: next year's");
        assertEquals("2013-09-09", value("Sept. 9"), "was originally scheduled to take place: ahead, the adverb aside");
    }

    @Test
    void aModalBeforeABareVerbLooksAheadAndTheDayOfPublicationIsNamedByItsWeekday() {
        assertEquals("2014-01", value("January"), "said the army would withdraw by January, written in March: next January");
        assertEquals("2013-03-21", value("Thursday"), "will speak Thursday, written on a Thursday: today");
    }

    @Test
    void yearsDecadesAndAgoFollowTimexPractice() {
        assertEquals("2010", value("2010"));
        assertEquals("199", value("the 1990s"));
        assertEquals("2011", value("Two years ago"));
    }

    @Test
    void rangesZonesDecadesAndExtentsFollowTimexPractice() {
        assertEquals("PXDE", value("decades"));
        assertEquals("2007", value("2007"), "a range of years is two dates");
        assertEquals("2012", value("2012"));
        String clock = news.times().stream().filter(t -> t.text().contains("15:00")).map(TimeExpression::value).findFirst()
                .orElseThrow();
        assertEquals(false, clock.endsWith("+0000") || clock.endsWith("Z"), "no zone offset in the value: " + clock);
        assertEquals("2013-04", value("next month"), "the verb before the time is not part of it");
    }

    @Test
    void centuriesFrequenciesAndVagueFuturesInTimex3Practice() {
        assertEquals("1913", value("a century ago"), "a year, not a day a hundred years back");
        assertEquals("19", value("the 20th century"));
        TimeExpression twice = news.times().stream().filter(t -> t.text().equals("twice a year")).findFirst()
                .orElseThrow(() -> new AssertionError(news.times().toString()));
        assertEquals("SET", twice.type(), "how often, with its count in the extent");
        assertEquals("P1Y", twice.value());
        assertEquals("FUTURE_REF", value("the coming weeks"), "names no particular week");
        assertEquals("2014", value("mid-2014"));
    }

    @Test
    void quartersAndHalvesOfAYearAreOneTimeWithTheirYear() {
        assertEquals("2012-Q4", value("the fourth quarter of last year"));
        assertEquals("2013-H2", value("the second half of the year"));
        assertEquals("2012-Q4", value("the final three months of 2012"));
    }

    @Test
    void anaphoricTimesCountFromTheDateBeforeThemNotFromPublication() {
        assertEquals("2006", value("two years later"), "two years after 2004");
        assertEquals("2011-11-03", value("the next day"), "the day after Nov. 2, 2011");
        assertEquals("2011-11-02T12:00", value("noon"), "noon of the date written before it");
    }
}

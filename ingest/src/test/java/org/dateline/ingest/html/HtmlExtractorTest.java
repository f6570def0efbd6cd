package org.dateline.ingest.html;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Pages we wrote, with the boilerplate real news pages carry. */
class HtmlExtractorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

    static final String PAGE = """
            <!doctype html><html lang="en"><head>
            <title>Harbour reopens after storm | The Valmore Gazette</title>
            <meta property="og:site_name" content="The Valmore Gazette">
            <meta property="og:title" content="Harbour reopens after storm">
            <meta name="author" content="Ana Ruiz">
            <link rel="canonical" href="https://gazette.example/2023/06/05/harbour-reopens">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"Harbour reopens after storm","datePublished":"2023-06-05T09:30:00+02:00","dateModified":"2023-06-07T10:00:00Z"}</script>
            <style>.x{color:red}</style></head><body>
            <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
            <header><h1>Harbour reopens after storm</h1><p class="byline">By Ana Ruiz</p></header>
            <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
            <article><div class="article-body">
            <p>The harbour of Valmore reopened on Monday, three days after a storm tore two cranes from their rails and sank a pilot boat, the port authority said.</p>
            <p>Ships that had waited outside the breakwater began to enter at dawn, and the first ferry to the islands left at noon, an hour behind its usual time.</p>
            <div class="ad-slot">Advertisement</div>
            <p>"We worked through the nights to clear the channel," said harbour master Tomas Brell, who added that repairs to the cranes would take weeks.</p>
            <h2>Fishermen count losses</h2>
            <p>Fishermen said the storm destroyed nets and traps worth thousands of euros, and asked the regional government for help.</p>
            </div></article>
            <section class="related-stories"><h3>Related</h3><ul><li><a href="/a">Storm hits coast</a></li><li><a href="/b">Ferry delays</a></li></ul></section>
            <div id="comments"><p>Great news, finally! Posted by reader123 at 10:02, who thinks the harbour should have reopened sooner.</p></div>
            <div class="newsletter-signup">Sign up for our daily newsletter and never miss a story from the coast.</div>
            <footer><p>© 2023 The Valmore Gazette. All rights reserved.</p></footer>
            <script>window.dataLayer = [];</script>
            </body></html>
            """;

    @Test
    void mainTextAndMetadataWithoutBoilerplate() {
        HtmlPage p = EXTRACTOR.extract(PAGE.getBytes(StandardCharsets.UTF_8), "https://gazette.example/x", TODAY);
        assertEquals("Harbour reopens after storm", p.title());
        assertEquals(List.of(
                "The harbour of Valmore reopened on Monday, three days after a storm tore two cranes from their rails and sank a pilot boat, the port authority said.",
                "Ships that had waited outside the breakwater began to enter at dawn, and the first ferry to the islands left at noon, an hour behind its usual time.",
                "\"We worked through the nights to clear the channel,\" said harbour master Tomas Brell, who added that repairs to the cranes would take weeks.",
                "Fishermen count losses",
                "Fishermen said the storm destroyed nets and traps worth thousands of euros, and asked the regional government for help."),
                p.paragraphs());
        assertEquals(LocalDate.of(2023, 6, 5), p.published(), "datePublished, not dateModified");
        assertEquals("json-ld", p.dateSource());
        assertEquals("Ana Ruiz", p.author());
        assertEquals("The Valmore Gazette", p.site());
        assertEquals("https://gazette.example/2023/06/05/harbour-reopens", p.url());
        assertEquals("en", p.language());
    }

    @Test
    void datesFallBackFromMetaToTimeToUrl() {
        String meta = "<html><head><meta property=\"article:published_time\" content=\"2021-02-03T08:00:00Z\"></head><body><p>x</p></body></html>";
        assertEquals(LocalDate.of(2021, 2, 3), EXTRACTOR.extract(meta.getBytes(StandardCharsets.UTF_8), null, TODAY).published());
        String time = "<html><body><article><time datetime=\"2020-11-09\">9 Nov</time><p>Text of the story here.</p></article></body></html>";
        HtmlPage t = EXTRACTOR.extract(time.getBytes(StandardCharsets.UTF_8), null, TODAY);
        assertEquals(LocalDate.of(2020, 11, 9), t.published());
        assertEquals("time", t.dateSource());
        String url = "<html><body><p>No dates in here at all, only words.</p></body></html>";
        HtmlPage u = EXTRACTOR.extract(url.getBytes(StandardCharsets.UTF_8), "https://news.example/2019/05/10/story.html", TODAY);
        assertEquals(LocalDate.of(2019, 5, 10), u.published());
        assertEquals("url", u.dateSource());
        String german = "<html><body><div class=\"article-date\">Veröffentlicht am 4. März 2022</div><p>Text.</p></body></html>";
        assertEquals(LocalDate.of(2022, 3, 4), EXTRACTOR.extract(german.getBytes(StandardCharsets.UTF_8), null, TODAY).published());
        String russian = "<html><body><div class=\"news-date\">15 августа 2016, 13:43</div><p>Текст новости.</p></body></html>";
        assertEquals(LocalDate.of(2016, 8, 15), EXTRACTOR.extract(russian.getBytes(StandardCharsets.UTF_8), null, TODAY).published(),
                "a Cyrillic month name");
        String dutch = "<html><body><span class=\"date\">Gepubliceerd op 3 maart 2021</span><p>Tekst.</p></body></html>";
        assertEquals(LocalDate.of(2021, 3, 3), EXTRACTOR.extract(dutch.getBytes(StandardCharsets.UTF_8), null, TODAY).published());
    }

    private static LocalDate published(String html, String url) {
        return EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), url, TODAY).published();
    }

    @Test
    void aUtcTimestampIsTheDayThePublishersReadersSaw() {
        String late = "<html lang=\"de\"><head><meta property=\"article:published_time\" content=\"2021-11-04T23:30:00Z\"></head>"
                + "<body><p>Text.</p></body></html>";
        assertEquals(LocalDate.of(2021, 11, 5), published(late, "https://zeitung.example.de/politik/wahl"), "00:30 in Berlin");
        String midnight = late.replace("2021-11-04T23:30:00Z", "2021-11-04T00:00:00+00:00");
        assertEquals(LocalDate.of(2021, 11, 4), published(midnight, "https://zeitung.example.de/x"), "a bare date, not moved");
        String unknown = late.replace("lang=\"de\"", "");
        assertEquals(LocalDate.of(2021, 11, 4), published(unknown, "https://news.example.org/x"), "no zone known: as written");
        String us = "<html lang=\"en\"><head><script type=\"application/ld+json\">{\"datePublished\":\"2023-11-09T03:28:35Z\"}</script>"
                + "</head><body><p>Text.</p></body></html>";
        assertEquals(LocalDate.of(2023, 11, 8), published(us, "https://www.post.example.com/2023/11/08/story/"),
                "the site's own URL date wins over a timestamp a day off");
    }

    @Test
    void runningTextDatesPreferThePublicationLabelAndSkipModifications() {
        String footer = "<html><body><p>Eine Rezension.</p><p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p>"
                + "</body></html>";
        assertEquals(LocalDate.of(2023, 11, 1), published(footer, null));
        String onlyUpdated = "<html><body><p>A recipe.</p><p>By the Kitchen Updated June 13, 2019</p></body></html>";
        assertEquals(LocalDate.of(2019, 6, 13), published(onlyUpdated, null), "a modification date is better than none");
        String glued = "<html><body><h1>Crocs</h1><div><span>Tanja Muster</span><span>3.11.2023</span></div></body></html>";
        assertEquals(LocalDate.of(2023, 11, 3), published(glued, null), "a date glued to the byline's text");
        String dayFirst = "<html lang=\"de\"><body><p>Familie</p><div>17/02/2022</div><div>04/02/2022</div></body></html>";
        assertEquals(LocalDate.of(2022, 2, 17), published(dayFirst, null));
        String script = "<html><body><p>Shop.</p><script>window.state={\"title\":\"x\",\"published_at\":\"2019-03-02T06:22:28+01:00\"}"
                + "</script></body></html>";
        assertEquals(LocalDate.of(2019, 3, 2), published(script, null), "script state");
    }

    @Test
    void embeddedPostsAndTheStandfirstStayWhileHeadlineKickerAndStoryListsGo() {
        String html = """
                <html><head><meta property="og:title" content="Ferry strike enters third day"></head><body>
                <div class="page"><div class="story__summary">Ferry crews in Valmore stayed off work for a third day on Tuesday, \
                leaving islanders without a crossing to the mainland hospital.</div>
                <div class="story-body">
                <p>Transport</p><h1>Ferry strike enters third day</h1><p>June 6, 2023 | Posted by Ana Ruiz</p>
                <p>The union said talks with the ferry company had broken down late on Monday, and that crews would not return \
                until the company withdrew its plan to cut night crossings.</p>
                <div class="social-embed"><blockquote class="twitter-tweet"><p>No ferry again today. My mother's appointment \
                is cancelled for the second time.</p>— Island Resident (@islander) June 6, 2023</blockquote></div>
                <p>The company said it regretted the disruption and had asked the regional mediator to call both sides in, \
                offering to keep the night crossings for a trial period of six months.</p>
                <p>(Reporting by Ana Ruiz; Editing by Tomas Brell)</p><p>Ana Ruiz</p>
                <p>Ana Ruiz is a reporter for the Valmore Gazette.</p>
                <div class="latest"><div><a href="/a">Harbour reopens after storm</a><span>By Staff</span><span>06/05/2023</span></div>
                <div><a href="/b">Council approves new budget for the schools</a><span>By Staff</span><span>06/04/2023</span></div>
                <div><a href="/c">Fishermen count losses after the storm</a><span>By Staff</span><span>06/03/2023</span></div>
                </div></div></div></body></html>""";
        List<String> body = EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), null, TODAY).paragraphs();
        assertTrue(body.get(0).startsWith("Ferry crews in Valmore"), "standfirst first: " + body);
        assertTrue(body.get(1).startsWith("The union said"), "headline, kicker and date line gone: " + body);
        assertTrue(body.stream().anyMatch(p -> p.contains("My mother's appointment")), "embedded post kept: " + body);
        assertTrue(body.get(body.size() - 1).startsWith("The company said"), "story list, credits and author line gone: " + body);
    }

    @Test
    void aPageInWindows1252IsReadAndSaidSo() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 owners in Valmore said the "
                + "storm cost them a week of trade, and the mayor promised help.</p></body></html>";
        HtmlPage p = EXTRACTOR.extract(html.getBytes(Charset.forName("windows-1252")), null, TODAY);
        assertTrue(p.paragraphs().get(0).startsWith("Caf\u00e9 owners"), p.paragraphs().toString());
        assertEquals("encoding", p.problems().get(0).kind());
    }

    @Test
    void hostilePagesNeitherCrashNorHang() {
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
            StringBuilder deep = new StringBuilder("<html><body>");
            deep.append("<div>".repeat(200_000)).append("<p>Deep inside, a sentence with enough words to count as a paragraph here.</p>");
            deep.append("</div>".repeat(200_000)).append("</body></html>");
            HtmlPage d = EXTRACTOR.extract(deep.toString().getBytes(StandardCharsets.UTF_8), null, TODAY);
            assertFalse(d.paragraphs().isEmpty());

            String scripts = "<html><body>" + "<script>var a = '<p>not text</p>';</script>".repeat(100_000)
                    + "<p>The only real paragraph of this page, long enough to be the article body.</p></body></html>";
            HtmlPage s = EXTRACTOR.extract(scripts.getBytes(StandardCharsets.UTF_8), null, TODAY);
            assertEquals(List.of("The only real paragraph of this page, long enough to be the article body."), s.paragraphs());

            String broken = "<html><body><p>Unclosed <b>bold <i>and <p>another paragraph, which the parser repairs as it can</table></td>";
            assertFalse(EXTRACTOR.extract(broken.getBytes(StandardCharsets.UTF_8), null, TODAY).paragraphs().isEmpty());

            byte[] huge = ("<html><body>" + "<p>Filler sentence for a very large page, repeated many times over.</p>".repeat(800_000)
                    + "</body></html>").getBytes(StandardCharsets.UTF_8);
            HtmlPage h = EXTRACTOR.extract(huge, null, TODAY);
            assertTrue(huge.length > 50_000_000);
            assertEquals("truncated", h.problems().get(0).kind());
        });
    }

    private static final String STORY = """
            <p>The river ferry at Dunmore will stop running in October, the county council said on Tuesday, after a survey found the landing stages unsafe.</p>
            <p>Commuters who cross twice a day said the detour by the bridge adds forty minutes, and a petition to keep the ferry has gathered 3,000 names.</p>
            <p>The council said repairs would cost more than the service earns in ten years, but it would look for a private operator before the winter.</p>
            """;

    private static List<String> storyParagraphs() {
        return List.of(
                "The river ferry at Dunmore will stop running in October, the county council said on Tuesday, after a survey found the landing stages unsafe.",
                "Commuters who cross twice a day said the detour by the bridge adds forty minutes, and a petition to keep the ferry has gathered 3,000 names.",
                "The council said repairs would cost more than the service earns in ten years, but it would look for a private operator before the winter.");
    }

    /** The ferry story in eight paragraphs. */
    private static List<String> longStory() {
        List<String> story = new java.util.ArrayList<>(storyParagraphs());
        story.addAll(List.of(
                "A ferryman who has worked the crossing for twenty years said he had heard nothing from the council before the survey was published.",
                "The landing stages were last rebuilt in 1998, when the county took the service over from a family firm that had run it since the war.",
                "Councillors will vote on the closure at their next meeting, and the petition's organisers said they would speak before the vote.",
                "The operator of a ferry upstream, at Kellin, said it had offered to run both crossings, but had received no reply from the county.",
                "Until a decision is made, the ferry will keep its summer timetable, with the last crossing leaving the north bank at seven."));
        return story;
    }

    private static List<String> extract(String body) {
        String page = "<html><head><title>Ferry to stop</title></head><body><nav><a href=\"/\">Home</a></nav>" + body + "</body></html>";
        return EXTRACTOR.extract(page.getBytes(StandardCharsets.UTF_8), null, TODAY).paragraphs();
    }

    @Test
    void wordPressTaxonomyClassesAreNoTagsBox() {
        assertEquals(storyParagraphs(), extract("<div class=\"post type-post tag-ferries tag-dunmore category-transport\">"
                + STORY + "</div><div class=\"sidebar\"><a href=\"/a\">Other story</a></div>"));
    }

    @Test
    void storyInAContainerNamedLikeBoilerplateIsReadOnASecondPass() {
        // a story box whose id says "print" and a wrapper named for its ad slots: the first pass drops both
        assertEquals(storyParagraphs(), extract("<div class=\"js-ad-section\"><div id=\"print-1\">" + STORY + "</div></div>"));
    }

    @Test
    void storyOnlyInNoscriptIsRead() {
        assertEquals(storyParagraphs(), extract("<div id=\"app\">Loading...</div><noscript>" + STORY + "</noscript>"));
    }

    @Test
    void scriptRenderedPageFallsBackToJsonLdArticleBody() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + String.join("\\n", storyParagraphs()) + "\"}</script>";
        HtmlPage p = EXTRACTOR.extract(("<html><head>" + ld + "</head><body><div id=\"root\"></div></body></html>")
                .getBytes(StandardCharsets.UTF_8), null, TODAY);
        assertEquals(storyParagraphs(), p.paragraphs());
        assertTrue(p.problems().stream().anyMatch(x -> x.kind().equals("json-ld-body")), p.problems().toString());
    }

    @Test
    void paragraphsBoxedOneByOneMakeOneStory() {
        // as some broadcasters' pages do: every paragraph in four boxes of its own, a meta box named "article..." above
        List<String> story = longStory().subList(0, 6);
        StringBuilder body = new StringBuilder("<div class=\"page\"><div class=\"articleMeta\"><p>Updated: 4 March 2025, 14:57</p></div>");
        for (String para : story) {
            body.append("<div class=\"con\"><div class=\"mod\"><div class=\"box\"><div class=\"paragraph\"><p>")
                    .append(para).append("</p></div></div></div></div>");
        }
        assertEquals(story, extract(body.append("</div>").toString()));
    }

    @Test
    void aspNetFormAroundTheWholePageIsKept() {
        assertEquals(storyParagraphs(), extract("<form id=\"aspnetForm\" method=\"post\"><div id=\"content\">" + STORY
                + "</div></form><form class=\"search\"><input name=\"q\"> Search the site</form>"));
    }

    @Test
    void storySplitIntoSectionsFarApartIsOneStory() {
        // each section six boxes deep, two paragraphs each, a meta box named "article..." above them
        List<String> story = longStory();
        StringBuilder body = new StringBuilder("<div class=\"detail\"><div class=\"articleMeta\"><p>Updated: 4 March 2025, 14:57</p></div>");
        for (int i = 0; i < story.size(); i += 2) {
            body.append("<div class=\"con\"><div class=\"modCon\"><div class=\"mod\"><div class=\"boxCon\"><div class=\"box\">");
            for (String para : story.subList(i, i + 2)) {
                body.append("<div class=\"paragraph\"><p>").append(para).append("</p></div>");
            }
            body.append("</div></div></div></div></div>");
        }
        assertEquals(story, extract(body.append("</div>").toString()));
    }
}

package org.dateline.ingest;

import org.dateline.model.Article;
import org.dateline.model.Removal;
import org.dateline.testkit.Articles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidueCleanerTest {
    private final ResidueCleaner cleaner = new ResidueCleaner(CleanerOptions.defaults());

    private Article clean(String... lines) {
        return cleaner.clean(Articles.raw("Title", lines));
    }

    private static List<String> kinds(Article a) {
        return a.removed().stream().map(Removal::kind).toList();
    }

    @Test
    void spaces_apart_sentences_a_lost_line_break_glued_together() {
        Article a = clean("The vote failed.Many members left. \"We lost,\" she said.\"It hurts.\"Then she went home."
                + " \u201cIt is over.\u201dHe agreed. The U.S.Army and politico.com stay as they are.");
        assertEquals("The vote failed. Many members left. \"We lost,\" she said. \"It hurts.\" Then she went home."
                + " \u201cIt is over.\u201d He agreed. The U.S.Army and politico.com stay as they are.", a.text());
    }

    @Test
    void removes_ad_placeholder_glued_to_a_quote_and_keeps_the_quote() {
        Article a = clean("{mosads}\"On June 3, she will arrive,\" he said.");
        assertEquals("\"On June 3, she will arrive,\" he said.", a.text());
        assertEquals(List.of(new Removal("ad-placeholder", "{mosads}")), a.removed());
    }

    @Test
    void removes_marker_lines_and_footer_but_keeps_every_sentence() {
        Article a = clean("The council met on Monday.", "ADVERTISEMENT", "Story Continued Below",
                "Slideshow (5 Images)", "Advertisement", "It voted to close the port.", "Updated at 11:44 a.m.",
                "Copyright 2024 Northwind Media Group. All rights reserved. This material may not be published.");
        assertEquals("The council met on Monday.\n\nIt voted to close the port.", a.text());
        assertEquals(List.of("advertisement", "continued-marker", "slideshow", "advertisement", "update-stamp",
                "copyright"), kinds(a));
    }

    @Test
    void removes_widgets_prompts_credits_and_separators_but_keeps_the_story() {
        Article a = clean("The council met on Monday.", "Enlarge this image toggle caption Ann Lee/AP Ann Lee/AP",
                "(Ann Lee/Reuters)", "CLOSE", "READ MORE:", "___", "ANALYSIS/OPINION:",
                "This article is more than 2 years old", "It voted to close the port.",
                "Sign up for Daily Newsletters Manage Newsletters", "Follow Dana on Twitter.", "Email",
                "The Associated Press contributed to this report.");
        assertEquals("The council met on Monday.\n\nIt voted to close the port.", a.text());
        assertEquals(List.of("photo-caption", "photo-credit", "media-widget", "link-prompt", "separator",
                "section-label", "age-banner", "social-prompt", "social-prompt", "social-prompt",
                "contributor-credit"), kinds(a));
    }

    @Test
    void a_byline_over_the_outlet_and_the_repeated_headline_become_metadata() {
        Article a = cleaner.clean(Articles.raw("Port closes after storm", "Port Closes After Storm", "Ann Lee and Tom Ruiz",
                "HARBOR DAILY", "DOVER — The port closed on Monday after the storm, officials said."));
        assertEquals("The port closed on Monday after the storm, officials said.", a.text());
        assertEquals("Ann Lee and Tom Ruiz", a.metadata().author());
        assertEquals("HARBOR DAILY", a.metadata().source());
        assertEquals(List.of("title-repeat", "byline", "outlet", "dateline"), kinds(a));

        Article by = cleaner.clean(Articles.raw("Port closes", "By Ann Lee, for Harbor Daily", "The port closed on Monday, officials said."));
        assertEquals("Ann Lee", by.metadata().author());
        assertEquals("The port closed on Monday, officials said.", by.text());
    }

    @Test
    void names_and_headings_further_down_or_in_prose_are_no_byline() {
        String[] lines = {"Why the port matters to the region and its people, explained.", "Ann Lee", "NEWS",
            "The port closed on Monday.", "By the end of the day, the ships had left.", "(c) The authority ends in May."};
        Article a = clean(lines);
        assertEquals(String.join("\n\n", lines), a.text());
        assertEquals(null, a.metadata().author());
    }

    @Test
    void keeps_sentences_that_merely_mention_copyright_updates_or_advertising() {
        String[] prose = {
            "The copyright lawsuit was updated at noon, lawyers said.",
            "Advertisement spending rose 4 percent in 2023, the report found.",
            "Updated figures published on Monday show the deficit at 3 percent of output, the ministry said.",
            "Share prices fell.",
            "All rights reserved, he joked, was the motto of the club that barred him in 1998."
        };
        Article a = clean(prose);
        assertEquals(String.join("\n\n", prose), a.text());
        assertEquals(List.of(), a.removed());
    }

    @Test
    void strips_wire_dateline_and_keeps_the_outlet() {
        Article a = clean("OSLO (Reuters) - Norway's government said on Tuesday it would reopen the port.");
        assertEquals("Norway's government said on Tuesday it would reopen the port.", a.text());
        assertEquals("Reuters", a.metadata().source());
        assertEquals(List.of("dateline"), kinds(a));
    }

    @Test
    void strips_hover_card_junk_after_a_linked_name() {
        Article a = clean("Senator Jane Miller Jane Ellen MillerMillerTown votes on bridge Report: budget stalls"
                + " MORE said the vote would go ahead.");
        assertEquals("Senator Jane Miller said the vote would go ahead.", a.text());
        assertEquals("hover-card", a.removed().get(0).kind());
    }

    @Test
    void leaves_ordinary_repeated_names_alone() {
        String s = "Miller said Miller Street would be renamed. MORE than 40 people came.";
        assertEquals(s, clean(s).text());
    }

    @Test
    void paragraph_offsets_index_into_the_text() {
        Article a = clean("First paragraph here.", "", "  Second   one.  ");
        assertEquals("Second one.", a.text().substring(a.paragraphs().get(1).start(), a.paragraphs().get(1).end()));
    }

    @Test
    void records_empty_input_as_a_problem() {
        Article a = clean("", "ADVERTISEMENT");
        assertEquals("", a.text());
        assertEquals("empty", a.problems().get(0).kind());
    }

    @Test
    void truncates_a_huge_body_to_the_limit() {
        String para = "The committee heard evidence for many hours. ".repeat(200);
        String[] lines = new String[1200];
        java.util.Arrays.fill(lines, para);
        Article a = clean(lines);
        assertTrue(a.text().length() <= CleanerOptions.defaults().maxChars());
        assertEquals("truncated", a.problems().get(0).kind());
    }

    @Test
    void a_single_huge_paragraph_is_cut_at_a_sentence_end_not_dropped() {
        Article a = clean("The port reopened after the storm. ".repeat(10_000));
        assertTrue(a.text().length() <= CleanerOptions.defaults().maxChars());
        assertTrue(a.text().length() > CleanerOptions.defaults().maxChars() * 4 / 5);
        assertTrue(a.text().endsWith("storm."));
        assertEquals("truncated", a.problems().get(0).kind());
    }

    @Test
    void a_profile_card_after_a_linked_name_is_cut_and_the_name_kept() {
        Article a = clean("The two praised President Lane Ada Marie LaneSenators balk at long trial Mayor goes local MORE and his record, "
                        + "and Ben Ross Jr. Benjamin (Ben) RossRoss Jr's book debuts at No. 1 MORE spoke too.",
                "YouTube said MORE people watched.");
        assertEquals("The two praised President Lane and his record, and Ben Ross Jr. spoke too.", a.text().split("\n\n")[0]);
        assertTrue(a.text().contains("YouTube said MORE people watched."), "no card: nothing cut");
        assertEquals(2, a.removed().stream().filter(r -> r.kind().equals("hover-card")).count());
    }

    @Test
    void random_unicode_never_throws() {
        Random r = new Random(7);
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < r.nextInt(400); j++) {
                sb.appendCodePoint(r.nextInt(4) == 0 ? "{}()—\n MORE".charAt(r.nextInt(11)) : r.nextInt(0x2FFF));
            }
            Article a = cleaner.clean(Articles.raw(null, sb.toString()));
            assertFalse(a.text().contains("\n\n\n"));
        }
    }
}

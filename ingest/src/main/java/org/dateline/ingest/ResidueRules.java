package org.dateline.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The named patterns of scraped residue, in one place. Each rule says what it removes and why; a
 * rule must never match an ordinary article sentence, so line rules are anchored to whole short
 * lines and inline rules to shapes no prose has.
 */
final class ResidueRules {
    private ResidueRules() {
    }

    /** A rule that drops a whole paragraph when the paragraph matches entirely. */
    record LineRule(String kind, Pattern pattern) {
    }

    /**
     * A rule that cuts a piece out of a paragraph. {@code keepGroup} names a group whose text stays
     * in place of the match (0 for none).
     */
    record InlineRule(String kind, Pattern pattern, int keepGroup) {
    }

    static final List<LineRule> LINES = List.of(
            // Ad slots left as their own line by scrapers.
            new LineRule("advertisement", Pattern.compile(
                    "(?:ADVERTISEMENT|Advertisement|Advertisements?(?: - [Ss]croll to continue)?|AD|Ad)[.:]?")),
            // Politico's in-body marker before an ad.
            new LineRule("continued-marker", Pattern.compile(
                    "(?i)(?:Story|Article) continue[sd] below(?: advertisement)?\\.?")),
            // Reuters and others: gallery widgets.
            new LineRule("slideshow", Pattern.compile("(?i)Slideshow \\(\\d+ Images?\\)")),
            // "Updated at 11:44 a.m.", "Last updated: May 10, 2019 3:12 PM EDT": a stamp, not prose.
            new LineRule("update-stamp", Pattern.compile(
                    "(?i)(?:Last )?(?:Updated|Published|Posted)(?: at| on)?:?\\s+[^.!?]{0,60}?"
                            + "(?:\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?|\\d{4})(?:\\s*[A-Z]{2,4})?\\.?")),
            // Footers: "Copyright 2023 Nexstar Media Inc. All rights reserved. This material may not be ...".
            new LineRule("copyright", Pattern.compile(
                    "(?:Copyright|©)\\s*(?:©\\s*)?(?:\\d{4}|[A-Z]).{0,400}|\\([cC]\\)\\s*(?:©\\s*)?\\d{4}.{0,400}")),
            new LineRule("copyright", Pattern.compile(
                    ".{0,120}\\bAll [Rr]ights [Rr]eserved\\.(?:\\s*This material may not be .{0,160})?")),
            new LineRule("copyright", Pattern.compile(
                    "This material may not be published, broadcast, rewritten,? or redistributed\\.?")),
            // Rules drawn between sections: "___", "***", "---".
            new LineRule("separator", Pattern.compile("(?:_{2,}|\\*{3,}|-{3,}|={3,}|•{3,})")),
            // Pointers to other stories left without their link: "READ MORE:", "Related coverage", "WATCH:".
            new LineRule("link-prompt", Pattern.compile(
                    "(?i)(?:Read|See|Watch|Listen|Click) more(?: here)?[.:]?|(?:READ|WATCH|RELATED|SEE ALSO|MORE|LISTEN"
                            + "|Related(?: coverage| stories| articles| content)?|Watch|Read also|Full coverage)\\s*:?")),
            // Photo widgets: NPR's "Enlarge this image toggle caption Alex Wong/Getty Images Alex Wong/Getty
            // Images", "hide caption", a credit alone in brackets "(Pixabay)"; a player's "CLOSE", "Loading...".
            new LineRule("photo-caption", Pattern.compile(
                    "(?:Enlarge this image\\s*)?(?:toggle|hide) caption\\b.{0,400}|Enlarge this image\\b.{0,300}")),
            new LineRule("photo-credit", Pattern.compile(
                    "\\((?:[^()]{0,60}[ /])?(?:Photo|Photos|Image|Images|Pixabay|AP|Reuters|AFP|Getty Images|Shutterstock"
                            + "|File|Screenshot|Handout|Courtesy[^()]{0,40})\\)")),
            new LineRule("media-widget", Pattern.compile(
                    "(?i:Photo|Photos|Image|Video|Close|Loading\\.{0,3}|Play video|Replay|Expand|Gallery|Caption)\\s*:?")),
            // Section labels in capitals with a colon ("ANALYSIS/OPINION:", "NEWS ANALYSIS:").
            new LineRule("section-label", Pattern.compile("\\p{Lu}[\\p{Lu}/&' -]{2,30}:")),
            // The Guardian's banner on archived pieces.
            new LineRule("age-banner", Pattern.compile("This article is more than (?:\\d+|one|two|three|four|five|six) "
                    + "(?:years?|months?) old\\.?")),
            // Credits to other newsrooms: "The Associated Press contributed to this report.", "Contributing: The Associated Press".
            new LineRule("contributor-credit", Pattern.compile(
                    "(?:[\\p{Lu}][\\p{L}.&'’ ,-]{1,120} contributed (?:reporting |to this (?:report|story|article))"
                            + "[^.]{0,80}\\.?|Contributing:? [\\p{Lu}][^.]{0,120}\\.?)")),
            // Subscription and newsletter prompts, house promotions and letters-page addresses.
            new LineRule("subscription-prompt", Pattern.compile(
                    "(?:Get [^.]{0,60} )?Subscribe (?:now|today|to (?:the|our) [^.]{0,60}newsletters?)[^.]{0,80}[.!]?"
                            + "|Thank you for signing up\\..{0,120}|Visit [^.]{1,60} for more (?:stories|news)\\.?"
                            + "|Send letters to:? \\S+@\\S+")),
            // Share and follow prompts kept as paragraphs.
            new LineRule("social-prompt", Pattern.compile(
                    "(?i)(?:Share|Share this(?: article| story)?(?: (?:Share|Tweet|Post|Email|Pin|Print))*|Follow us on [A-Za-z ,]+"
                            + "|Follow [\\p{L}.' ]{1,40} on (?:Twitter|Facebook|Instagram)[^.]{0,40}"
                            + "|Click here to [^.]{0,60}|Sign up for [^.]{0,80}"
                            + "|Email|E-mail|Print|WhatsApp|Facebook|Twitter|YouTube|LinkedIn|Pinterest|Reddit|Messenger|Comments?)[.:!]?")));

    static final List<InlineRule> INLINE = List.of(
            // CMS placeholders such as {mosads} or {loadposition ad_1}.
            new InlineRule("ad-placeholder", Pattern.compile("\\{(?:mos|load)[a-z_]*(?:\\s[^{}\\n]{0,40})?}"), 0),
            // The Hill's hover cards: "Trump Donald John TrumpTop US diplomat ... MORE said" keeps
            // "Trump said". A name (with its "Jr."), then the full name ending in the same word glued
            // to headlines, closed by the upper-case word MORE.
            new InlineRule("hover-card", Pattern.compile(
                    "\\b((\\p{Lu}[\\p{L}'’.-]+)(?:\\s+(?:Jr\\.?|Sr\\.?|II|III|IV))?)\\s+(?:[\\p{Lu}(][\\p{L}'’.()-]*\\s+){1,5}\\2(?=[\\p{Lu}\\d'‘\"“])"
                            + ".{1,900}?\\s?MORE\\b"), 1),
            // Wire datelines: "WASHINGTON (Reuters) - ", "NEW YORK (AP) — ", "(CNN)".
            new InlineRule("dateline", Pattern.compile(
                    "^(?:\\p{Lu}[\\p{L}.'’-]*(?:[ ,/]+\\p{Lu}[\\p{L}.'’-]*){0,4},?\\s*)?\\((Reuters|AP|AFP|CNN|UPI|Bloomberg|"
                            + "Associated Press|The Associated Press|dpa|ANI|IANS|PTI|Xinhua|TASS|"
                            + "CNN Business|CBS News|NBC News|ABC News)\\)\\s*(?:[-–—]+\\s*)?"), 0),
            // An upper-case place dateline without an outlet: "NEW YORK — ".
            new InlineRule("dateline", Pattern.compile("^\\p{Lu}[\\p{Lu} .,'’-]{2,40}\\s+[-–—]{1,2}\\s+(?=\\p{Lu})"), 0));

    /** The outlet inside a wire dateline, group 1 of the first dateline rule. */
    static final Pattern DATELINE_OUTLET = INLINE.get(2).pattern();
}

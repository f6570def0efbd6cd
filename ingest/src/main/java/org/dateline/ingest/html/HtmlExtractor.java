package org.dateline.ingest.html;

import org.dateline.model.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Main-content extraction from a news page, in the manner of Readability: boilerplate containers
 * (navigation, share bars, related links, comments, cookie and newsletter prompts, ads) are
 * dropped, every paragraph scores its parent and grandparent by its length and commas, the best
 * container wins, weighed down by its share of link text, and its siblings join it when they
 * score near it. The text comes out one paragraph per block. Metadata comes from JSON-LD, meta
 * tags and the markup. Iterative traversals only, so deep nesting cannot overflow the stack.
 * Thread-safe.
 */
public final class HtmlExtractor {
    /** Pages are cut to this many characters before parsing; a 50 MB page is not a news article. */
    static final int MAX_CHARS = 8_000_000;
    private static final Pattern NEGATIVE = Pattern.compile("(?i)(^|[-_ ])(nav|navbar|menu|footer|header|masthead|sidebar|"
            + "aside|comment|comments|share|sharing|social|related|recommend|recommended|promo|newsletter|subscribe|"
            + "subscription|signup|cookie|consent|advert|advertisement|ads?|sponsor|sponsored|outbrain|taboola|popup|modal|"
            + "paywall|breadcrumbs?|tags?|widget|banner|byline|author-bio|more-stories|read-more|trending|most-popular|"
            + "toolbar|print|skip|hidden|caption|credit|disclaimer)($|[-_ ])");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|main|page|post|story|text|blog");
    private static final Pattern STRONG_NEGATIVE = Pattern.compile("(?i)comment|share|social|newsletter|subscribe|cookie|"
            + "consent|outbrain|taboola|related|recommend|promo|advert|sponsor|paywall|popup|modal|most-popular|trending|caption");
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "svg", "iframe", "form", "button",
            "input", "select", "textarea", "nav", "aside", "footer", "figcaption", "object", "embed", "canvas", "video",
            "audio", "map", "dialog", "menu");
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt",
            "td", "th", "figure", "div", "section", "article", "main", "ul", "ol", "table", "header", "address", "h1", "tr");
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "td");
    private static final Pattern LEAD = Pattern.compile("(?i)(^|[-_ ])(summary|standfirst|lead|lede|intro|deck|dek|abstract|"
            + "subheadline|sub-headline)($|[-_ ])");
    private static final Pattern BYLINE = Pattern.compile("(?i)^(by|posted by|written by|von|par|por|publicado por|"
            + "publié par|pubblicato da|door)\\b|\\b(posted by|publicado por|publié par|written by)\\b");
    private static final Pattern TAIL = Pattern.compile("(?i)^\\(?(reporting|writing|editing|additional reporting|compiled|"
            + "produced) by\\b|^our standards:|^follow (us|the|our)\\b.*\\b(facebook|twitter|instagram)|\\bnewsletters?\\b.*\\b(inbox|sign up|subscribe)|"
            + "\\b(inbox|sign up|subscribe)\\b.*\\bnewsletters?\\b|^let our news meet your inbox|^note: we are .*moderating|"
            + "^(related news|close|more from|recommended)$");
    /** "Phil Helsel is a reporter for NBC News.": the author's line after the story. */
    private static final Pattern BIO = Pattern.compile("^[\\p{Lu}][\\p{L}.'’-]+( [\\p{Lu}][\\p{L}.'’-]+){0,3}( \\([^)]*\\))? is (a|an|the)"
            + " ([\\p{L}-]+ ){0,4}(reporter|correspondent|writer|editor|contributor|columnist|producer|journalist|"
            + "curator|publisher|author|freelancer)\\b");
    private static final Set<String> LIST_CONTAINERS = Set.of("div", "section", "ul", "ol", "table", "dl");
    private static final Pattern BOILER_LINE = Pattern.compile("(?i)^(advertisement|advertising|sponsored|read more|read next|"
            + "related:?|see also:?|share this( article)?|follow us.*|sign up.*|subscribe.*|click here.*|image:?|photo:?|"
            + "video:?|listen to this article.*|story continues below.*|continue reading.*|advert|tags:?|comments?|"
            + "share this (on|with) \\w+|like this story\\? share it.*|this slideshow requires javascript\\.?|"
            + "tell us what you think.*|\\[(\\w+)[^\\]]*\\].*\\[/\\2\\]|you may also like.*|filed under:.*|"
            + "(reading time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura)\\b.*|\\d+ min(ute)?s? read|"
            + "anzeige|werbung|publicité|publicidad|pubblicità|publicidade|iklan|реклама|advertentie)$");
    private static final Pattern TAXONOMY = Pattern.compile("(?i)(^|\\s)(tag|category|format|status|type|post|postid)-\\S+");
    /** A photo credit on a line of its own ("Name/Agency/Getty Images", "© Reuters", "Photo: ..."). */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)^(©|\\(c\\)|photo:|foto:|фото:|image:|bild:|crédit)"
            + "|(getty images|shutterstock|istock(photo)?|afp|reuters|ap photo|epa|dpa|picture alliance|bloomberg)\\W*$");

    /** Extracts a page fetched from {@code url} (may be null); {@code today} bounds plausible dates. */
    public HtmlPage extract(byte[] bytes, String url, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        Charsets.Decoded decoded = Charsets.decode(bytes);
        if (decoded.fallback() != null) {
            problems.add(new Problem("encoding", "page is not UTF-8; read as " + decoded.fallback()));
        }
        String html = decoded.text();
        if (html.length() > MAX_CHARS) {
            html = html.substring(0, MAX_CHARS);
            problems.add(new Problem("truncated", "page over " + MAX_CHARS + " characters; the rest was not read"));
        }
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        String canonical = attr(doc, "link[rel=canonical][href]", "abs:href");
        if (canonical == null) {
            canonical = attr(doc, "meta[property=og:url][content]", "content");
        }
        DateFinder.Found date = DateFinder.find(doc, url, today.plusDays(1));
        String title = title(doc);
        String site = attr(doc, "meta[property=og:site_name][content]", "content");
        String author = author(doc);
        String language = attr(doc, "html[lang]", "lang");
        List<String> paragraphs = paragraphs(doc, title, Pass.STRICT);
        if (length(paragraphs) < RETRY_BELOW) {
            paragraphs = reread(html, url, title, paragraphs, problems);
        }
        return new HtmlPage(title, paragraphs, date == null ? null : date.date(), date == null ? null : date.source(), author,
                site, canonical != null ? canonical : url, language, problems);
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        if (e == null) {
            return null;
        }
        String v = e.attr(attr).strip();
        return v.isEmpty() ? null : v;
    }

    private static String title(Document doc) {
        String og = attr(doc, "meta[property=og:title][content]", "content");
        if (og != null) {
            return og;
        }
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String t = doc.title();
        // "Headline | Site" and "Headline - Site": keep the longer side.
        String[] parts = t.split("\\s+[|\\-–—:]\\s+");
        String best = t;
        if (parts.length > 1) {
            best = parts[0];
            for (String p : parts) {
                if (p.length() > best.length()) {
                    best = p;
                }
            }
        }
        return best.strip();
    }

    private static String author(Document doc) {
        String a = attr(doc, "meta[name=author][content]", "content");
        if (a == null) {
            a = attr(doc, "meta[property=article:author][content]", "content");
            if (a != null && a.startsWith("http")) {
                a = null;
            }
        }
        if (a == null) {
            Element e = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline, .author");
            if (e != null && !e.text().isBlank() && e.text().length() < 120) {
                a = e.text().strip().replaceFirst("(?i)^by\\s+", "");
            }
        }
        return a;
    }

    /** How much is dropped before scoring: boilerplate-named containers too, or only what never holds text (and noscript or not). */
    private enum Pass { STRICT, LENIENT, NOSCRIPT }

    /** A body shorter than this many characters is read again by the next {@link Pass}. */
    private static final int RETRY_BELOW = 500;

    /**
     * A body too short to be a story, read again as Readability retries: with fewer rules (a story
     * in a container named like boilerplate, "print-1", "js-ad-section", or only in {@code <noscript>}),
     * then from the JSON-LD articleBody a page rendered by script may still declare. Each reading needs
     * a fresh parse, since a reading removes what its rules drop.
     */
    private List<String> reread(String html, String url, String title, List<String> paragraphs, List<Problem> problems) {
        String declaredBody = null;
        for (Pass pass : List.of(Pass.LENIENT, Pass.NOSCRIPT)) {
            if (length(paragraphs) >= RETRY_BELOW) {
                return paragraphs;
            }
            Document fresh = Jsoup.parse(html, url == null ? "" : url);
            if (declaredBody == null) {
                declaredBody = DateFinder.jsonLdText(fresh, "articleBody"); // read before the pass drops scripts
            }
            List<String> again = paragraphs(fresh, title, pass);
            if (length(again) > length(paragraphs) + 100) {
                paragraphs = again;
            }
        }
        if (length(paragraphs) < RETRY_BELOW && declaredBody != null && declaredBody.length() > length(paragraphs) + 100) {
            List<String> declared = declared(declaredBody);
            if (length(declared) > length(paragraphs) + 100) {
                problems.add(new Problem("json-ld-body", "body taken from the page's JSON-LD articleBody"));
                return declared;
            }
        }
        return paragraphs;
    }

    /** JSON-LD's articleBody as paragraphs: its line breaks, or its markup's blocks when it holds HTML. */
    private static List<String> declared(String body) {
        List<String> out = new ArrayList<>();
        if (body.contains("</p>") || body.contains("<br")) {
            collect(Jsoup.parseBodyFragment(body).body(), out);
            return out;
        }
        for (String line : org.jsoup.parser.Parser.unescapeEntities(body, false).split("\\n")) {
            String p = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    private List<String> paragraphs(Document doc, String title, Pass pass) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        clean(body, pass);
        Element itemBody = body.selectFirst("[itemprop=articleBody]");
        List<Element> parts = new ArrayList<>();
        if (itemBody != null && itemBody.text().length() >= 500) {
            parts.add(itemBody);
        } else {
            Scored scored = best(body);
            if (scored.best().parent() == null || scored.best() == body) {
                parts.add(scored.best());
            } else {
                parts = withSiblings(scored);
            }
        }
        List<String> out = new ArrayList<>();
        for (Element part : parts) {
            List<String> texts = new ArrayList<>();
            collect(part, texts);
            trimHead(texts, title);
            out.addAll(texts);
        }
        trimTail(out);
        return out;
    }

    /**
     * The headline and what is printed around it at the top of each container (kicker, section, date,
     * "Posted by" line) are not body text: a copy of the title among the first paragraphs goes with
     * the short lines before it, then leading date and byline lines go.
     */
    private static void trimHead(List<String> out, String title) {
        if (title != null) {
            String t = normalize(title);
            for (int i = 0; i < Math.min(6, out.size()); i++) {
                if (normalize(out.get(i)).equals(t)) {
                    boolean shortBefore = out.subList(0, i).stream().allMatch(p -> p.length() < 80);
                    out.subList(shortBefore ? 0 : i, i + 1).clear();
                    break;
                }
            }
        }
        while (!out.isEmpty() && metaLine(out.get(0))) {
            out.remove(0);
        }
    }

    /**
     * What pages print after the story: wire credits ("Reporting by ...; Editing by ..."), the
     * author's one-line biography, newsletter and follow prompts, comment-moderation notes.
     */
    private static void trimTail(List<String> out) {
        while (out.size() > 1) {
            String last = out.get(out.size() - 1);
            boolean bio = last.length() < 250 && BIO.matcher(last).find();
            if (!bio && !(last.length() < 300 && TAIL.matcher(last).find())) {
                break;
            }
            out.remove(out.size() - 1);
            // the author's name printed alone above the biography
            if (bio && out.size() > 1 && out.get(out.size() - 1).split("\\s+").length <= 4
                    && last.startsWith(out.get(out.size() - 1))) {
                out.remove(out.size() - 1);
            }
        }
    }

    /** A short line that is a date, a byline or both ("September 10, 2018 |", "Posted by Vortex", "05/10/2018 - Publicado por: ..."). */
    private static boolean metaLine(String p) {
        if (p.length() > 160 || p.matches(".*[.!?\"”]$") || p.split("\\s+").length > 20) {
            return false;
        }
        return BYLINE.matcher(p).find() || DateFinder.parse(p, LocalDate.of(2100, 1, 1)) != null
                && p.replaceAll("[\\p{L}]+", "x").replaceAll("\\s+", " ").length() < 60;
    }

    /** Drops elements that never hold the article, and boilerplate containers named so. */
    private static void clean(Element body, Pass pass) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (pass == Pass.NOSCRIPT && tag.equals("noscript")) {
                continue;
            }
            if (tag.equals("form") && prose(e)) {
                continue; // ASP.NET pages wrap the whole body in one form
            }
            if (DROP.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                    || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
                drop.add(e);
                continue;
            }
            // WordPress labels a post with its taxonomy ("tag-nycha category-housing"): no tags box
            String marker = TAXONOMY.matcher(e.className()).replaceAll(" ") + " " + e.id() + " " + e.attr("role");
            if (pass != Pass.STRICT || tag.equals("article") || tag.equals("main") || marker.isBlank()) {
                continue;
            }
            boolean strong = STRONG_NEGATIVE.matcher(marker).find();
            if ((strong || NEGATIVE.matcher(marker).find()) && (strong || !POSITIVE.matcher(marker).find())
                    && !e.is("p") && e.select("p").size() < 8 && !embeddedPost(e)) {
                drop.add(e);
            }
        }
        for (Element e : drop) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    /** An element holding paragraphs of prose (300 characters or more in {@code <p>}). */
    private static boolean prose(Element e) {
        int chars = 0;
        for (Element p : e.select("p")) {
            chars += p.text().length();
            if (chars >= 300) {
                return true;
            }
        }
        return false;
    }

    /**
     * A social-media embed wrapper whose text is the embedded post ({@code blockquote.twitter-tweet}):
     * the post is part of the story (usually someone's words), unlike a share bar.
     */
    private static boolean embeddedPost(Element e) {
        Element post = e.selectFirst("blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, "
                + "blockquote.reddit-embed-bq, blockquote.bluesky-embed, blockquote.mastodon-embed");
        return post != null && post.text().length() >= 0.8 * e.text().length();
    }

    /** The winning container and every container's score. */
    private record Scored(Element best, Map<Element, Double> scores) {
    }

    private static final int ANCESTOR_LEVELS = 5;

    /** The container with the best Readability score. */
    private static Scored best(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, td, blockquote")) {
            String text = p.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + text.split("[,，、]").length - 1 + Math.min(3, text.length() / 100);
            // as Readability.js: the parent takes the whole score, the grandparent half, and three more
            // ancestors a share falling with distance (pages that wrap each paragraph in boxes of its own)
            Element a = p.parent();
            for (int level = 0; level < ANCESTOR_LEVELS && a != null && a != body.parent(); level++, a = a.parent()) {
                double share = level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                scores.merge(a, share + base(a, scores), Double::sum);
            }
        }
        scores.replaceAll((k, v) -> v * (1 - linkDensity(k)));
        Element best = body;
        double bestScore = 0;
        for (var e : scores.entrySet()) {
            // a box with one date line cannot be the story, however well its class name scores
            if (e.getValue() > bestScore && e.getKey().text().length() >= MIN_STORY_CHARS) {
                bestScore = e.getValue();
                best = e.getKey();
            }
        }
        return new Scored(sharedAncestor(best, bestScore, scores, body), scores);
    }

    private static final int MIN_STORY_CHARS = 140;

    private static boolean within(Element e, Element ancestor) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Readability.js's alternative candidates: when three of the five best containers that score
     * within a quarter of the winner sit under one ancestor, the story is that ancestor (a story
     * split into boxes, each winning a little).
     */
    private static Element sharedAncestor(Element best, double bestScore, Map<Element, Double> scores, Element body) {
        if (best == body) {
            return best;
        }
        List<Element> close = scores.entrySet().stream()
                .filter(e -> e.getKey() != best && e.getValue() >= 0.75 * bestScore && e.getKey().text().length() >= MIN_STORY_CHARS)
                .sorted((x, y) -> Double.compare(y.getValue(), x.getValue()))
                .limit(4).map(Map.Entry::getKey).toList();
        if (close.size() < 3) {
            return best;
        }
        for (Element a = best.parent(); a != null && a != body; a = a.parent()) {
            int holding = 0;
            for (Element c : close) {
                holding += within(c, a) ? 1 : 0;
            }
            if (holding >= 3) {
                return a;
            }
        }
        return best;
    }

    /** A container's score before its paragraphs count: its kind and the words in its class and id (once). */
    private static double base(Element e, Map<Element, Double> scores) {
        if (scores.containsKey(e)) {
            return 0;
        }
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article")) {
            s += 10;
        }
        String marker = e.className() + " " + e.id();
        if (POSITIVE.matcher(marker).find()) {
            s += 25;
        }
        if (NEGATIVE.matcher(marker).find()) {
            s -= 25;
        }
        return s;
    }

    /** The winner and those of its siblings that score near it or read as prose. */
    private static List<Element> withSiblings(Scored scored) {
        Element top = scored.best();
        Map<Element, Double> scores = scored.scores();
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sib : top.parent().children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double s = scores.getOrDefault(sib, 0.0);
            if (sib.className().equals(top.className()) && !top.className().isEmpty()) {
                s += topScore * 0.2;
            }
            if (s >= threshold) {
                out.add(sib);
            } else if (LEAD.matcher(sib.className() + " " + sib.id()).find() && sib.text().length() > 80 && linkDensity(sib) < 0.25) {
                out.add(sib); // the standfirst beside the body
            } else if (sib.is("p")) {
                String text = sib.text();
                double ld = linkDensity(sib);
                if ((text.length() > 80 && ld < 0.25) || (text.length() > 0 && text.length() <= 80 && ld == 0
                        && text.matches(".*[.!?]\"?$"))) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, links / (double) total);
    }

    /**
     * Paragraph texts of a container, one per block, in document order; headings kept, link lists
     * (a list of headlines with bylines and times inside the chosen container) and stock lines left out.
     */
    private static void collect(Element root, List<String> out) {
        StringBuilder current = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        current.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        flush(current, out);
                        if (e != root && linkList(e)) {
                            return FilterResult.SKIP_ENTIRELY;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    if (TEXT_BLOCKS.contains(e.normalName()) && linkDensity(e) > 0.5 && e.text().length() < 200) {
                        current.setLength(0);
                    }
                    flush(current, out);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(current, out);
    }

    /** A container of several blocks that is mostly link text: a list of other stories, not prose. */
    private static boolean linkList(Element e) {
        if (!LIST_CONTAINERS.contains(e.normalName()) || e.children().size() < 3) {
            return false;
        }
        if (linkDensity(e) <= 0.5) {
            return false;
        }
        for (Element d : e.getAllElements()) {
            if (d.normalName().equals("a")) {
                continue;
            }
            for (TextNode t : d.textNodes()) {
                if (t.text().strip().length() > 120 && d.closest("a") == null) {
                    return false; // a run of prose sits in it
                }
            }
        }
        return true;
    }

    private static void flush(StringBuilder current, List<String> out) {
        for (String line : current.toString().split("\n")) {
            String p = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!p.isEmpty() && !BOILER_LINE.matcher(p).matches() && !(p.length() < 80 && CREDIT_LINE.matcher(p).find()
                    && !p.matches(".*[.!?\"”]$"))) {
                out.add(p);
            }
        }
        current.setLength(0);
    }

    private static String normalize(String s) {
        return s.replaceAll("\\W+", " ").strip().toLowerCase(Locale.ROOT);
    }
}

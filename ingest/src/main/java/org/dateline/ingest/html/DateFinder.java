package org.dateline.ingest.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's original publication date, by a cascade of sources from the most to the least
 * reliable: JSON-LD {@code datePublished}, publication-date meta tags, a {@code <time>} marked as
 * the publication time, a date in the URL, then a date written near the byline. Modification
 * dates are never taken for publication dates. Thread-safe.
 */
final class DateFinder {
    /** A date and where it was found. */
    record Found(LocalDate date, String source) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();
    private static final List<String> META = List.of("article:published_time", "og:published_time",
            "og:article:published_time", "datepublished", "article.published", "published_time", "published-date",
            "publish-date", "publish_date", "publishdate", "pubdate", "pub_date", "date_published", "sailthru.date",
            "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date",
            "dcterms.date", "citation_publication_date", "citation_date", "article_date_original", "original-publish-date",
            "cxenseparse:recs:publishtime", "rnews:datepublished", "release_date", "displaydate", "date", "live_date",
            "dc.date.available");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|[-_.]|$)"
            + "|[/_-]((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])[/_.-]");
    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d\\d)-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASH_YMD = Pattern.compile("\\b((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d\\d)\\b");
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH_WORD = "([A-Za-zÀ-ÿ]{3,10})\\.?";
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?" + MONTH_WORD
            + "\\s+(?:de\\s+)?((?:19|20)\\d\\d)\\b");
    private static final Pattern DATE_CLASS = Pattern.compile("(?i)date|time|byline|publish|posted|meta|dateline|timestamp|datum");

    private DateFinder() {
    }

    static Found find(Document doc, String url, LocalDate latest) {
        Found f = jsonLd(doc, latest);
        if (f == null) {
            f = meta(doc, latest);
        }
        if (f == null) {
            f = time(doc, latest);
        }
        if (f == null && url != null) {
            f = fromUrl(url, latest, "url");
        }
        if (f == null) {
            Element canonical = doc.selectFirst("link[rel=canonical][href]");
            if (canonical != null) {
                f = fromUrl(canonical.attr("href"), latest, "url");
            }
        }
        if (f == null) {
            f = text(doc, latest);
        }
        if (f == null) {
            f = top(doc, latest);
        }
        return f;
    }

    /** Last resort: the first full date in the first 3,000 characters of the page's visible text (bylines, datelines). */
    private static Found top(Document doc, LocalDate latest) {
        if (doc.body() == null) {
            return null;
        }
        String text = doc.body().text();
        LocalDate d = parse(text.substring(0, Math.min(3000, text.length())), latest);
        return d == null ? null : new Found(d, "text");
    }

    private static Found jsonLd(Document doc, LocalDate latest) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data().strip());
                String v = find(root, "datePublished", 0);
                if (v == null) {
                    v = find(root, "dateCreated", 0);
                }
                LocalDate d = v == null ? null : parse(v, latest);
                if (d != null) {
                    return new Found(d, "json-ld");
                }
            } catch (Exception e) {
                // broken JSON-LD is common; the next source decides
            }
        }
        return null;
    }

    private static String find(JsonNode n, String key, int depth) {
        if (n == null || depth > 12) {
            return null;
        }
        if (n.isObject()) {
            JsonNode v = n.get(key);
            if (v != null && v.isTextual()) {
                return v.asText();
            }
            for (JsonNode child : n) {
                String found = find(child, key, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        } else if (n.isArray()) {
            for (JsonNode child : n) {
                String found = find(child, key, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Found meta(Document doc, LocalDate latest) {
        for (String name : META) {
            for (Element m : doc.select("meta[content]")) {
                String key = (m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop"))
                        .toLowerCase(Locale.ROOT);
                if (key.equals(name)) {
                    LocalDate d = parse(m.attr("content"), latest);
                    if (d != null) {
                        return new Found(d, "meta:" + name);
                    }
                }
            }
        }
        return null;
    }

    private static Found time(Document doc, LocalDate latest) {
        for (String sel : List.of("[itemprop=datePublished][datetime]", "[itemprop=datePublished][content]", "time[pubdate][datetime]",
                "time[class*=publish][datetime]", "article time[datetime]", "header time[datetime]", "time[datetime]")) {
            for (Element t : doc.select(sel)) {
                String v = t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content");
                if (t.className().toLowerCase(Locale.ROOT).contains("updat") || t.className().toLowerCase(Locale.ROOT).contains("modif")) {
                    continue;
                }
                LocalDate d = parse(v, latest);
                if (d != null) {
                    return new Found(d, "time");
                }
            }
        }
        return null;
    }

    private static Found fromUrl(String url, LocalDate latest, String source) {
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            try {
                LocalDate d = m.group(1) != null
                        ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                        : LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
                return plausible(d, latest) ? new Found(d, source) : null;
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** A date written in an element whose class or id says it holds dates or the byline, else near the top of the text. */
    private static Found text(Document doc, LocalDate latest) {
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().select("*")) {
            String marker = e.className() + " " + e.id();
            if (!DATE_CLASS.matcher(marker).find() || marker.toLowerCase(Locale.ROOT).contains("updat")) {
                continue;
            }
            String own = e.text();
            if (own.length() > 200) {
                continue;
            }
            LocalDate d = parse(own, latest);
            if (d != null) {
                return new Found(d, "text");
            }
        }
        return null;
    }

    /** The first day written in {@code s} (ISO, y/m/d, d.m.y, month-name forms in several languages), or null. */
    static LocalDate parse(String s, LocalDate latest) {
        if (s == null || s.isBlank()) {
            return null;
        }
        LocalDate best = null;
        int at = Integer.MAX_VALUE;
        for (Pattern p : List.of(ISO, SLASH_YMD, DOTTED, MDY, DMY)) {
            Matcher m = p.matcher(s);
            if (m.find() && m.start() < at) {
                LocalDate d = toDate(p, m);
                if (d != null && plausible(d, latest)) {
                    best = d;
                    at = m.start();
                }
            }
        }
        return best;
    }

    private static LocalDate toDate(Pattern p, Matcher m) {
        try {
            if (p == ISO || p == SLASH_YMD) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (p == DOTTED) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if (p == MDY) {
                Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
                return month == null ? null : LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
            }
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            return month == null ? null : LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean plausible(LocalDate d, LocalDate latest) {
        return d.getYear() >= 1995 && !d.isAfter(latest);
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[][] names = {
                {"january", "jan", "januar", "janvier", "enero", "gennaio", "janeiro", "jänner"},
                {"february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro"},
                {"march", "mar", "märz", "maerz", "mars", "marzo", "março"},
                {"april", "apr", "avril", "abril", "aprile"},
                {"may", "mai", "mayo", "maggio", "maio"},
                {"june", "jun", "juni", "juin", "junio", "giugno", "junho"},
                {"july", "jul", "juli", "juillet", "julio", "luglio", "julho"},
                {"august", "aug", "août", "aout", "agosto"},
                {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"},
                {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro"},
                {"november", "nov", "novembre", "noviembre", "novembro"},
                {"december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dicembre", "dezembro"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return m;
    }
}

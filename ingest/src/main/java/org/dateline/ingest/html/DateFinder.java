package org.dateline.ingest.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's original publication date, by a cascade of sources from the most to the least
 * reliable: JSON-LD {@code datePublished}, publication-date meta tags, a {@code <time>} marked as
 * the publication time, a date in the URL, then a date written near the byline, in the page's
 * script state, anywhere in the text or in attributes. Modification dates are never taken for
 * publication dates; a UTC timestamp is read in the publisher's zone ({@link PublisherZone}), and a
 * timestamp one day off the date in the site's own URL yields to the URL. Thread-safe.
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
    /** 17/02/2022 (day first) or 02/17/2022 (month first: American pages, or when the second number cannot be a month). */
    private static final Pattern SLASH_DMY = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)(?![\\d/])");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d\\d)\\b");
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH_WORD = "(\\p{L}{3,11})\\.?";
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?" + MONTH_WORD
            + "\\s+(?:de\\s+)?((?:19|20)\\d\\d)\\b");
    private static final Pattern UTC_TIME = Pattern.compile("[T ](\\d{1,2}):(\\d{2})(?::\\d{1,2}(?:[.,]\\d+)?)?\\s*(?:Z|[+-]00:?00)(?!\\d)");
    private static final Pattern SCRIPT_KEY = Pattern.compile("[\"'](?:datePublished|published_?[aA]t|published_?[dD]ate|publish_?[dD]ate|"
            + "published_?[tT]ime|first_?[pP]ublished(?:_?[aA]t|_?[dD]ate)?|pub_?[dD]ate|created_?[aA]t|dateCreated)[\"']\\s*:\\s*[\"']([^\"']{8,40})[\"']");
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?i)\\b(?:published|posted|veröffentlicht|erschienen|publiziert|"
            + "publié|publiée|publicado|publicada|pubblicato|gepubliceerd|opublikowano|pressemitteilung vom|date of publication|"
            + "publication date|erscheinungsdatum)\\b");
    private static final Pattern MODIFIED_LABEL = Pattern.compile("(?i)updated|update:|modified|änderung|aktualisiert|geändert|"
            + "mis à jour|actualizado|aggiornato|bijgewerkt|last edited|stand:");
    private static final Pattern DATE_CLASS = Pattern.compile("(?i)date|time|byline|publish|posted|meta|dateline|timestamp|datum");

    private DateFinder() {
    }

    static Found find(Document doc, String url, LocalDate latest) {
        ZoneId zone = PublisherZone.of(url, doc);
        Found fromUrl = url == null ? null : fromUrl(url, latest, "url");
        if (fromUrl == null) {
            Element canonical = doc.selectFirst("link[rel=canonical][href]");
            fromUrl = canonical == null ? null : fromUrl(canonical.attr("href"), latest, "url");
        }
        Found f = jsonLd(doc, latest, zone);
        if (f == null) {
            f = meta(doc, latest, zone);
        }
        if (f == null) {
            f = time(doc, latest, zone);
        }
        if (f != null && fromUrl != null && Math.abs(ChronoUnit.DAYS.between(f.date(), fromUrl.date())) == 1) {
            // a timestamp a day off the date in the site's own URL was written in another time zone
            return fromUrl;
        }
        if (f == null) {
            f = fromUrl;
        }
        if (f == null) {
            f = text(doc, latest, zone);
        }
        String visible = f == null && doc.body() != null ? doc.body().text() : "";
        if (f == null) {
            f = top(visible, latest, zone);
        }
        if (f == null) {
            f = scripts(doc, latest, zone);
        }
        if (f == null) {
            LocalDate d = inText(visible, latest, zone);
            f = d == null ? null : new Found(d, "text");
        }
        if (f == null) {
            f = attributes(doc, latest);
        }
        if (f == null) {
            Element description = doc.selectFirst("meta[name=description][content], meta[property=og:description][content]");
            LocalDate d = description == null ? null : inText(description.attr("content"), latest, zone);
            f = d == null ? null : new Found(d, "description");
        }
        return f;
    }

    /** Publication-date keys in the JSON state that script-rendered pages embed ({@code "published_at":"2019-03-02T06:22:28+01:00"}). */
    private static Found scripts(Document doc, LocalDate latest, ZoneId zone) {
        for (Element script : doc.select("script")) {
            Matcher m = SCRIPT_KEY.matcher(script.data());
            while (m.find()) {
                LocalDate d = parse(m.group(1), latest, zone);
                if (d != null) {
                    return new Found(d, "script");
                }
            }
        }
        return null;
    }

    /** Dates kept in attributes: tooltips ({@code <abbr title="Freitag, 6. Oktober 2017">}) and form values. */
    private static Found attributes(Document doc, LocalDate latest) {
        for (Element e : doc.select("[title], [value], [data-date], [data-published]")) {
            for (String a : List.of("title", "data-date", "data-published", "value")) {
                String v = e.attr(a);
                if (v.length() >= 8 && v.length() <= 80) {
                    LocalDate d = parse(v, latest);
                    if (d != null) {
                        return new Found(d, "attribute");
                    }
                }
            }
        }
        return null;
    }

    /** The first full date in the first 3,000 characters of the page's visible text (bylines, datelines). */
    private static Found top(String text, LocalDate latest, ZoneId zone) {
        LocalDate d = inText(text.substring(0, Math.min(3000, text.length())), latest, zone);
        return d == null ? null : new Found(d, "text");
    }

    private static Found jsonLd(Document doc, LocalDate latest, ZoneId zone) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data().strip());
                String v = find(root, "datePublished", 0);
                if (v == null) {
                    v = find(root, "dateCreated", 0);
                }
                LocalDate d = v == null ? null : parse(v, latest, zone);
                if (d != null) {
                    return new Found(d, "json-ld");
                }
            } catch (Exception e) {
                // broken JSON-LD is common; the next source decides
            }
        }
        return null;
    }

    /** The first text value of {@code key} in the page's JSON-LD blocks ("articleBody"), or null. */
    static String jsonLdText(Document doc, String key) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                String v = find(JSON.readTree(script.data().strip()), key, 0);
                if (v != null && !v.isBlank()) {
                    return v;
                }
            } catch (Exception e) {
                // broken JSON-LD is common; the next block may hold it
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

    private static Found meta(Document doc, LocalDate latest, ZoneId zone) {
        for (String name : META) {
            for (Element m : doc.select("meta[content]")) {
                String key = (m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop"))
                        .toLowerCase(Locale.ROOT);
                if (key.equals(name)) {
                    LocalDate d = parse(m.attr("content"), latest, zone);
                    if (d != null) {
                        return new Found(d, "meta:" + name);
                    }
                }
            }
        }
        return null;
    }

    private static Found time(Document doc, LocalDate latest, ZoneId zone) {
        for (String sel : List.of("[itemprop=datePublished][datetime]", "[itemprop=datePublished][content]", "time[pubdate][datetime]",
                "time[class*=publish][datetime]", "article time[datetime]", "header time[datetime]", "time[datetime]")) {
            for (Element t : doc.select(sel)) {
                String v = t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content");
                if (t.className().toLowerCase(Locale.ROOT).contains("updat") || t.className().toLowerCase(Locale.ROOT).contains("modif")) {
                    continue;
                }
                LocalDate d = parse(v, latest, zone);
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
    private static Found text(Document doc, LocalDate latest, ZoneId zone) {
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().select("*")) {
            String marker = e.className() + " " + e.id();
            if (!DATE_CLASS.matcher(marker).find() || marker.toLowerCase(Locale.ROOT).contains("updat")) {
                continue;
            }
            String own = e.text();
            if (own.length() > 200) {
                continue;
            }
            LocalDate d = inText(own, latest, zone);
            if (d != null) {
                return new Found(d, "text");
            }
        }
        return null;
    }

    /** The first day written in {@code s} (ISO, y/m/d, d.m.y, month-name forms in several languages), or null. */
    static LocalDate parse(String s, LocalDate latest) {
        return parse(s, latest, null);
    }

    /**
     * As {@link #parse(String, LocalDate)}; an ISO timestamp in UTC ({@code Z}, {@code +00:00}) is
     * moved into {@code zone} when one is given.
     */
    static LocalDate parse(String s, LocalDate latest, ZoneId zone) {
        Dated d = first(s, 0, latest, zone, true);
        return d == null ? null : d.date();
    }

    /** A day written at {@code start..end} of a text. */
    private record Dated(LocalDate date, int start, int end) {
    }

    /** The earliest plausible day written in {@code s} at or after {@code from}, or null. */
    private static Dated first(String s, int from, LocalDate latest, ZoneId zone, boolean machine) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Dated best = null;
        for (Pattern p : List.of(ISO, SLASH_YMD, SLASH_DMY, DOTTED, MDY, DMY)) {
            Matcher m = p.matcher(s);
            int at = from;
            while (at < s.length() && m.find(at) && (best == null || m.start() < best.start())) {
                LocalDate d = p == SLASH_DMY ? slashed(m, zone, machine) : toDate(p, m);
                if (d != null && p == ISO && zone != null) {
                    d = inZone(d, s, m.end(), zone);
                }
                if (d != null && plausible(d, latest)) {
                    best = new Dated(d, m.start(), m.end());
                    break;
                }
                at = m.start() + 1;
            }
        }
        return best;
    }

    /**
     * In running text: the day a publication label introduces ("Erschienen am: 01.11.2023",
     * "Published on May 3, 2021"), else the first day not introduced as a modification date
     * ("Letzte Änderung: 31.10.2023", "Updated ..."), else that modification date as the best
     * evidence there is.
     */
    private static LocalDate inText(String text, LocalDate latest, ZoneId zone) {
        Matcher label = PUBLISHED_LABEL.matcher(text);
        while (label.find()) {
            Dated d = first(text, label.end(), latest, zone, false);
            if (d != null && d.start() - label.end() <= 30) {
                return d.date();
            }
        }
        int from = 0;
        LocalDate modified = null;
        while (true) {
            Dated d = first(text, from, latest, zone, false);
            if (d == null) {
                return modified;
            }
            if (modified == null) {
                modified = d.date();
            }
            if (!MODIFIED_LABEL.matcher(text.substring(Math.max(0, d.start() - 40), d.start())).find()) {
                return d.date();
            }
            from = d.end();
        }
    }

    private static LocalDate inZone(LocalDate day, String s, int from, ZoneId zone) {
        Matcher t = UTC_TIME.matcher(s);
        t.region(from, s.length());
        if (!t.lookingAt()) {
            return day;
        }
        int hour = Integer.parseInt(t.group(1));
        int minute = Integer.parseInt(t.group(2));
        if (hour > 23 || minute > 59 || hour == 0 && minute == 0) {
            // exactly midnight UTC is a bare date serialized as a timestamp
            return day;
        }
        return day.atTime(hour, minute).atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
    }

    /** Machine-written values (meta tags, JSON) with slashes follow the American order unless it cannot be. */
    private static LocalDate slashed(Matcher m, ZoneId zone, boolean machine) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        boolean monthFirst = b > 12 || a <= 12 && (machine || zone != null && zone.getId().equals("America/New_York"));
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), monthFirst ? a : b, monthFirst ? b : a);
        } catch (DateTimeException e) {
            return null;
        }
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
                {"january", "jan", "januar", "janvier", "enero", "gennaio", "janeiro", "jänner", "januari", "января", "січня", "stycznia"},
                {"february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "февраля", "лютого", "lutego"},
                {"march", "mar", "märz", "maerz", "mars", "marzo", "março", "maart", "марта", "березня", "marca"},
                {"april", "apr", "avril", "abril", "aprile", "апреля", "квітня", "kwietnia"},
                {"may", "mai", "mayo", "maggio", "maio", "mei", "мая", "травня", "maja"},
                {"june", "jun", "juni", "juin", "junio", "giugno", "junho", "июня", "червня", "czerwca"},
                {"july", "jul", "juli", "juillet", "julio", "luglio", "julho", "июля", "липня", "lipca"},
                {"august", "aug", "août", "aout", "agosto", "augustus", "августа", "серпня", "sierpnia"},
                {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "сентября", "вересня", "września"},
                {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "октября", "жовтня", "października"},
                {"november", "nov", "novembre", "noviembre", "novembro", "ноября", "листопада", "listopada"},
                {"december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "декабря", "грудня", "grudnia"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return m;
    }
}

package org.dateline.ingest.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time zone a page's publisher most likely writes in, so that a UTC timestamp
 * ({@code 2023-11-09T03:28:35Z}) becomes the day the publisher's readers saw (8 November in New
 * York). From the host's country-code domain, else the page's declared language; null when neither
 * says (a UTC timestamp is then read as written).
 */
final class PublisherZone {
    private static final Pattern HOST = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?([^/:?#]+)");
    private static final Map<String, String> BY_COUNTRY = Map.ofEntries(
            Map.entry("de", "Europe/Berlin"), Map.entry("at", "Europe/Vienna"), Map.entry("ch", "Europe/Zurich"),
            Map.entry("fr", "Europe/Paris"), Map.entry("it", "Europe/Rome"), Map.entry("es", "Europe/Madrid"),
            Map.entry("nl", "Europe/Amsterdam"), Map.entry("be", "Europe/Brussels"), Map.entry("lu", "Europe/Luxembourg"),
            Map.entry("pl", "Europe/Warsaw"), Map.entry("cz", "Europe/Prague"), Map.entry("sk", "Europe/Bratislava"),
            Map.entry("hu", "Europe/Budapest"), Map.entry("dk", "Europe/Copenhagen"), Map.entry("se", "Europe/Stockholm"),
            Map.entry("no", "Europe/Oslo"), Map.entry("fi", "Europe/Helsinki"), Map.entry("pt", "Europe/Lisbon"),
            Map.entry("uk", "Europe/London"), Map.entry("ie", "Europe/Dublin"), Map.entry("gr", "Europe/Athens"),
            Map.entry("ro", "Europe/Bucharest"), Map.entry("bg", "Europe/Sofia"), Map.entry("ua", "Europe/Kyiv"),
            Map.entry("ru", "Europe/Moscow"), Map.entry("tr", "Europe/Istanbul"), Map.entry("il", "Asia/Jerusalem"),
            Map.entry("ir", "Asia/Tehran"), Map.entry("in", "Asia/Kolkata"), Map.entry("pk", "Asia/Karachi"),
            Map.entry("cn", "Asia/Shanghai"), Map.entry("hk", "Asia/Hong_Kong"), Map.entry("tw", "Asia/Taipei"),
            Map.entry("jp", "Asia/Tokyo"), Map.entry("kr", "Asia/Seoul"), Map.entry("sg", "Asia/Singapore"),
            Map.entry("au", "Australia/Sydney"), Map.entry("nz", "Pacific/Auckland"), Map.entry("za", "Africa/Johannesburg"),
            Map.entry("ng", "Africa/Lagos"), Map.entry("ke", "Africa/Nairobi"), Map.entry("eg", "Africa/Cairo"),
            Map.entry("br", "America/Sao_Paulo"), Map.entry("ar", "America/Argentina/Buenos_Aires"),
            Map.entry("mx", "America/Mexico_City"), Map.entry("co", "America/Bogota"), Map.entry("cl", "America/Santiago"),
            Map.entry("pe", "America/Lima"), Map.entry("ca", "America/Toronto"), Map.entry("us", "America/New_York"));
    /** Languages spoken mostly in one zone; English and Spanish only with a region. */
    private static final Map<String, String> BY_LANGUAGE = Map.ofEntries(
            Map.entry("de", "Europe/Berlin"), Map.entry("fr", "Europe/Paris"), Map.entry("it", "Europe/Rome"),
            Map.entry("nl", "Europe/Amsterdam"), Map.entry("pl", "Europe/Warsaw"), Map.entry("cs", "Europe/Prague"),
            Map.entry("da", "Europe/Copenhagen"), Map.entry("sv", "Europe/Stockholm"), Map.entry("nb", "Europe/Oslo"),
            Map.entry("fi", "Europe/Helsinki"), Map.entry("hu", "Europe/Budapest"), Map.entry("el", "Europe/Athens"),
            Map.entry("ru", "Europe/Moscow"), Map.entry("uk", "Europe/Kyiv"), Map.entry("tr", "Europe/Istanbul"),
            Map.entry("he", "Asia/Jerusalem"), Map.entry("fa", "Asia/Tehran"), Map.entry("ja", "Asia/Tokyo"),
            Map.entry("ko", "Asia/Seoul"), Map.entry("zh", "Asia/Shanghai"), Map.entry("hi", "Asia/Kolkata"),
            Map.entry("en-us", "America/New_York"), Map.entry("en-gb", "Europe/London"), Map.entry("en-au", "Australia/Sydney"),
            Map.entry("en-in", "Asia/Kolkata"), Map.entry("en-ca", "America/Toronto"), Map.entry("en-ie", "Europe/Dublin"),
            Map.entry("pt-br", "America/Sao_Paulo"), Map.entry("pt-pt", "Europe/Lisbon"), Map.entry("es-es", "Europe/Madrid"),
            Map.entry("es-mx", "America/Mexico_City"), Map.entry("es-ar", "America/Argentina/Buenos_Aires"));

    private PublisherZone() {
    }

    static ZoneId of(String url, Document doc) {
        String host = host(url);
        if (host != null) {
            String tld = host.substring(host.lastIndexOf('.') + 1);
            if (BY_COUNTRY.containsKey(tld)) {
                return ZoneId.of(BY_COUNTRY.get(tld));
            }
        }
        Element html = doc.selectFirst("html[lang]");
        String lang = html == null ? "" : html.attr("lang");
        lang = lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (BY_LANGUAGE.containsKey(lang)) {
            return ZoneId.of(BY_LANGUAGE.get(lang));
        }
        String primary = lang.contains("-") ? lang.substring(0, lang.indexOf('-')) : lang;
        if (BY_LANGUAGE.containsKey(primary)) {
            return ZoneId.of(BY_LANGUAGE.get(primary));
        }
        return null;
    }

    private static String host(String url) {
        Matcher m = url == null ? null : HOST.matcher(url.strip());
        return m != null && m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
}

package org.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.store.Rows;
import org.dateline.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The web UI, rendered on the server: search, an article with its entities, quotes and event
 * triggers marked in the text (click a quote to see its speaker) and panels linking to each,
 * an actor with a timeline of its events, and events with a map of their places. Every piece of
 * article text goes through {@link #esc}; the only script is the static {@code app.js}.
 */
final class WebPages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;

    WebPages(Store store) {
        this.store = store;
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title) + " · Dateline</title>"
                + "<link rel=\"stylesheet\" href=\"/static/app.css\"><script src=\"/static/app.js\" defer></script></head><body>"
                + "<header class=\"top\"><a href=\"/\">Dateline</a><a href=\"/events\">Events</a>"
                + "<form class=\"search\" action=\"/\" method=\"get\"><input type=\"text\" name=\"q\" placeholder=\"Search articles and quotes\">"
                + " <button type=\"submit\">Search</button></form></header>" + body + "</body></html>";
    }

    String search(String q) {
        StringBuilder b = new StringBuilder();
        if (q == null || q.isBlank()) {
            Rows.Stats s = store.stats();
            b.append("<h1>Dateline</h1><p class=\"meta\">").append(s.articles()).append(" articles, ").append(s.actors())
                    .append(" actors, ").append(s.quotes()).append(" quotes, ").append(s.events()).append(" events.</p>");
            return page("Search", b.toString());
        }
        List<Rows.SearchHit> hits = store.search(q, 50);
        b.append("<h1>Results for ").append(esc(q)).append("</h1>");
        if (hits.isEmpty()) {
            b.append("<p>No article matches.</p>");
        }
        for (Rows.SearchHit h : hits) {
            b.append("<div class=\"hit\"><a class=\"result\" href=\"/article/").append(h.article()).append("\">")
                    .append(esc(h.title())).append("</a><div class=\"meta\">").append(esc(h.published())).append(' ')
                    .append(esc(h.source())).append("</div><div>").append(marks(h.snippet())).append("</div></div>");
        }
        return page("Search: " + q, b.toString());
    }

    /** The snippet's [matched words] as mark elements, everything escaped first. */
    private static String marks(String snippet) {
        return esc(snippet).replace("[", "<mark>").replace("]", "</mark>");
    }

    private record Mark(int start, int end, String cls, Map<String, String> data, String anchor) {
    }

    String article(long id) {
        String json = store.article(id).orElse(null);
        if (json == null) {
            return null;
        }
        JsonNode a;
        try {
            a = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = a.path("text").asText();
        List<Mark> marks = new ArrayList<>();
        Map<String, String> entityNames = new LinkedHashMap<>();
        for (JsonNode e : a.path("entities")) {
            entityNames.put(e.path("id").asText(), e.path("name").asText());
            for (JsonNode m : e.path("mentions")) {
                marks.add(new Mark(m.path("start").asInt(), m.path("end").asInt(), "ent", Map.of("entity", e.path("name").asText()), null));
            }
        }
        int qi = 0;
        for (JsonNode q : a.path("quotes")) {
            JsonNode sp = q.path("speaker");
            String speaker = sp.isMissingNode() || sp.isNull() ? "unknown" : sp.path("name").asText(sp.path("text").asText());
            Map<String, String> data = new LinkedHashMap<>();
            data.put("speaker", speaker);
            data.put("cue", q.path("cue").isObject() ? q.path("cue").path("text").asText() : "");
            marks.add(new Mark(q.path("start").asInt(), q.path("end").asInt(), "quote", data, "q" + qi++));
        }
        int ei = 0;
        for (JsonNode e : a.path("events")) {
            JsonNode t = e.path("trigger");
            marks.add(new Mark(t.path("start").asInt(), t.path("end").asInt(), "trigger", Map.of("event", e.path("type").asText()), "e" + ei++));
        }
        for (JsonNode t : a.path("times")) {
            marks.add(new Mark(t.path("start").asInt(), t.path("end").asInt(), "time", Map.of("value", t.path("value").asText()), null));
        }
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(a.path("title").asText())).append("</h1><div class=\"meta\">")
                .append(esc(a.path("published").asText(""))).append(' ').append(esc(a.path("source").asText(""))).append(' ')
                .append(esc(a.path("url").asText(""))).append("</div>");
        b.append("<div class=\"layout\"><div><div id=\"speaker\" hidden></div><div class=\"text\">");
        int from = 0;
        for (JsonNode p : a.path("paragraphs")) {
            int start = p.path("start").asInt();
            int end = p.path("end").asInt();
            b.append("<p>").append(highlight(text, Math.max(from, start), end, marks)).append("</p>");
            from = end;
        }
        b.append("</div></div><aside>");
        Map<String, Long> actors = store.actorIds(id);
        b.append("<section><h3>Who</h3><ul>");
        for (JsonNode e : a.path("entities")) {
            Long actor = actors.get(e.path("id").asText());
            if (actor != null && !e.path("type").asText().equals("LOCATION")) {
                b.append("<li><a class=\"actor\" href=\"/actor/").append(actor).append("\">").append(esc(e.path("name").asText()))
                        .append("</a> ").append(esc(e.path("title").asText(""))).append("</li>");
            }
        }
        b.append("</ul></section>");
        b.append("<section><h3>Quotes</h3><ol>");
        qi = 0;
        for (JsonNode q : a.path("quotes")) {
            JsonNode sp = q.path("speaker");
            String speaker = sp.isMissingNode() || sp.isNull() ? "unknown" : sp.path("name").asText();
            b.append("<li><a href=\"#q").append(qi++).append("\">").append(esc(speaker)).append("</a>: ")
                    .append(esc(abbreviate(q.path("text").asText(), 90))).append("</li>");
        }
        b.append("</ol></section><section><h3>Events</h3><ol>");
        ei = 0;
        for (JsonNode e : a.path("events")) {
            b.append("<li><a href=\"#e").append(ei++).append("\">").append(esc(e.path("type").asText("?"))).append(' ')
                    .append(esc(e.path("cameo").asText())).append("</a> ").append(esc(e.path("status").asText())).append(": ")
                    .append(esc(names(e.path("actors"), entityNames))).append(" → ").append(esc(names(e.path("recipients"), entityNames)))
                    .append(", ").append(esc(e.path("when").path("value").asText(""))).append(e.path("where").isObject()
                            ? ", " + esc(e.path("where").path("text").asText()) : "").append("</li>");
        }
        b.append("</ol></section><section><h3>Times</h3><ul>");
        for (JsonNode t : a.path("times")) {
            b.append("<li>").append(esc(t.path("text").asText())).append(" = ").append(esc(t.path("value").asText())).append("</li>");
        }
        b.append("</ul></section><section><h3>Places</h3><ul>");
        for (JsonNode p : a.path("places")) {
            b.append("<li>").append(esc(p.path("name").asText())).append(" (").append(esc(p.path("countryCode").asText("")))
                    .append(p.path("geonameid").isNumber() ? ", GeoNames " + p.path("geonameid").asLong() : "").append(")</li>");
        }
        b.append("</ul></section></aside></div>");
        return page(a.path("title").asText(), b.toString());
    }

    private static String names(JsonNode ids, Map<String, String> entityNames) {
        List<String> out = new ArrayList<>();
        for (JsonNode id : ids) {
            out.add(id.isNull() ? "?" : entityNames.getOrDefault(id.asText(), id.asText()));
        }
        return out.isEmpty() ? "-" : String.join(" + ", out);
    }

    private static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    /** The text from {@code start} to {@code end}, cut at every mark boundary, each piece wrapped in the marks that cover it. */
    private static String highlight(String text, int start, int end, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(start, end));
        Map<Integer, List<String>> anchors = new TreeMap<>();
        for (Mark m : marks) {
            if (m.end() > start && m.start() < end) {
                cuts.add(Math.max(start, m.start()));
                cuts.add(Math.min(end, m.end()));
                if (m.anchor() != null && m.start() >= start) {
                    anchors.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(m.anchor());
                }
            }
        }
        StringBuilder b = new StringBuilder();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                for (String anchor : anchors.getOrDefault(prev, List.of())) {
                    b.append("<a id=\"").append(anchor).append("\"></a>");
                }
                List<String> classes = new ArrayList<>();
                Map<String, String> data = new LinkedHashMap<>();
                for (Mark m : marks) {
                    if (m.start() <= prev && m.end() >= cut) {
                        classes.add(m.cls());
                        data.putAll(m.data());
                    }
                }
                String piece = esc(text.substring(prev, cut));
                if (classes.isEmpty()) {
                    b.append(piece);
                } else {
                    b.append("<span class=\"").append(String.join(" ", new TreeSet<>(classes))).append('"');
                    data.forEach((k, v) -> b.append(" data-").append(k).append("=\"").append(esc(v)).append('"'));
                    b.append('>').append(piece).append("</span>");
                }
            }
            prev = cut;
        }
        return b.toString();
    }

    String actor(long id) {
        Rows.ActorRow a = store.actor(id).orElse(null);
        if (a == null) {
            return null;
        }
        List<Rows.EventRow> events = store.events(new Rows.EventFilter(a.name(), null, null, null, null, null, null, 500));
        List<Rows.EventRow> received = store.events(new Rows.EventFilter(null, a.name(), null, null, null, null, null, 500));
        List<Rows.QuoteRow> quotes = store.quotes(a.name(), null, 100);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(a.name())).append("</h1><div class=\"meta\">").append(esc(a.type())).append(' ')
                .append(esc(a.code())).append(" · ").append(a.articles()).append(" articles · first seen ").append(esc(a.firstSeen()))
                .append(" · last seen ").append(esc(a.lastSeen())).append("</div>");
        b.append("<p>Also called: ").append(esc(String.join(", ", a.aliases()))).append("</p>");
        if (!a.titles().isEmpty()) {
            b.append("<p>Titles: ").append(esc(String.join(", ", a.titles()))).append("</p>");
        }
        List<Rows.EventRow> all = new ArrayList<>(events);
        all.addAll(received);
        b.append("<h2>Timeline</h2>").append(timeline(all));
        Map<String, Integer> partners = new TreeMap<>();
        for (Rows.EventRow e : all) {
            for (String who : concat(e.actors(), e.recipients())) {
                if (!who.startsWith(a.name())) {
                    partners.merge(who, 1, Integer::sum);
                }
            }
        }
        b.append("<h2>Interacts most with</h2><ol class=\"partners\">");
        partners.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(10)
                .forEach(p -> b.append("<li>").append(esc(p.getKey())).append(" (").append(p.getValue()).append(")</li>"));
        b.append("</ol><h2>Quotes</h2><ul>");
        for (Rows.QuoteRow q : quotes) {
            b.append("<li><a href=\"/article/").append(q.article()).append("\">").append(esc(q.published())).append("</a> ")
                    .append(esc(q.text())).append("</li>");
        }
        b.append("</ul><h2>Events</h2>").append(eventTable(all));
        return page(a.name(), b.toString());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Events per month as an inline SVG bar chart. */
    private static String timeline(List<Rows.EventRow> events) {
        Map<String, Integer> months = new TreeMap<>();
        for (Rows.EventRow e : events) {
            String month = month(e.date());
            if (month != null) {
                months.merge(month, 1, Integer::sum);
            }
        }
        if (months.isEmpty()) {
            return "<p>No dated events.</p>";
        }
        int max = months.values().stream().max(Integer::compare).orElse(1);
        int w = Math.max(200, months.size() * 40);
        StringBuilder b = new StringBuilder("<svg class=\"timeline\" width=\"" + w + "\" height=\"160\" role=\"img\" aria-label=\"events per month\">");
        int x = 10;
        for (var m : months.entrySet()) {
            int h = 110 * m.getValue() / max;
            b.append("<rect x=\"").append(x).append("\" y=\"").append(130 - h).append("\" width=\"28\" height=\"").append(h)
                    .append("\" fill=\"#3b82f6\"><title>").append(esc(m.getKey())).append(": ").append(m.getValue())
                    .append("</title></rect><text x=\"").append(x).append("\" y=\"150\" font-size=\"9\">").append(esc(m.getKey()))
                    .append("</text>");
            x += 40;
        }
        return b.append("</svg>").toString();
    }

    /** The month (YYYY-MM) in which a TIMEX value begins (a day, a week, a month), else null. */
    private static String month(String value) {
        java.time.LocalDate[] days = org.dateline.store.Periods.of(value);
        return days == null || value.length() < 7 ? null : days[0].toString().substring(0, 7);
    }

    private static String eventTable(List<Rows.EventRow> events) {
        StringBuilder b = new StringBuilder("<table><tr><th>date</th><th>type</th><th>status</th><th>actors</th><th>recipients</th>"
                + "<th>place</th><th>reports</th><th>evidence</th></tr>");
        for (Rows.EventRow e : events) {
            b.append("<tr><td>").append(esc(e.date())).append("</td><td>").append(esc(e.type())).append(' ').append(esc(e.cameo()))
                    .append("</td><td>").append(esc(e.status())).append("</td><td>").append(esc(String.join("; ", e.actors())))
                    .append("</td><td>").append(esc(String.join("; ", e.recipients()))).append("</td><td>").append(esc(e.place()))
                    .append("</td><td>").append(e.reports()).append("</td><td><a href=\"/article/").append(e.article()).append("\">")
                    .append(esc(abbreviate(e.sentence(), 120))).append("</a></td></tr>");
        }
        return b.append("</table>").toString();
    }

    String events(String actor, String type, java.time.LocalDate from, java.time.LocalDate to) {
        List<Rows.EventRow> events = store.events(new Rows.EventFilter(blank(actor), null, blank(type), from, to, null, null, 500));
        StringBuilder b = new StringBuilder("<h1>Events</h1><form class=\"filters\" action=\"/events\" method=\"get\">"
                + "Actor <input type=\"text\" name=\"actor\" value=\"" + esc(actor) + "\"> Type <input type=\"text\" name=\"type\" value=\""
                + esc(type) + "\"> From <input type=\"date\" name=\"from\" value=\"" + (from == null ? "" : from) + "\"> To <input type=\"date\""
                + " name=\"to\" value=\"" + (to == null ? "" : to) + "\"> <button type=\"submit\">Filter</button></form>");
        b.append(map(events)).append(eventTable(events));
        return page("Events", b.toString());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Event places on an equirectangular world grid (inline SVG; no map tiles from the internet). */
    private static String map(List<Rows.EventRow> events) {
        StringBuilder b = new StringBuilder("<svg class=\"map\" viewBox=\"0 0 720 360\" width=\"720\" height=\"360\" role=\"img\" aria-label=\"event places\">");
        for (int lon = -180; lon <= 180; lon += 30) {
            b.append("<line x1=\"").append(lon + 180).append("\" y1=\"0\" x2=\"").append(lon + 180).append("\" y2=\"360\" stroke=\"#e2e8f0\"/>");
        }
        for (int lat = -90; lat <= 90; lat += 30) {
            b.append("<line x1=\"0\" y1=\"").append(90 - lat).append("\" x2=\"720\" y2=\"").append(90 - lat).append("\" stroke=\"#e2e8f0\"/>");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, double[]> where = new LinkedHashMap<>();
        for (Rows.EventRow e : events) {
            if (e.lat() != null && e.lon() != null) {
                counts.merge(e.place(), 1, Integer::sum);
                where.put(e.place(), new double[]{e.lat(), e.lon()});
            }
        }
        for (var p : where.entrySet()) {
            double x = (p.getValue()[1] + 180) * 2;
            double y = (90 - p.getValue()[0]) * 2;
            int n = counts.get(p.getKey());
            b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#dc2626\" fill-opacity=\"0.7\"><title>",
                    x, y, 3 + Math.sqrt(n) * 2)).append(esc(p.getKey())).append(": ").append(n).append("</title></circle>");
        }
        return b.append("</svg>").toString();
    }
}

package org.dateline.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the record out for other tools: events, quotes, entities (cross-article actors) and
 * articles as JSON Lines or CSV (RFC 4180); events also as PLOVER JSON records (the manual's
 * record fields) and as a GDELT 2.0 event table (tab-separated, the 61 columns of
 * {@code gdelt2_fields.tsv}, no header, as GDELT ships it).
 */
public final class Exporter {
    /** What to export. */
    public enum Table { events, quotes, entities, articles }

    /** How to write it. */
    public enum Format { jsonl, csv, plover, gdelt, parquet }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = "SELECT e.id, e.group_id, g.articles, g.mentions, e.article_id, e.date, e.date_first,"
            + " e.date_last, e.date_from_publication, e.type, e.mode, e.cameo, e.quad_class, e.goldstein, e.status, e.place_name,"
            + " e.place_geonameid, e.place_country, e.place_lat, e.place_lon, e.trigger, e.trigger_start, e.trigger_end,"
            + " substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start), a.url, a.ext_id, a.title, a.published,"
            + " a.source, a.ingested_at, e.sentence_start, a.duplicate_of FROM events e JOIN event_groups g ON g.id = e.group_id"
            + " JOIN articles a ON a.id = e.article_id ORDER BY e.id";

    private final Store store;

    public Exporter(Store store) {
        this.store = store;
    }

    /** Writes the table; returns the number of records. Fails with a usage message for impossible pairs. */
    public long export(Table table, Format format, PrintWriter out) {
        if ((format == Format.plover || format == Format.gdelt) && table != Table.events) {
            throw new IllegalArgumentException("--format " + format + " exports events only");
        }
        if (format == Format.parquet) {
            throw new IllegalArgumentException("parquet is a directory of tables, not a stream: export it to a directory");
        }
        long[] n = {0};
        switch (table) {
            case events -> store.select(EVENTS, r -> {
                if (format == Format.csv) {
                    csv(out, "id", "group", "reports", "article", "date", "date_first", "date_last", "from_publication", "type",
                            "mode", "cameo", "quad_class", "goldstein", "status", "actors", "actor_codes", "recipients",
                            "recipient_codes", "place", "geonameid", "country_code", "lat", "lon", "trigger", "sentence", "url", "title");
                }
                while (r.next()) {
                    List<String[]> parts = participants(r.getLong(1));
                    switch (format) {
                        case jsonl -> out.println(eventJson(r, parts).toString());
                        case csv -> csv(out, r.getString(1), r.getString(2), r.getString(3), r.getString(5), r.getString(6),
                                r.getString(7), r.getString(8), r.getInt(9) == 1 ? "true" : "false", r.getString(10),
                                r.getString(11), r.getString(12), r.getString(13), r.getString(14), r.getString(15),
                                join(parts, "actor", 1), join(parts, "actor", 2), join(parts, "recipient", 1),
                                join(parts, "recipient", 2), r.getString(16), r.getString(17), r.getString(18), r.getString(19),
                                r.getString(20), r.getString(21), r.getString(24), r.getString(25), r.getString(27));
                        case plover -> out.println(plover(r, parts).toString());
                        case gdelt -> out.println(gdelt(r, parts));
                    }
                    n[0]++;
                }
            });
            case quotes -> store.select("SELECT q.id, q.article_id, a.published, coalesce(x.name, q.speaker_name), q.speaker_actor,"
                    + " q.speaker_text, q.cue, q.kind, q.text, q.start, q.end, a.url, a.title FROM quotes q JOIN articles a"
                    + " ON a.id = q.article_id LEFT JOIN actors x ON x.id = q.speaker_actor ORDER BY q.id", r -> {
                String[] cols = {"id", "article", "published", "speaker", "speaker_actor", "speaker_text", "cue", "kind", "text",
                        "start", "end", "url", "title"};
                rows(r, cols, format, out, n);
            });
            case entities -> store.select("SELECT id, name, type, country, actor_code, articles, first_seen, last_seen,"
                    + " (SELECT group_concat(alias, '|') FROM actor_aliases WHERE actor_id = actors.id),"
                    + " (SELECT group_concat(title, '|') FROM actor_titles WHERE actor_id = actors.id) FROM actors ORDER BY id", r -> {
                String[] cols = {"id", "name", "type", "country", "actor_code", "articles", "first_seen", "last_seen", "aliases", "titles"};
                rows(r, cols, format, out, n);
            });
            case articles -> store.select("SELECT id, duplicate_of, analysis, ext_id, title, published, source, url, author"
                    + " FROM articles ORDER BY id", r -> {
                if (format == Format.csv) {
                    csv(out, "id", "duplicate_of", "ext_id", "title", "published", "source", "url", "author");
                }
                while (r.next()) {
                    if (format == Format.jsonl) {
                        ObjectNode o = tree(r.getString(3));
                        ObjectNode line = JSON.createObjectNode().put("store_id", r.getLong(1));
                        line.put("duplicate_of", (Long) r.getObject(2) == null ? null : r.getLong(2));
                        line.setAll(o);
                        out.println(line.toString());
                    } else {
                        csv(out, r.getString(1), r.getString(2), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                                r.getString(8), r.getString(9));
                    }
                    n[0]++;
                }
            });
        }
        out.flush();
        return n[0];
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new StoreException("a stored analysis is not JSON: " + e.getMessage(), e);
        }
    }

    private List<String[]> participants(long event) {
        List<String[]> out = new ArrayList<>();
        store.select("SELECT p.role, coalesce(x.name, p.text), p.code, p.text, p.actor_id FROM event_participants p"
                + " LEFT JOIN actors x ON x.id = p.actor_id WHERE p.event_id = " + event + " ORDER BY p.rowid", r -> {
            while (r.next()) {
                out.add(new String[]{r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)});
            }
        });
        return out;
    }

    private static String join(List<String[]> parts, String role, int col) {
        List<String> v = new ArrayList<>();
        for (String[] p : parts) {
            if (p[0].equals(role)) {
                v.add(p[col] == null ? "" : p[col]);
            }
        }
        return String.join("|", v);
    }

    private static ObjectNode eventJson(ResultSet r, List<String[]> parts) throws SQLException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.getLong(1));
        o.put("group", r.getLong(2));
        o.put("reports", r.getInt(3));
        o.put("article", r.getLong(5));
        o.put("date", r.getString(6));
        o.put("dateFirst", r.getString(7));
        o.put("dateLast", r.getString(8));
        o.put("fromPublication", r.getInt(9) == 1);
        o.put("type", r.getString(10));
        o.put("mode", r.getString(11));
        o.put("cameo", r.getString(12));
        o.put("quadClass", r.getInt(13));
        o.put("goldstein", r.getDouble(14));
        o.put("status", r.getString(15));
        for (String role : List.of("actor", "recipient")) {
            ArrayNode a = o.putArray(role + "s");
            for (String[] p : parts) {
                if (p[0].equals(role)) {
                    a.addObject().put("name", p[1]).put("code", p[2]).put("text", p[3])
                            .put("actor", p[4] == null ? null : Long.valueOf(p[4]));
                }
            }
        }
        if (r.getString(16) == null) {
            o.putNull("place");
        } else {
            ObjectNode pl = o.putObject("place").put("name", r.getString(16));
            pl.put("geonameid", (Long) (r.getObject(17) == null ? null : r.getLong(17)));
            pl.put("countryCode", r.getString(18));
            pl.put("lat", r.getObject(19) == null ? null : r.getDouble(19));
            pl.put("lon", r.getObject(20) == null ? null : r.getDouble(20));
        }
        o.putObject("trigger").put("text", r.getString(21)).put("start", r.getInt(22)).put("end", r.getInt(23));
        o.put("sentence", r.getString(24));
        o.put("url", r.getString(25));
        o.put("title", r.getString(27));
        o.put("published", r.getString(28));
        return o;
    }

    /** A PLOVER record (manual 0.8 record fields; entity and location objects). */
    private static ObjectNode plover(ResultSet r, List<String[]> parts) throws SQLException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", "dateline-" + r.getLong(1));
        o.put("has_event", true);
        o.put("date", r.getString(7) != null ? r.getString(7) : r.getString(28));
        if (r.getString(8) != null && !r.getString(8).equals(r.getString(7))) {
            o.put("enddate", r.getString(8));
        }
        for (String role : List.of("actor", "recipient")) {
            ArrayNode a = o.putArray(role);
            for (String[] p : parts) {
                if (p[0].equals(role)) {
                    String code = p[2] == null ? "" : p[2];
                    a.addObject().put("code", code.length() >= 3 ? code.substring(0, 3) : code)
                            .put("sector", code.length() > 3 ? code.substring(3) : "")
                            .put("entity_text", p[3]).put("entity_name", p[1]);
                }
            }
        }
        o.putArray("event").add(r.getString(10));
        if (r.getString(16) != null) {
            ObjectNode loc = o.putObject("event_loc").put("extracted_place", r.getString(16)).put("resolved_place", r.getString(16));
            loc.put("geonameid", (Long) (r.getObject(17) == null ? null : r.getLong(17)));
            loc.put("lat", r.getObject(19) == null ? null : r.getDouble(19));
            loc.put("lon", r.getObject(20) == null ? null : r.getDouble(20));
            loc.put("country_code", r.getString(18));
        }
        o.putArray("event_text").add(r.getString(21));
        o.put("quad_code", r.getInt(13));
        o.put("event_scale", r.getDouble(14));
        ArrayNode mode = o.putArray("mode");
        if (r.getString(11) != null) {
            mode.add(r.getString(11));
        }
        o.put("link", "dateline-group-" + r.getLong(2));
        o.putObject("text_info").put("start", r.getInt(22)).put("end", r.getInt(23)).put("text_story", r.getString(26));
        o.putObject("cite_info").put("url", r.getString(25)).put("title", r.getString(27)).put("publication", r.getString(29))
                .put("codebook", "PLOVER 0.8").put("coder", "Dateline");
        o.put("status", r.getString(15));
        return o;
    }

    /** One GDELT 2.0 event row (61 tab-separated columns); country codes are ISO, not FIPS. */
    private static String gdelt(ResultSet r, List<String[]> parts) throws SQLException {
        String[] f = new String[61];
        java.util.Arrays.fill(f, "");
        f[0] = r.getString(1);
        String day = r.getString(7) != null ? r.getString(7) : r.getString(28);
        if (day != null && day.length() >= 10) {
            f[1] = day.substring(0, 4) + day.substring(5, 7) + day.substring(8, 10);
            f[2] = f[1].substring(0, 6);
            f[3] = f[1].substring(0, 4);
            java.time.LocalDate d = java.time.LocalDate.parse(day.substring(0, 10));
            f[4] = String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0);
        }
        actor(f, 5, first(parts, "actor"));
        actor(f, 15, first(parts, "recipient"));
        f[25] = r.getInt(31) == 0 ? "1" : "0";
        String cameo = r.getString(12);
        f[26] = cameo;
        f[27] = cameo.length() >= 3 ? cameo.substring(0, 3) : cameo;
        f[28] = cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
        f[29] = r.getString(13);
        f[30] = r.getString(14);
        f[31] = r.getString(4);
        f[32] = r.getString(3);
        f[33] = r.getString(3);
        if (r.getString(16) != null) {
            String country = r.getString(18) == null ? "" : r.getString(18);
            f[51] = country.isEmpty() ? "" : "1";
            f[52] = r.getString(16);
            f[53] = country;
            f[56] = r.getString(19) == null ? "" : r.getString(19);
            f[57] = r.getString(20) == null ? "" : r.getString(20);
            f[58] = r.getString(17) == null ? "" : r.getString(17);
        }
        String added = r.getString(30);
        f[59] = added == null ? "" : added.replaceAll("[^0-9]", "").substring(0, Math.min(14, added.replaceAll("[^0-9]", "").length()));
        f[60] = r.getString(25) != null ? r.getString(25) : r.getString(26);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i] == null ? "" : f[i].replace('\t', ' ').replace('\n', ' ');
        }
        return String.join("\t", f);
    }

    private static String[] first(List<String[]> parts, String role) {
        return parts.stream().filter(p -> p[0].equals(role)).findFirst().orElse(null);
    }

    private static void actor(String[] f, int at, String[] p) {
        if (p == null) {
            return;
        }
        String code = p[2] == null ? "" : p[2];
        f[at] = code;
        f[at + 1] = p[1].toUpperCase(Locale.ROOT);
        f[at + 2] = code.length() >= 3 && !code.startsWith("---") ? code.substring(0, 3) : "";
        f[at + 7] = code.length() > 3 ? code.substring(3) : "";
    }

    private static void rows(ResultSet r, String[] cols, Format format, PrintWriter out, long[] n) throws SQLException {
        if (format == Format.csv) {
            csv(out, cols);
        }
        while (r.next()) {
            if (format == Format.jsonl) {
                ObjectNode o = JSON.createObjectNode();
                for (int i = 0; i < cols.length; i++) {
                    Object v = r.getObject(i + 1);
                    if (v == null) {
                        o.putNull(cols[i]);
                    } else if (v instanceof Number num) {
                        o.put(cols[i], num.longValue());
                    } else {
                        o.put(cols[i], v.toString());
                    }
                }
                out.println(o.toString());
            } else {
                String[] v = new String[cols.length];
                for (int i = 0; i < cols.length; i++) {
                    v[i] = r.getString(i + 1);
                }
                csv(out, v);
            }
            n[0]++;
        }
    }

    static void csv(PrintWriter out, String... values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = values[i] == null ? "" : values[i];
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        out.print(sb.append("\r\n"));
    }
}

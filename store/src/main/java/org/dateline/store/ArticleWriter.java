package org.dateline.store;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;
import org.dateline.model.Participant;
import org.dateline.model.Place;
import org.dateline.model.PlaceRole;
import org.dateline.model.Quote;
import org.dateline.model.Removal;
import org.dateline.model.TimeExpression;
import org.dateline.pipeline.ArticleJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes one analyzed article into the store's tables, inside the caller's transaction: the
 * article and its FTS row, its entities as mentions of cross-article actors, quotes, events
 * (each joined to its cross-article event group), places, times and removed residue.
 */
final class ArticleWriter {
    private final Connection c;

    ArticleWriter(Connection c) {
        this.c = c;
    }

    /** Stores the article; {@code duplicateOf} is the article whose body it repeats, or null. */
    long write(AnalyzedArticle analyzed, String rawHash, String bodyHash, long[] minhash, Long duplicateOf) throws SQLException {
        Article a = analyzed.article();
        String published = a.metadata().published() == null ? null : a.metadata().published().toString();
        long id;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO articles (ext_id, raw_hash, body_hash, duplicate_of, title,"
                + " published, source, url, author, text, analysis, ingested_at, minhash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id")) {
            p.setString(1, a.id());
            p.setString(2, rawHash);
            p.setString(3, bodyHash);
            setLong(p, 4, duplicateOf);
            p.setString(5, a.title());
            p.setString(6, published);
            p.setString(7, a.metadata().source());
            p.setString(8, a.metadata().url());
            p.setString(9, a.metadata().author());
            p.setString(10, a.text());
            p.setString(11, ArticleJson.line(ArticleJson.of(analyzed)));
            p.setString(12, Instant.now().toString());
            p.setBytes(13, minhash == null ? null : Hashes.bytes(minhash));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        if (minhash != null && duplicateOf == null) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO minhash_bands (band, value, article_id) VALUES (?,?,?)")) {
                long[] bands = Hashes.bands(minhash);
                for (int b = 0; b < bands.length; b++) {
                    p.setInt(1, b);
                    p.setLong(2, bands[b]);
                    p.setLong(3, id);
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO search (rowid, title, body, quotes) VALUES (?,?,?,?)")) {
            p.setLong(1, id);
            p.setString(2, a.title());
            p.setString(3, a.text());
            p.setString(4, analyzed.quotes().stream().map(Quote::text).collect(Collectors.joining("\n")));
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO removed (article_id, kind, text) VALUES (?,?,?)")) {
            for (Removal r : a.removed()) {
                p.setLong(1, id);
                p.setString(2, r.kind());
                p.setString(3, r.text());
                p.addBatch();
            }
            p.executeBatch();
        }
        Map<String, Long> actors = entities(id, analyzed.entities(), published);
        quotes(id, analyzed.quotes(), actors, published);
        events(id, analyzed, actors, duplicateOf != null);
        places(id, analyzed.places());
        times(id, analyzed.times());
        return id;
    }

    /** The cross-article actor of each entity (local id to actor id), creating or updating actors. */
    private Map<String, Long> entities(long article, List<Entity> entities, String published) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement actor = c.prepareStatement("INSERT INTO actors (key, name, type, country, actor_code, articles,"
                + " first_seen, last_seen) VALUES (?,?,?,?,?,1,?,?) ON CONFLICT(key) DO UPDATE SET articles = articles + 1,"
                + " country = coalesce(excluded.country, country), actor_code = coalesce(excluded.actor_code, actor_code),"
                + " first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen THEN excluded.first_seen ELSE first_seen END,"
                + " last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen THEN excluded.last_seen ELSE last_seen END"
                + " RETURNING id");
             PreparedStatement alias = c.prepareStatement("INSERT INTO actor_aliases (actor_id, alias, count) VALUES (?,?,1)"
                     + " ON CONFLICT(actor_id, alias) DO UPDATE SET count = count + 1");
             PreparedStatement title = c.prepareStatement("INSERT INTO actor_titles (actor_id, title, count) VALUES (?,?,1)"
                     + " ON CONFLICT(actor_id, title) DO UPDATE SET count = count + 1");
             PreparedStatement entity = c.prepareStatement("INSERT INTO entities (article_id, local_id, actor_id, title, actor_code)"
                     + " VALUES (?,?,?,?,?)");
             PreparedStatement mention = c.prepareStatement("INSERT INTO mentions (article_id, local_id, start, end, text, kind)"
                     + " VALUES (?,?,?,?,?,?)")) {
            for (Entity e : entities) {
                actor.setString(1, e.type().name() + ":" + e.name().toLowerCase(Locale.ROOT));
                actor.setString(2, e.name());
                actor.setString(3, e.type().name());
                actor.setString(4, e.country());
                actor.setString(5, e.actorCode());
                actor.setString(6, published);
                actor.setString(7, published);
                long actorId;
                try (ResultSet r = actor.executeQuery()) {
                    r.next();
                    actorId = r.getLong(1);
                }
                out.put(e.id(), actorId);
                Set<String> names = new TreeSet<>();
                for (Mention m : e.mentions()) {
                    if (m.kind() == MentionKind.NAME) {
                        names.add(m.text());
                    }
                    mention.setLong(1, article);
                    mention.setString(2, e.id());
                    mention.setInt(3, m.start());
                    mention.setInt(4, m.end());
                    mention.setString(5, m.text());
                    mention.setString(6, m.kind().name().toLowerCase(Locale.ROOT));
                    mention.addBatch();
                }
                for (String n : names) {
                    alias.setLong(1, actorId);
                    alias.setString(2, n);
                    alias.addBatch();
                }
                if (e.title() != null) {
                    title.setLong(1, actorId);
                    title.setString(2, e.title());
                    title.addBatch();
                }
                entity.setLong(1, article);
                entity.setString(2, e.id());
                entity.setLong(3, actorId);
                entity.setString(4, e.title());
                entity.setString(5, e.actorCode());
                entity.addBatch();
            }
            mention.executeBatch();
            alias.executeBatch();
            title.executeBatch();
            entity.executeBatch();
        }
        return out;
    }

    private void quotes(long article, List<Quote> quotes, Map<String, Long> actors, String published) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO quotes (article_id, idx, text, kind, start, end, cue,"
                + " speaker_text, speaker_name, speaker_actor, parent, published) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (int i = 0; i < quotes.size(); i++) {
                Quote q = quotes.get(i);
                p.setLong(1, article);
                p.setInt(2, i);
                p.setString(3, q.text());
                p.setString(4, q.kind().name().toLowerCase(Locale.ROOT));
                p.setInt(5, q.start());
                p.setInt(6, q.end());
                p.setString(7, q.cue() == null ? null : q.cue().text());
                p.setString(8, q.speaker() == null ? null : q.speaker().text());
                p.setString(9, q.speaker() == null ? null : q.speaker().name());
                setLong(p, 10, q.speaker() == null || q.speaker().entity() == null ? null : actors.get(q.speaker().entity()));
                if (q.parent() == null) {
                    p.setNull(11, Types.INTEGER);
                } else {
                    p.setInt(11, q.parent());
                }
                p.setString(12, published);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void events(long article, AnalyzedArticle analyzed, Map<String, Long> actors, boolean duplicate) throws SQLException {
        List<Event> events = analyzed.events();
        Set<Long> groupsCounted = new HashSet<>();
        try (PreparedStatement group = c.prepareStatement("INSERT INTO event_groups (key, articles, mentions) VALUES (?,0,0)"
                + " ON CONFLICT(key) DO UPDATE SET mentions = mentions RETURNING id");
             PreparedStatement count = c.prepareStatement("UPDATE event_groups SET mentions = mentions + 1,"
                     + " articles = articles + ? WHERE id = ?");
             PreparedStatement p = c.prepareStatement("INSERT INTO events (article_id, idx, group_id, type, mode, cameo, quad_class,"
                     + " goldstein, status, date, date_first, date_last, date_from_publication, place_name, place_geonameid,"
                     + " place_country, place_lat, place_lon, reported_by, trigger, trigger_start, trigger_end, sentence_start,"
                     + " sentence_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
             PreparedStatement part = c.prepareStatement("INSERT INTO event_participants (event_id, role, actor_id, code, text,"
                     + " start, end) VALUES (?,?,?,?,?,?,?)")) {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                Place place = placeOf(e, analyzed.places());
                group.setString(1, groupKey(e, actors, place));
                long groupId;
                try (ResultSet r = group.executeQuery()) {
                    r.next();
                    groupId = r.getLong(1);
                }
                count.setInt(1, !duplicate && groupsCounted.add(groupId) ? 1 : 0);
                count.setLong(2, groupId);
                count.executeUpdate();
                LocalDate[] period = Periods.of(e.when().value());
                p.setLong(1, article);
                p.setInt(2, i);
                p.setLong(3, groupId);
                p.setString(4, e.type());
                p.setString(5, e.mode());
                p.setString(6, e.cameo());
                p.setInt(7, e.quadClass());
                p.setDouble(8, e.goldstein());
                p.setString(9, e.status().name().toLowerCase(Locale.ROOT));
                p.setString(10, e.when().value());
                p.setString(11, period == null ? null : period[0].toString());
                p.setString(12, period == null ? null : period[1].toString());
                p.setInt(13, e.when().fromPublication() ? 1 : 0);
                p.setString(14, place != null ? place.name() : e.where() == null ? null : e.where().text());
                setLong(p, 15, place == null ? null : place.geonameId());
                p.setString(16, place == null ? null : place.countryCode());
                setDouble(p, 17, place == null ? null : place.lat());
                setDouble(p, 18, place == null ? null : place.lon());
                if (e.reportedBy() == null) {
                    p.setNull(19, Types.INTEGER);
                } else {
                    p.setInt(19, e.reportedBy());
                }
                p.setString(20, e.trigger().text());
                p.setInt(21, e.trigger().start());
                p.setInt(22, e.trigger().end());
                p.setInt(23, e.sentence().start());
                p.setInt(24, e.sentence().end());
                long eventId;
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    eventId = r.getLong(1);
                }
                participants(part, eventId, "actor", e.actors(), actors);
                participants(part, eventId, "recipient", e.recipients(), actors);
            }
            part.executeBatch();
        }
    }

    private static void participants(PreparedStatement part, long event, String role, List<Participant> ps,
                                     Map<String, Long> actors) throws SQLException {
        for (Participant x : ps) {
            part.setLong(1, event);
            part.setString(2, role);
            setLong(part, 3, x.entity() == null ? null : actors.get(x.entity()));
            part.setString(4, x.code());
            part.setString(5, x.text());
            part.setInt(6, x.start());
            part.setInt(7, x.end());
            part.addBatch();
        }
    }

    private static Place placeOf(Event e, List<Place> places) {
        if (e.where() == null || e.where().entity() == null) {
            return null;
        }
        return places.stream().filter(p -> p.entities().contains(e.where().entity())).findFirst().orElse(null);
    }

    /**
     * What makes two reports one real-world event: PLOVER type and CAMEO root, the same actors and
     * recipients (cross-article actors, else their codes), the same date and the same place.
     */
    private static String groupKey(Event e, Map<String, Long> actors, Place place) {
        String root = e.cameo().length() >= 2 ? e.cameo().substring(0, 2) : e.cameo();
        String where = place == null ? "" : place.geonameId() != null ? place.geonameId().toString()
                : place.name().toLowerCase(Locale.ROOT);
        return String.join("|", String.valueOf(e.type()), root, side(e.actors(), actors), side(e.recipients(), actors),
                String.valueOf(e.when().value()), e.status().name(), where);
    }

    private static String side(List<Participant> ps, Map<String, Long> actors) {
        List<String> keys = new ArrayList<>();
        for (Participant p : ps) {
            Long a = p.entity() == null ? null : actors.get(p.entity());
            keys.add(a != null ? "a" + a : "c" + p.code());
        }
        keys.sort(null);
        return String.join(",", keys);
    }

    private void places(long article, List<Place> places) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO places (article_id, name, geonameid, country_code, admin1, lat,"
                + " lon, feature, role, mentions) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (Place x : places) {
                p.setLong(1, article);
                p.setString(2, x.name());
                setLong(p, 3, x.geonameId());
                p.setString(4, x.countryCode());
                p.setString(5, x.admin1());
                p.setDouble(6, x.lat());
                p.setDouble(7, x.lon());
                p.setString(8, x.feature());
                p.setString(9, x.role() == PlaceRole.GOVERNMENT_METONYM ? "government-metonym" : "location");
                p.setInt(10, x.mentions().size());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void times(long article, List<TimeExpression> times) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO times (article_id, text, type, value, start, end) VALUES (?,?,?,?,?,?)")) {
            for (TimeExpression t : times) {
                p.setLong(1, article);
                p.setString(2, t.text());
                p.setString(3, t.type());
                p.setString(4, t.value());
                p.setInt(5, t.start());
                p.setInt(6, t.end());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setLong(i, v);
        }
    }

    private static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.REAL);
        } else {
            p.setDouble(i, v);
        }
    }
}

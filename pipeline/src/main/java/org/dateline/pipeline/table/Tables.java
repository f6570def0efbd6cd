package org.dateline.pipeline.table;

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
import org.dateline.pipeline.ArticleJson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.dateline.pipeline.table.Column.Type.BOOLEAN;
import static org.dateline.pipeline.table.Column.Type.DOUBLE;
import static org.dateline.pipeline.table.Column.Type.INT;
import static org.dateline.pipeline.table.Column.Type.LONG;
import static org.dateline.pipeline.table.Column.Type.STRING;
import static org.dateline.pipeline.table.Column.Type.STRINGS;

/** The tables of an analysis and the rows one article gives. Thread-safe. */
public final class Tables {
    private Tables() {
    }

    /** The partition column of every table but {@link #ERRORS}. */
    public static final String MONTH = "month";

    /**
     * One row per article; {@code analysis} is the article's full JSON ({@code docs/schema.md}),
     * {@code published} the given date (an inferred one is in the analysis and sets the month).
     */
    public static final Table ARTICLES = table("articles", "article_id", STRING, "title", STRING, "published", STRING,
            "published_from", STRING, "source", STRING, "url", STRING, "author", STRING, "text", STRING,
            "entities", INT, "quotes", INT, "events", INT, "places", INT, "problems", STRINGS, "analysis", STRING,
            "raw_hash", STRING, MONTH, STRING);

    /** One row per entity cluster of an article. */
    public static final Table ENTITIES = table("entities", "article_id", STRING, "entity_id", STRING, "name", STRING,
            "type", STRING, "title", STRING, "country", STRING, "actor_code", STRING, "mentions", INT, "names", STRINGS,
            MONTH, STRING);

    /** One row per quote. */
    public static final Table QUOTES = table("quotes", "article_id", STRING, "idx", INT, "text", STRING, "kind", STRING,
            "start", INT, "end", INT, "cue", STRING, "speaker_text", STRING, "speaker_entity", STRING, "speaker_name", STRING,
            "speaker_organization", STRING, "parent", INT, MONTH, STRING);

    /** One row per event. */
    public static final Table EVENTS = table("events", "article_id", STRING, "idx", INT, "type", STRING, "mode", STRING,
            "cameo", STRING, "quad_class", INT, "goldstein", DOUBLE, "actors", STRINGS, "actor_codes", STRINGS,
            "recipients", STRINGS, "recipient_codes", STRINGS, "status", STRING, "date", STRING, "date_from_publication", BOOLEAN,
            "place_name", STRING, "place_geonameid", LONG, "place_country", STRING, "place_lat", DOUBLE, "place_lon", DOUBLE,
            "reported_by", INT, "trigger", STRING, "trigger_start", INT, "trigger_end", INT, "sentence_start", INT,
            "sentence_end", INT, MONTH, STRING);

    /** One row per resolved place. */
    public static final Table PLACES = table("places", "article_id", STRING, "idx", INT, "name", STRING, "geonameid", LONG,
            "country_code", STRING, "country", STRING, "admin1", STRING, "lat", DOUBLE, "lon", DOUBLE, "feature", STRING,
            "within", STRING, "role", STRING, "mentions", INT, MONTH, STRING);

    /** One row per input that could not be analyzed. */
    public static final Table ERRORS = table("errors", "source", STRING, "kind", STRING, "message", STRING);

    /** The tables an analysis fills, in writing order. */
    public static final List<Table> ANALYSIS = List.of(ARTICLES, ENTITIES, QUOTES, EVENTS, PLACES);

    /**
     * The rows one analyzed article gives, by table (every table of {@link #ANALYSIS}, possibly empty).
     *
     * @param rawHash the hash of the article as read (the store's key for "already ingested"), or null
     */
    public static Map<Table, List<Object[]>> rows(AnalyzedArticle a, String rawHash) {
        return rows(a, rawHash, ArticleJson.line(ArticleJson.of(a)));
    }

    /**
     * The rows of an analysis already written as JSON (a stored or exchanged one): the JSON is the
     * {@code analysis} column as it is, not written again.
     *
     * @throws IllegalArgumentException when the text is not an analysis ({@link ArticleJson#read})
     */
    public static Map<Table, List<Object[]>> rows(String analysisJson, String rawHash) {
        return rows(ArticleJson.read(analysisJson), rawHash, analysisJson);
    }

    private static Map<Table, List<Object[]>> rows(AnalyzedArticle a, String rawHash, String json) {
        Article art = a.article();
        String id = art.id();
        String month = month(a);
        Map<Table, List<Object[]>> out = new LinkedHashMap<>();
        out.put(ARTICLES, List.<Object[]>of(new Object[]{id, art.title(),
                art.metadata().published() == null ? null : art.metadata().published().toString(), art.metadata().dateSource(),
                art.metadata().source(), art.metadata().url(), art.metadata().author(), art.text(), a.entities().size(),
                a.quotes().size(), a.events().size(), a.places().size(),
                a.problems().stream().map(p -> p.kind() + ": " + p.message()).toList(),
                json, rawHash, month}));
        List<Object[]> entities = new ArrayList<>();
        for (Entity e : a.entities()) {
            LinkedHashSet<String> names = new LinkedHashSet<>();
            e.mentions().stream().filter(m -> m.kind() == MentionKind.NAME).map(Mention::text).forEach(names::add);
            entities.add(new Object[]{id, e.id(), e.name(), e.type().name(), e.title(), e.country(), e.actorCode(),
                    e.mentions().size(), List.copyOf(names), month});
        }
        out.put(ENTITIES, entities);
        List<Object[]> quotes = new ArrayList<>();
        for (int i = 0; i < a.quotes().size(); i++) {
            Quote q = a.quotes().get(i);
            quotes.add(new Object[]{id, i, q.text(), lower(q.kind()), q.start(), q.end(), q.cue() == null ? null : q.cue().text(),
                    q.speaker() == null ? null : q.speaker().text(), q.speaker() == null ? null : q.speaker().entity(),
                    q.speaker() == null ? null : q.speaker().name(), q.speaker() == null ? null : q.speaker().organization(),
                    q.parent(), month});
        }
        out.put(QUOTES, quotes);
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < a.events().size(); i++) {
            Event e = a.events().get(i);
            Place p = placeOf(e, a.places());
            events.add(new Object[]{id, i, e.type(), e.mode(), e.cameo(), e.quadClass(), e.goldstein(),
                    e.actors().stream().map(Participant::entity).toList(), e.actors().stream().map(Participant::code).toList(),
                    e.recipients().stream().map(Participant::entity).toList(),
                    e.recipients().stream().map(Participant::code).toList(), lower(e.status()), e.when().value(),
                    e.when().fromPublication(), p != null ? p.name() : e.where() == null ? null : e.where().text(),
                    p == null ? null : p.geonameId(), p == null ? null : p.countryCode(), p == null ? null : p.lat(),
                    p == null ? null : p.lon(), e.reportedBy(), e.trigger().text(), e.trigger().start(), e.trigger().end(),
                    e.sentence().start(), e.sentence().end(), month});
        }
        out.put(EVENTS, events);
        List<Object[]> places = new ArrayList<>();
        for (int i = 0; i < a.places().size(); i++) {
            Place p = a.places().get(i);
            places.add(new Object[]{id, i, p.name(), p.geonameId(), p.countryCode(), p.country(), p.admin1(), p.lat(), p.lon(),
                    p.feature(), p.within(), p.role() == PlaceRole.GOVERNMENT_METONYM ? "government-metonym" : "location",
                    p.mentions().size(), month});
        }
        out.put(PLACES, places);
        return out;
    }

    /** The row of an input that failed. */
    public static Object[] error(String source, String kind, String message) {
        return new Object[]{source, kind, message};
    }

    /** YYYY-MM of the given (else inferred) publication date, or null. */
    public static String month(AnalyzedArticle a) {
        String d = date(a);
        return d == null ? null : d.substring(0, 7);
    }

    private static String date(AnalyzedArticle a) {
        if (a.article().metadata().published() != null) {
            return a.article().metadata().published().toString();
        }
        return a.publishedInferred() == null ? null : a.publishedInferred().date().toString();
    }

    private static Place placeOf(Event e, List<Place> places) {
        if (e.where() == null || e.where().entity() == null) {
            return null;
        }
        return places.stream().filter(p -> p.entities().contains(e.where().entity())).findFirst().orElse(null);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static Table table(String name, Object... columns) {
        List<Column> list = new ArrayList<>();
        for (int i = 0; i < columns.length; i += 2) {
            list.add(new Column((String) columns[i], (Column.Type) columns[i + 1]));
        }
        return new Table(name, list);
    }
}

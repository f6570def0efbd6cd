package org.dateline.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.extract.entity.Countries;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Cue;
import org.dateline.model.DateInference;
import org.dateline.model.EntityType;
import org.dateline.model.EventStatus;
import org.dateline.model.EventTime;
import org.dateline.model.MentionKind;
import org.dateline.model.Metadata;
import org.dateline.model.QuoteKind;
import org.dateline.model.Speaker;
import org.dateline.model.Trigger;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.Place;
import org.dateline.model.PlaceRole;
import org.dateline.model.Problem;
import org.dateline.model.Quote;
import org.dateline.model.Removal;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The JSON contract of an analyzed article, documented in {@code docs/schema.md} and
 * {@code docs/article.schema.json}. Keys are stable; later capabilities add keys, never rename.
 * Thread-safe.
 */
public final class ArticleJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJson() {
    }

    public static ObjectNode of(AnalyzedArticle analyzed) {
        Article a = analyzed.article();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.put("title", a.title());
        o.put("published", a.metadata().published() == null ? null : a.metadata().published().toString());
        o.put("publishedFrom", a.metadata().dateSource());
        if (analyzed.publishedInferred() == null) {
            o.putNull("publishedInferred");
        } else {
            ObjectNode inf = o.putObject("publishedInferred");
            inf.put("date", analyzed.publishedInferred().date().toString());
            inf.put("confidence", analyzed.publishedInferred().confidence());
            ArrayNode ev = inf.putArray("evidence");
            analyzed.publishedInferred().evidence().forEach(ev::add);
        }
        o.put("source", a.metadata().source());
        o.put("url", a.metadata().url());
        o.put("author", a.metadata().author());
        o.put("text", a.text());
        ArrayNode paragraphs = o.putArray("paragraphs");
        for (Span p : a.paragraphs()) {
            paragraphs.addObject().put("start", p.start()).put("end", p.end());
        }
        ArrayNode removed = o.putArray("removed");
        for (Removal r : a.removed()) {
            removed.addObject().put("kind", r.kind()).put("text", r.text());
        }
        ArrayNode entities = o.putArray("entities");
        for (Entity e : analyzed.entities()) {
            entities.add(entity(e));
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : analyzed.quotes()) {
            quotes.add(quote(q));
        }
        ArrayNode times = o.putArray("times");
        for (TimeExpression t : analyzed.times()) {
            times.addObject().put("text", t.text()).put("type", t.type()).put("value", t.value())
                    .put("start", t.start()).put("end", t.end());
        }
        ArrayNode events = o.putArray("events");
        for (Event e : analyzed.events()) {
            events.add(event(e, analyzed.places()));
        }
        ArrayNode places = o.putArray("places");
        for (Place p : analyzed.places()) {
            places.add(place(p));
        }
        o.set("problems", problems(analyzed.problems()));
        return o;
    }

    private static ObjectNode place(Place p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", p.name());
        o.put("geonameid", p.geonameId());
        o.put("countryCode", p.countryCode());
        o.put("country", p.country());
        o.put("admin1", p.admin1());
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        o.put("feature", p.feature());
        o.put("within", p.within());
        o.put("role", p.role() == PlaceRole.GOVERNMENT_METONYM ? "government-metonym" : "location");
        ArrayNode ids = o.putArray("entities");
        p.entities().forEach(ids::add);
        ArrayNode mentions = o.putArray("mentions");
        for (Mention m : p.mentions()) {
            mentions.addObject().put("start", m.start()).put("end", m.end()).put("text", m.text())
                    .put("kind", m.kind().name().toLowerCase(Locale.ROOT));
        }
        return o;
    }

    private static ObjectNode event(Event e, List<Place> places) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", e.type());
        o.put("mode", e.mode());
        o.put("cameo", e.cameo());
        o.put("quadClass", e.quadClass());
        o.put("goldstein", e.goldstein());
        participants(o, "actors", "actorCodes", e.actors());
        participants(o, "recipients", "recipientCodes", e.recipients());
        o.put("status", e.status().name().toLowerCase(Locale.ROOT));
        ObjectNode when = o.putObject("when");
        when.put("value", e.when().value());
        when.put("text", e.when().text());
        if (e.when().text() != null) {
            when.put("start", e.when().start()).put("end", e.when().end());
        }
        when.put("fromPublication", e.when().fromPublication());
        if (e.where() == null) {
            o.putNull("where");
        } else {
            ObjectNode where = o.putObject("where").put("entity", e.where().entity()).put("text", e.where().text())
                    .put("start", e.where().start()).put("end", e.where().end()).put("country", e.where().code());
            for (int i = 0; i < places.size(); i++) {
                Place p = places.get(i);
                if (p.entities().contains(e.where().entity())) {
                    if (e.where().code() == null) {
                        Countries.shared().byIso2(p.countryCode()).ifPresent(c -> where.put("country", c.iso3()));
                    }
                    where.put("place", i).put("name", p.name()).put("geonameid", p.geonameId())
                            .put("countryCode", p.countryCode()).put("lat", p.lat()).put("lon", p.lon());
                    break;
                }
            }
        }
        if (e.reportedBy() == null) {
            o.putNull("reportedBy");
        } else {
            o.put("reportedBy", e.reportedBy());
        }
        o.putObject("trigger").put("text", e.trigger().text()).put("start", e.trigger().start())
                .put("end", e.trigger().end());
        o.putObject("sentence").put("start", e.sentence().start()).put("end", e.sentence().end());
        return o;
    }

    private static void participants(ObjectNode o, String ids, String codes, List<Participant> list) {
        ArrayNode idArray = o.putArray(ids);
        ArrayNode codeArray = o.putArray(codes);
        ArrayNode detail = o.putArray(ids.equals("actors") ? "actorMentions" : "recipientMentions");
        for (Participant p : list) {
            idArray.add(p.entity());
            codeArray.add(p.code());
            detail.addObject().put("entity", p.entity()).put("text", p.text()).put("start", p.start())
                    .put("end", p.end()).put("code", p.code());
        }
    }

    /** A failed input as a JSON line: {@code {"id", "problems": [...]}}. */
    public static ObjectNode failure(String where, Problem problem) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", where);
        o.putArray("problems").addObject().put("kind", problem.kind()).put("message", problem.message());
        return o;
    }

    public static String line(ObjectNode node) {
        return node.toString();
    }

    private static ObjectNode entity(Entity e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id());
        o.put("name", e.name());
        o.put("type", e.type().name());
        o.put("title", e.title());
        o.put("country", e.country());
        o.put("actorCode", e.actorCode());
        ArrayNode mentions = o.putArray("mentions");
        for (Mention m : e.mentions()) {
            mentions.addObject().put("start", m.start()).put("end", m.end()).put("text", m.text())
                    .put("kind", m.kind().name().toLowerCase(Locale.ROOT));
        }
        return o;
    }

    private static ObjectNode quote(Quote q) {
        ObjectNode o = JSON.createObjectNode();
        o.put("text", q.text());
        o.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
        o.put("start", q.start());
        o.put("end", q.end());
        if (q.cue() == null) {
            o.putNull("cue");
        } else {
            o.putObject("cue").put("text", q.cue().text()).put("start", q.cue().start()).put("end", q.cue().end());
        }
        if (q.speaker() == null) {
            o.putNull("speaker");
        } else {
            o.putObject("speaker").put("text", q.speaker().text()).put("start", q.speaker().start())
                    .put("end", q.speaker().end()).put("entity", q.speaker().entity()).put("name", q.speaker().name())
                    .put("organization", q.speaker().organization());
        }
        if (q.parent() == null) {
            o.putNull("parent");
        } else {
            o.put("parent", q.parent());
        }
        return o;
    }

    /**
     * Reads an analysis back from its JSON: everything but the sentences' tokens and parses, so that
     * {@code of(read(json))} writes the same JSON again. This is how stored and exchanged analyses
     * (the store's {@code analysis} column, the Parquet {@code articles} table) become typed again.
     *
     * @throws IllegalArgumentException when the text is not an analysis in this format
     */
    public static AnalyzedArticle read(String json) {
        try {
            JsonNode o = JSON.readTree(json);
            if (o == null || !o.isObject() || !o.path("id").isTextual()) {
                throw new IllegalArgumentException("not an analyzed article: no id");
            }
            Metadata metadata = new Metadata(date(o.path("published")), text(o, "source"), text(o, "url"),
                    text(o, "author"), text(o, "publishedFrom"));
            Article article = new Article(o.get("id").asText(), text(o, "title"), o.path("text").asText(""),
                    list(o, "paragraphs", n -> span(n)), metadata,
                    list(o, "removed", n -> new Removal(n.path("kind").asText(), n.path("text").asText())), List.of());
            JsonNode inf = o.path("publishedInferred");
            DateInference inferred = inf.isObject() ? new DateInference(LocalDate.parse(inf.path("date").asText()),
                    inf.path("confidence").asDouble(), list(inf, "evidence", JsonNode::asText)) : null;
            List<Place> places = list(o, "places", ArticleJson::readPlace);
            return new AnalyzedArticle(article, List.of(), list(o, "entities", ArticleJson::readEntity),
                    list(o, "quotes", ArticleJson::readQuote),
                    list(o, "times", n -> new TimeExpression(text(n, "text"), text(n, "type"), text(n, "value"),
                            n.path("start").asInt(), n.path("end").asInt())),
                    list(o, "events", ArticleJson::readEvent), places, inferred,
                    list(o, "problems", n -> new Problem(n.path("kind").asText(), n.path("message").asText())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException("not an analyzed article: " + e.getMessage(), e);
        }
    }

    private static Entity readEntity(JsonNode n) {
        return new Entity(n.path("id").asText(), text(n, "name"), EntityType.valueOf(n.path("type").asText()), text(n, "title"),
                text(n, "country"), text(n, "actorCode"), list(n, "mentions", ArticleJson::readMention));
    }

    private static Mention readMention(JsonNode n) {
        return new Mention(n.path("start").asInt(), n.path("end").asInt(), text(n, "text"),
                MentionKind.valueOf(n.path("kind").asText().toUpperCase(Locale.ROOT)));
    }

    private static Quote readQuote(JsonNode n) {
        JsonNode c = n.path("cue");
        JsonNode s = n.path("speaker");
        return new Quote(text(n, "text"), QuoteKind.valueOf(n.path("kind").asText().toUpperCase(Locale.ROOT)),
                n.path("start").asInt(), n.path("end").asInt(),
                c.isObject() ? new Cue(text(c, "text"), c.path("start").asInt(), c.path("end").asInt()) : null,
                s.isObject() ? new Speaker(text(s, "text"), s.path("start").asInt(), s.path("end").asInt(), text(s, "entity"),
                        text(s, "name"), text(s, "organization")) : null,
                n.path("parent").isNumber() ? n.path("parent").asInt() : null);
    }

    private static Event readEvent(JsonNode n) {
        JsonNode w = n.path("when");
        JsonNode where = n.path("where");
        JsonNode t = n.path("trigger");
        return new Event(text(n, "type"), text(n, "mode"), text(n, "cameo"), n.path("quadClass").asInt(),
                n.path("goldstein").asDouble(), list(n, "actorMentions", ArticleJson::readParticipant),
                list(n, "recipientMentions", ArticleJson::readParticipant),
                EventStatus.valueOf(n.path("status").asText().toUpperCase(Locale.ROOT)),
                new EventTime(text(w, "value"), text(w, "text"), w.path("start").asInt(-1), w.path("end").asInt(-1),
                        w.path("fromPublication").asBoolean()),
                where.isObject() ? new Participant(text(where, "entity"), text(where, "text"), where.path("start").asInt(),
                        where.path("end").asInt(), text(where, "country")) : null,
                n.path("reportedBy").isNumber() ? n.path("reportedBy").asInt() : null,
                new Trigger(text(t, "text"), t.path("start").asInt(), t.path("end").asInt()), span(n.path("sentence")));
    }

    private static Participant readParticipant(JsonNode n) {
        return new Participant(text(n, "entity"), text(n, "text"), n.path("start").asInt(), n.path("end").asInt(), text(n, "code"));
    }

    private static Place readPlace(JsonNode n) {
        return new Place(text(n, "name"), n.path("geonameid").isNumber() ? n.path("geonameid").asLong() : null,
                text(n, "countryCode"), text(n, "country"), text(n, "admin1"), n.path("lat").asDouble(), n.path("lon").asDouble(),
                text(n, "feature"), text(n, "within"), "government-metonym".equals(n.path("role").asText()) ? PlaceRole.GOVERNMENT_METONYM
                : PlaceRole.LOCATION, list(n, "entities", JsonNode::asText), list(n, "mentions", ArticleJson::readMention));
    }

    private static Span span(JsonNode n) {
        return new Span(n.path("start").asInt(), n.path("end").asInt());
    }

    private static String text(JsonNode o, String key) {
        JsonNode n = o.get(key);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static LocalDate date(JsonNode n) {
        return n.isTextual() ? LocalDate.parse(n.asText()) : null;
    }

    private static <T> List<T> list(JsonNode o, String key, java.util.function.Function<JsonNode, T> read) {
        List<T> out = new java.util.ArrayList<>();
        for (JsonNode n : o.path(key)) {
            out.add(read.apply(n));
        }
        return out;
    }

    private static ArrayNode problems(List<Problem> list) {
        ArrayNode arr = JSON.createArrayNode();
        for (Problem p : list) {
            arr.addObject().put("kind", p.kind()).put("message", p.message());
        }
        return arr;
    }
}

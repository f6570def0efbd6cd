package org.dateline.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.extract.entity.Countries;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
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

    private static ArrayNode problems(List<Problem> list) {
        ArrayNode arr = JSON.createArrayNode();
        for (Problem p : list) {
            arr.addObject().put("kind", p.kind()).put("message", p.message());
        }
        return arr;
    }
}

package org.dateline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.model.Metadata;
import org.dateline.model.Problem;
import org.dateline.model.RawArticle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses JSON article objects {@code {"title","text","published","source","url","author","id"}}, one
 * at a time or a {@code .json} file holding one object or an array of them.
 * {@code text} (or {@code body}) is required; an unreadable {@code published} is recorded as a
 * problem and left unknown. Thread-safe.
 */
final class JsonArticleParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonArticleParser() {
    }

    static ReadResult parse(String json, String where, Metadata defaults) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return failed(where, "malformed JSON: " + e.getOriginalMessage());
        }
        return parse(node, where, defaults);
    }

    /** Parses a whole {@code .json} file: one article object, or an array of them. */
    static java.util.List<ReadResult> parseDocument(String json, String where, Metadata defaults) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return java.util.List.of(failed(where, "malformed JSON: " + e.getOriginalMessage()));
        }
        if (node != null && node.isArray()) {
            java.util.List<ReadResult> out = new java.util.ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                out.add(parse(node.get(i), where + "[" + i + "]", defaults));
            }
            return out;
        }
        return java.util.List.of(parse(node, where, defaults));
    }

    static ReadResult parse(JsonNode node, String where, Metadata defaults) {
        if (node == null || !node.isObject()) {
            return failed(where, "expected a JSON object with a \"text\" field");
        }
        String text = string(node, "text", string(node, "body", null));
        if (text == null) {
            return failed(where, "JSON object has no \"text\" field");
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate published = date(string(node, "published", string(node, "date", null)), problems);
        LocalDate date = defaults.published() != null ? defaults.published() : published;
        Metadata metadata = new Metadata(date,
                string(node, "source", defaults.source()),
                string(node, "url", defaults.url()),
                string(node, "author", defaults.author()),
                date == null ? null : "given");
        String id = string(node, "id", where);
        return new ReadResult.Read(new RawArticle(id, string(node, "title", null), text, metadata, problems));
    }

    /** Reads {@code 2019-05-10} or an ISO date-time; records a problem for anything else. */
    static LocalDate date(String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.length() > 10 ? OffsetDateTime.parse(v).toLocalDate() : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            if (v.length() >= 10) {
                try {
                    return LocalDate.parse(v.substring(0, 10));
                } catch (DateTimeParseException ignored) {
                    // fall through to the problem below
                }
            }
            problems.add(new Problem("bad-date", "published \"" + v + "\" is not a date (want YYYY-MM-DD); ignored"));
            return null;
        }
    }

    private static String string(JsonNode node, String field, String fallback) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    private static ReadResult failed(String where, String message) {
        return new ReadResult.Failed(where, new Problem("malformed-json", message));
    }
}

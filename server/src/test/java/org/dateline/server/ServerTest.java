package org.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.pipeline.Analyzer;
import org.dateline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every endpoint over loopback, with good and bad input, on a real store. */
class ServerTest {
    private static final String TOKEN = "test-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ARTICLE = "{\"title\":\"Blinken meets Wang in Jakarta\",\"published\":\"2023-07-14\",\"text\":"
            + "\"Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Jakarta on Thursday.\\n\\n"
            + "\\\"We had a candid conversation about arms control,\\\" Blinken told reporters. <script>alert(1)</script>\"}";

    @TempDir
    static Path dir;
    static Store store;
    static DatelineServer server;
    static String base;

    @BeforeAll
    static void start() {
        store = Store.open(dir.resolve("api.db"));
        server = new DatelineServer(store, Analyzer.shared(), new DatelineServer.Config("127.0.0.1", 0, TOKEN, 1_000_000, 2));
        base = "http://127.0.0.1:" + server.start() + "/api/v1";
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> send(String method, String path, String body, String type, boolean auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (auth) {
            b.header("Authorization", "Bearer " + TOKEN);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static void assertError(HttpResponse<String> r, int status, String code) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(code, json(r).path("error").path("code").asText(), r.body());
        assertTrue(json(r).path("error").path("message").isTextual());
    }

    @Test
    void ingestThenQueryEveryEndpoint() throws Exception {
        assertError(send("POST", "/articles", ARTICLE, "application/json", false), 401, "unauthorized");
        HttpResponse<String> stored = send("POST", "/articles", ARTICLE, "application/json", true);
        assertTrue(stored.statusCode() == 201 || stored.statusCode() == 200, stored.body());
        assertEquals(0, json(send("POST", "/articles", ARTICLE, "application/json", true)).path("stored").asInt(), "idempotent");

        JsonNode hits = json(send("GET", "/search?q=arms%20control", null, null, false));
        assertEquals(1, hits.path("count").asInt(), hits.toString());
        long id = hits.path("items").get(0).path("article").asLong();
        JsonNode article = json(send("GET", "/articles/" + id, null, null, false));
        assertEquals("Blinken meets Wang in Jakarta", article.path("title").asText());
        assertTrue(article.path("text").asText().contains("<script>alert(1)</script>"), "text is data, returned as JSON, never markup");

        JsonNode events = json(send("GET", "/events?actor=Blinken&from=2023-07-01&to=2023-07-31", null, null, false));
        assertEquals(1, events.path("count").asInt(), events.toString());
        assertEquals("CONSULT", events.path("items").get(0).path("type").asText());
        assertEquals(0, json(send("GET", "/search?q=arms%20control&offset=1", null, null, false)).path("count").asInt(), "paging");
        JsonNode quotes = json(send("GET", "/quotes?speaker=Blinken", null, null, false));
        assertEquals(1, quotes.path("count").asInt());
        JsonNode actors = json(send("GET", "/actors?name=Blinken", null, null, false));
        long actor = actors.path("items").get(0).path("id").asLong();
        JsonNode one = json(send("GET", "/actors/" + actor, null, null, false));
        assertEquals("Antony Blinken", one.path("name").asText());
        assertEquals(1, one.path("quotes").size());
        assertEquals(1, one.path("events").size());
        assertTrue(json(send("GET", "/openapi", null, null, false)).path("paths").has("/events"));
    }

    @Test
    void analyzeReturnsTheAnalysisAndStoresNothing() throws Exception {
        HttpResponse<String> r = send("POST", "/analyze", "Storm closes port\nThe port of Valmore closed on Monday, officials said.",
                "text/plain", false);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("Storm closes port", json(r).path("title").asText());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals(0, json(send("GET", "/search?q=Valmore", null, null, false)).path("count").asInt());
    }

    @Test
    void badInputGetsClearErrorsNever500() throws Exception {
        assertError(send("POST", "/analyze", "{\"title\": broken", "application/json", false), 400, "malformed-json");
        assertError(send("POST", "/analyze", "{\"title\":\"x\",\"text\":42}", "application/json", false), 400, "bad-request");
        assertError(send("POST", "/analyze", "", "application/json", false), 400, "bad-request");
        assertError(send("POST", "/analyze", "x".repeat(1_200_000), "text/plain", false), 413, "too-large");
        assertError(send("GET", "/articles/999999", null, null, false), 404, "not-found");
        assertError(send("GET", "/articles/abc", null, null, false), 400, "bad-request");
        assertError(send("GET", "/actors/424242", null, null, false), 404, "not-found");
        assertError(send("GET", "/events?from=May", null, null, false), 400, "bad-request");
        assertError(send("GET", "/search", null, null, false), 400, "bad-request");
        assertError(send("GET", "/search?q=x&limit=100000", null, null, false), 400, "bad-request");
        assertError(send("GET", "/nothing-here", null, null, false), 404, "not-found");
        assertEquals(200, send("GET", "/search?q=%22unbalanced", null, null, false).statusCode(), "odd queries are searched as words");
        assertError(send("GET", "/events?offset=-1", null, null, false), 400, "bad-request");
        assertError(send("DELETE", "/articles/1", null, null, true), 404, "not-found");
    }
}

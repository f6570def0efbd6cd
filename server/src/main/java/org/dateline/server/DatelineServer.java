package org.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ReadResult;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Metadata;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.ArticleJson;
import org.dateline.store.Ingester;
import org.dateline.store.Rows;
import org.dateline.store.Store;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The HTTP API. Reads are open; writes ({@code POST /articles}) need the bearer token. Analysis
 * runs on at most {@code analyses} requests at once; a request that cannot get a slot within a
 * second gets 503 with {@code Retry-After}, so load never turns into an out-of-memory. Bodies over
 * {@code maxBody} bytes get 413. Every error is {@code {"error": {"code", "message"}}}.
 */
public final class DatelineServer implements AutoCloseable {
    /** Settings: where to listen, the write token, the body limit and how many analyses at once. */
    public record Config(String host, int port, String token, long maxBody, int analyses) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LIMIT = 500;

    private final Store store;
    private final Analyzer analyzer;
    private final Config config;
    private final Semaphore slots;
    private final Javalin app;

    public DatelineServer(Store store, Analyzer analyzer, Config config) {
        this.store = store;
        this.analyzer = analyzer;
        this.config = config;
        this.slots = new Semaphore(config.analyses());
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBody();
            c.jetty.defaultHost = config.host();
        });
        routes();
    }

    /** Starts listening; returns the port (useful with port 0). */
    public int start() {
        app.start(config.host(), config.port());
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void routes() {
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'");
            String length = ctx.header("Content-Length");
            if (length != null) {
                try {
                    if (Long.parseLong(length) > config.maxBody()) {
                        throw new ApiError(413, "too-large", "request body over " + config.maxBody() + " bytes");
                    }
                } catch (NumberFormatException e) {
                    throw new ApiError(400, "bad-request", "bad Content-Length");
                }
            }
        });
        WebPages web = new WebPages(store);
        app.get("/", ctx -> html(ctx, web.search(ctx.queryParam("q"))));
        app.get("/article/{id}", ctx -> html(ctx, web.article(id(ctx))));
        app.get("/actor/{id}", ctx -> html(ctx, web.actor(id(ctx))));
        app.get("/events", ctx -> html(ctx, web.events(ctx.queryParam("actor"), ctx.queryParam("type"), date(ctx, "from"), date(ctx, "to"))));
        app.get("/static/app.js", ctx -> asset(ctx, "app.js", "text/javascript"));
        app.get("/static/app.css", ctx -> asset(ctx, "app.css", "text/css"));
        app.get("/api/v1/openapi", ctx -> ctx.contentType("application/json").result(OpenApi.DOCUMENT));
        app.post("/api/v1/analyze", this::analyze);
        app.post("/api/v1/articles", this::ingest);
        app.get("/api/v1/search", this::search);
        app.get("/api/v1/events", this::events);
        app.get("/api/v1/quotes", this::quotes);
        app.get("/api/v1/actors", this::actors);
        app.get("/api/v1/actors/{id}", this::actor);
        app.get("/api/v1/articles/{id}", this::article);
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.code, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), switch (e.getStatus()) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            default -> "http-" + e.getStatus();
        }, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal", "internal error: " + e.getClass().getSimpleName()));
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "not-found", "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(405, ctx -> error(ctx, 405, "method-not-allowed", ctx.method() + " not allowed on " + ctx.path()));
    }

    private static void html(Context ctx, String page) {
        if (page == null) {
            throw new ApiError(404, "not-found", "no such page: " + ctx.path());
        }
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private static void asset(Context ctx, String name, String type) throws java.io.IOException {
        try (var in = DatelineServer.class.getResourceAsStream("/org/dateline/server/static/" + name)) {
            ctx.contentType(type + "; charset=utf-8").result(in.readAllBytes());
        }
    }

    private static void error(Context ctx, int status, String code, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.putObject("error").put("code", code).put("message", message == null ? code : message);
        ctx.status(status).contentType("application/json").result(o.toString());
    }

    private void analyze(Context ctx) throws Exception {
        List<ReadResult> items = read(ctx, false);
        ReadResult.Read read = (ReadResult.Read) items.get(0);
        if (!slots.tryAcquire(1, TimeUnit.SECONDS)) {
            ctx.header("Retry-After", "5");
            throw new ApiError(503, "busy", "all analysis slots are busy; retry later");
        }
        try {
            AnalyzedArticle a = analyzer.analyze(read.article());
            ctx.contentType("application/json").result(ArticleJson.line(ArticleJson.of(a)));
        } finally {
            slots.release();
        }
    }

    private void ingest(Context ctx) throws Exception {
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !MessageDigest.isEqual(auth.substring(7).getBytes(StandardCharsets.UTF_8),
                config.token().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(401, "unauthorized", "POST /articles needs 'Authorization: Bearer <token>'");
        }
        List<ReadResult> items = read(ctx, true);
        if (!slots.tryAcquire(1, TimeUnit.SECONDS)) {
            ctx.header("Retry-After", "5");
            throw new ApiError(503, "busy", "all analysis slots are busy; retry later");
        }
        try {
            Ingester.Summary s = new Ingester(store, analyzer, 1).ingest(items.stream(), null);
            ObjectNode o = JSON.createObjectNode().put("read", s.read()).put("stored", s.stored()).put("skipped", s.skipped())
                    .put("duplicates", s.duplicates()).put("failed", s.failed());
            o.set("failures", JSON.valueToTree(s.failureKinds()));
            ctx.status(s.stored() > 0 ? 201 : 200).contentType("application/json").result(o.toString());
        } finally {
            slots.release();
        }
    }

    /** The request's article(s): a JSON object, JSON Lines (batch) or plain text with a headline line. */
    private List<ReadResult> read(Context ctx, boolean batch) throws Exception {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new ApiError(400, "bad-request", "empty body: send a JSON article {\"title\",\"text\",...}");
        }
        String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        String name = type.startsWith("text/plain") ? "request.txt" : batch && type.contains("ndjson") ? "request.jsonl" : "request.json";
        if (name.equals("request.json") && batch) {
            String text = new String(body, StandardCharsets.UTF_8).strip();
            if (!text.startsWith("[") && text.indexOf('\n') > 0) {
                name = "request.jsonl";
            }
        }
        if (name.equals("request.json")) {
            try {
                JsonNode n = JSON.readTree(body);
                if (n == null || !(n.isObject() || (batch && n.isArray()))) {
                    throw new ApiError(400, "bad-request", "expected a JSON object" + (batch ? " or array" : ""));
                }
                if (n.isObject() && !n.path("text").isTextual()) {
                    throw new ApiError(400, "bad-request", "the article needs a string field \"text\"");
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new ApiError(400, "malformed-json", "malformed JSON: " + e.getOriginalMessage());
            }
        }
        List<ReadResult> items;
        try (Stream<ReadResult> s = new ArticleReader(Metadata.empty()).read(name, new ByteArrayInputStream(body))) {
            items = s.toList();
        }
        if (items.isEmpty()) {
            throw new ApiError(400, "bad-request", "no article in the body");
        }
        if (!batch) {
            if (items.size() > 1) {
                throw new ApiError(400, "bad-request", "POST /analyze takes one article; use POST /articles for batches");
            }
            if (items.get(0) instanceof ReadResult.Failed f) {
                throw new ApiError(400, f.problem().kind(), f.problem().message());
            }
        }
        return items;
    }

    private void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new ApiError(400, "bad-request", "query parameter q is required");
        }
        rows(ctx, store.search(q, limit(ctx), offset(ctx)));
    }

    private void events(Context ctx) {
        rows(ctx, store.events(new Rows.EventFilter(ctx.queryParam("actor"), ctx.queryParam("recipient"), ctx.queryParam("type"),
                date(ctx, "from"), date(ctx, "to"), ctx.queryParam("place"), ctx.queryParam("status"), limit(ctx)), offset(ctx)));
    }

    private void quotes(Context ctx) {
        rows(ctx, store.quotes(ctx.queryParam("speaker"), ctx.queryParam("about"), limit(ctx), offset(ctx)));
    }

    private void actors(Context ctx) {
        rows(ctx, store.actors(ctx.queryParam("name"), limit(ctx), offset(ctx)));
    }

    private void actor(Context ctx) {
        long id = id(ctx);
        Rows.ActorRow a = store.actor(id).orElseThrow(() -> new ApiError(404, "not-found", "no actor " + id));
        ObjectNode o = JSON.valueToTree(a);
        o.set("quotes", JSON.valueToTree(store.quotes(a.name(), null, 50)));
        o.set("events", JSON.valueToTree(store.events(new Rows.EventFilter(a.name(), null, null, null, null, null, null, 100))));
        ctx.contentType("application/json").result(o.toString());
    }

    private void article(Context ctx) {
        long id = id(ctx);
        String json = store.article(id).orElseThrow(() -> new ApiError(404, "not-found", "no article " + id));
        ctx.contentType("application/json").result(json);
    }

    private static void rows(Context ctx, List<?> rows) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode items = o.putArray("items");
        rows.forEach(r -> items.add(JSON.valueToTree(r)));
        o.put("count", rows.size());
        ctx.contentType("application/json").result(o.toString());
    }

    private static int limit(Context ctx) {
        String v = ctx.queryParam("limit");
        if (v == null) {
            return 50;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 1 || n > MAX_LIMIT) {
                throw new ApiError(400, "bad-request", "limit must be 1.." + MAX_LIMIT);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ApiError(400, "bad-request", "limit must be a number");
        }
    }

    private static int offset(Context ctx) {
        String v = ctx.queryParam("offset");
        try {
            int n = v == null ? 0 : Integer.parseInt(v);
            if (n < 0) {
                throw new ApiError(400, "bad-request", "offset must be 0 or more");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ApiError(400, "bad-request", "offset must be a number");
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "bad-request", name + " must be YYYY-MM-DD");
        }
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiError(400, "bad-request", "id must be a number");
        }
    }
}

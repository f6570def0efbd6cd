package org.dateline.server;

/** The OpenAPI 3.0 description served at {@code /api/v1/openapi}. */
final class OpenApi {
    private OpenApi() {
    }

    private static String get(String path, String summary, String params) {
        return "\"" + path + "\":{\"get\":{\"summary\":\"" + summary + "\",\"parameters\":[" + params + "],"
                + "\"responses\":{\"200\":{\"description\":\"ok\"},\"400\":{\"$ref\":\"#/components/responses/Error\"},"
                + "\"404\":{\"$ref\":\"#/components/responses/Error\"}}}}";
    }

    private static String q(String name, String type, String description) {
        return "{\"name\":\"" + name + "\",\"in\":\"query\",\"schema\":{\"type\":\"" + type + "\"},\"description\":\"" + description + "\"}";
    }

    private static String idParam() {
        return "{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"integer\"}}";
    }

    static final String DOCUMENT = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Dateline API\",\"version\":\"1\"},"
            + "\"servers\":[{\"url\":\"/api/v1\"}],\"paths\":{"
            + "\"/analyze\":{\"post\":{\"summary\":\"Analyze one article (JSON {title,text,published,source,url,author} or text/plain"
            + " with the headline on the first line); nothing is stored\",\"requestBody\":{\"required\":true,\"content\":{"
            + "\"application/json\":{},\"text/plain\":{}}},\"responses\":{\"200\":{\"description\":\"the analysis (docs/schema.md)\"},"
            + "\"400\":{\"$ref\":\"#/components/responses/Error\"},\"413\":{\"$ref\":\"#/components/responses/Error\"},"
            + "\"503\":{\"$ref\":\"#/components/responses/Error\"}}}},"
            + "\"/articles\":{\"post\":{\"summary\":\"Ingest one article, a JSON array or JSON Lines (application/x-ndjson)\","
            + "\"security\":[{\"bearer\":[]}],\"responses\":{\"201\":{\"description\":\"stored\"},\"200\":{\"description\":\"nothing new\"},"
            + "\"401\":{\"$ref\":\"#/components/responses/Error\"},\"400\":{\"$ref\":\"#/components/responses/Error\"},"
            + "\"413\":{\"$ref\":\"#/components/responses/Error\"}}}},"
            + get("/search", "Full-text search (BM25)", q("q", "string", "query") + "," + q("limit", "integer", "1..500") + "," + q("offset", "integer", "paging")) + ","
            + get("/events", "Events", q("actor", "string", "name, alias or code prefix") + "," + q("recipient", "string", "")
                + "," + q("type", "string", "PLOVER type") + "," + q("from", "string", "YYYY-MM-DD") + "," + q("to", "string", "YYYY-MM-DD")
                + "," + q("place", "string", "name or ISO-2") + "," + q("status", "string", "") + "," + q("limit", "integer", "")
                + "," + q("offset", "integer", "")) + ","
            + get("/quotes", "Quotes", q("speaker", "string", "") + "," + q("about", "string", "") + "," + q("limit", "integer", "")
                + "," + q("offset", "integer", "")) + ","
            + get("/actors", "Actors", q("name", "string", "") + "," + q("limit", "integer", "") + "," + q("offset", "integer", "")) + ","
            + get("/actors/{id}", "One actor with its quotes and events", idParam()) + ","
            + get("/articles/{id}", "One stored article's analysis", idParam())
            + "},\"components\":{\"securitySchemes\":{\"bearer\":{\"type\":\"http\",\"scheme\":\"bearer\"}},"
            + "\"responses\":{\"Error\":{\"description\":\"an error\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\","
            + "\"properties\":{\"error\":{\"type\":\"object\",\"properties\":{\"code\":{\"type\":\"string\"},"
            + "\"message\":{\"type\":\"string\"}}}}}}}}}}}";
}

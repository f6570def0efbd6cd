/**
 * The HTTP JSON API over a store ({@code /api/v1}, Javalin): analyze without storing, ingest with
 * a token, search, events, quotes, actors and articles; one error shape; bounded analysis.
 */
package org.dateline.server;

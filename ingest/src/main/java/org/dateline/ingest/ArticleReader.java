package org.dateline.ingest;

import org.dateline.ingest.html.HtmlArticles;
import org.dateline.ingest.html.WarcArticles;
import org.dateline.model.Metadata;
import org.dateline.model.Problem;
import org.dateline.model.RawArticle;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads articles from one input: plain text, a JSON article object or array of them ({@code .json}), JSON Lines
 * ({@code .jsonl}, {@code .ndjson}, optionally {@code .gz}), an HTML page ({@code .html}, {@code .htm}, or
 * anything that opens like one) or a WARC file ({@code .warc}, {@code .warc.gz}). Input without a telling name (stdin)
 * is JSON Lines when its first non-blank character is <code>{</code> and it parses as such, else
 * plain text. JSON Lines are streamed, so corpora of millions of lines need little memory; a
 * malformed line yields a {@link ReadResult.Failed} naming its line number and reading goes on.
 */
public final class ArticleReader {
    private final Metadata defaults;

    /** @param defaults metadata given on the command line; it wins over what an input says */
    public ArticleReader(Metadata defaults) {
        this.defaults = defaults;
    }

    /** Reads {@code in} (closed when the stream is closed); {@code name} picks the format. */
    public Stream<ReadResult> read(String name, InputStream in) throws IOException {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            return new WarcArticles().read(name, in, defaults);
        }
        InputStream source = lower.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
        String plain = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        if (plain.endsWith(".jsonl") || plain.endsWith(".ndjson")) {
            return lines(name, source);
        }
        byte[] bytes = source.readAllBytes();
        source.close();
        if (plain.endsWith(".json")) {
            return single(name, bytes).stream();
        }
        if (plain.endsWith(".html") || plain.endsWith(".htm") || (!plain.endsWith(".txt") && looksLikeHtml(bytes))) {
            return Stream.of(html(name, bytes));
        }
        if (!plain.endsWith(".txt") && looksLikeJsonLines(bytes)) {
            return lines(name, new ByteArrayInputStream(bytes));
        }
        return Stream.of(text(name, bytes));
    }

    /**
     * One line of a JSON Lines corpus, read exactly as {@link #read} reads it from a file; {@code where}
     * ({@code file:line}) names it and is the id of an article without one.
     */
    public ReadResult jsonLine(String line, String where) {
        return JsonArticleParser.parse(line, where, defaults);
    }

    private ReadResult text(String name, byte[] bytes) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n').stripLeading();
        int end = text.indexOf('\n');
        String title = text.isEmpty() ? null : (end < 0 ? text : text.substring(0, end)).strip();
        String body = end < 0 ? "" : text.substring(end + 1);
        return new ReadResult.Read(new RawArticle(name, title, body, defaults, decoded.problems()));
    }

    private List<ReadResult> single(String name, byte[] bytes) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (!decoded.problems().isEmpty() && decoded.text().isEmpty()) {
            return List.of(new ReadResult.Failed(name, decoded.problems().get(0)));
        }
        return JsonArticleParser.parseDocument(decoded.text(), name, defaults).stream()
                .map(r -> withProblems(r, decoded.problems())).toList();
    }

    private Stream<ReadResult> lines(String name, InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        java.util.function.Supplier<ReadResult> lines = new java.util.function.Supplier<>() {
            private int lineNumber;

            @Override
            public ReadResult get() {
                try {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        lineNumber++;
                        if (!line.isBlank()) {
                            return JsonArticleParser.parse(line, name + ":" + lineNumber, defaults);
                        }
                    }
                    return null;
                } catch (IOException e) {
                    return new ReadResult.Failed(name + ":" + (lineNumber + 1),
                            new Problem("io", "reading stopped: " + e.getMessage()));
                }
            }
        };
        return ReadAhead.stream(lines, r -> r instanceof ReadResult.Failed f && "io".equals(f.problem().kind()), reader);
    }

    private ReadResult html(String name, byte[] bytes) {
        if (bytes.length == 0) {
            return new ReadResult.Failed(name, new Problem("empty", "empty page"));
        }
        return new ReadResult.Read(HtmlArticles.read(name, bytes, defaults));
    }

    /** A document that opens with a doctype or an html/head/body tag. */
    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3);
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || (head.startsWith("<!--") && head.contains("<html"));
    }

    private static boolean looksLikeJsonLines(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i >= bytes.length || bytes[i] != '{') {
            return false;
        }
        int end = i;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        String first = new String(bytes, i, end - i, StandardCharsets.UTF_8);
        return JsonArticleParser.parse(first, "-", Metadata.empty()) instanceof ReadResult.Read;
    }

    private static ReadResult withProblems(ReadResult r, List<Problem> extra) {
        if (extra.isEmpty() || !(r instanceof ReadResult.Read read)) {
            return r;
        }
        RawArticle a = read.article();
        List<Problem> all = new ArrayList<>(extra);
        all.addAll(a.problems());
        return new ReadResult.Read(new RawArticle(a.id(), a.title(), a.body(), a.metadata(), all));
    }
}

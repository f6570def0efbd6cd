package org.dateline.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page bytes: a byte-order mark, else strict UTF-8, else the charset the page declares
 * ({@code <meta charset>}, {@code http-equiv}), else Windows-1252, which decodes any byte.
 */
final class Charsets {
    private static final Pattern DECLARED = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)");

    /** The text, and the charset used when it was not UTF-8 (else null). */
    record Decoded(String text, String fallback) {
    }

    private Charsets() {
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), null);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString(), null);
        } catch (CharacterCodingException e) {
            String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
            Matcher m = DECLARED.matcher(head);
            if (m.find()) {
                String name = m.group(1).toUpperCase(Locale.ROOT);
                try {
                    if (Charset.isSupported(name) && !name.equals("UTF-8") && !name.equals("UTF8")) {
                        return new Decoded(new String(bytes, Charset.forName(name)), name);
                    }
                } catch (IllegalArgumentException ignored) {
                    // an unknown or illegal name: fall through
                }
            }
            return new Decoded(new String(bytes, Charset.forName("windows-1252")), "windows-1252");
        }
    }
}

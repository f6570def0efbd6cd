package org.dateline.ingest;

import org.dateline.model.Problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns bytes into text: strict UTF-8 first, Windows-1252 when the bytes are not UTF-8 (the usual
 * encoding of scraped Western pages), and nothing at all for binary data.
 */
final class TextDecoder {
    /** Share of control characters in the first block above which input is taken as binary. */
    private static final double BINARY_CONTROL_SHARE = 0.05;
    private static final int SNIFF_BYTES = 8192;

    record Decoded(String text, List<Problem> problems) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        if (looksBinary(bytes)) {
            return new Decoded("", List.of(new Problem("binary",
                    "input looks binary (NUL or control bytes), not text; nothing analyzed")));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(stripBom(text), List.of());
        } catch (CharacterCodingException e) {
            String text = new String(bytes, Charset.forName("windows-1252"));
            return new Decoded(stripBom(text), List.of(new Problem("encoding",
                    "input is not valid UTF-8; read as Windows-1252")));
        }
    }

    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control > n * BINARY_CONTROL_SHARE;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}

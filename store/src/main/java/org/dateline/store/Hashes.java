package org.dateline.store;

import org.dateline.model.RawArticle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Content fingerprints. The raw hash (headline and body as read) makes re-ingest idempotent; the
 * body hash (clean body, case, punctuation and spacing ignored) links wire copies and the same
 * story under another headline.
 */
final class Hashes {
    private Hashes() {
    }

    static String raw(RawArticle a) {
        return sha256(a.title() + "\u0000" + a.body());
    }

    static String body(String cleanText) {
        StringBuilder sb = new StringBuilder(cleanText.length());
        boolean space = false;
        for (int i = 0; i < cleanText.length(); i++) {
            char c = cleanText.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return sha256(sb.toString().toLowerCase(Locale.ROOT));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

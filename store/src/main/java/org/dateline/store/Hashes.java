package org.dateline.store;

import org.dateline.model.RawArticle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Content fingerprints. The raw hash (headline and body as read) makes re-ingest idempotent; the
 * body hash (clean body, case, punctuation and spacing ignored) links the same story under another
 * headline; the MinHash signature links near-copies (a wire story with its dateline or last paragraph changed).
 */
public final class Hashes {
    private Hashes() {
    }

    /** The key of an article as read: the same title and body give the same key. */
    public static String raw(RawArticle a) {
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

    /** Fewer 3-word shingles than this and a text is too short to call a near-duplicate. */
    static final int MIN_SHINGLES = 40;
    /** MinHash signature length, and its LSH banding: 16 bands of 4 values. */
    static final int HASHES = 64;
    static final int BANDS = 16;
    /** Estimated Jaccard similarity of shingle sets from which two texts are near copies. */
    static final double NEAR = 0.75;

    /**
     * A MinHash signature of the text's word 3-shingles (Broder 1997): the share of equal
     * positions of two signatures estimates the Jaccard similarity of their shingle sets. A wire
     * copy with another dateline and a sentence cut shares most shingles; another story shares
     * almost none. Null for texts too short to compare.
     */
    static long[] minhash(String cleanText) {
        String[] words = cleanText.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> w = new ArrayList<>(words.length);
        for (String x : words) {
            if (!x.isEmpty()) {
                w.add(x);
            }
        }
        if (w.size() - 2 < MIN_SHINGLES) {
            return null;
        }
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (int i = 0; i + 2 < w.size(); i++) {
            long h = fnv64(w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2));
            for (int k = 0; k < HASHES; k++) {
                long v = mix(h ^ (0x9e3779b97f4a7c15L * (k + 1))) >>> 1;
                if (v < sig[k]) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of two signatures. */
    static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            if (a[k] == b[k]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** The LSH band keys: texts with Jaccard 0.75 share a band with probability 0.999, unrelated ones rarely. */
    static long[] bands(long[] sig) {
        int rows = HASHES / BANDS;
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < rows; r++) {
                h = mix(h * 31 + sig[b * rows + r]);
            }
            out[b] = h;
        }
        return out;
    }

    static byte[] bytes(long[] sig) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(sig.length * 8);
        for (long v : sig) {
            buf.putLong(v);
        }
        return buf.array();
    }

    static long[] longs(byte[] bytes) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
        long[] out = new long[bytes.length / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = buf.getLong();
        }
        return out;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static long fnv64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

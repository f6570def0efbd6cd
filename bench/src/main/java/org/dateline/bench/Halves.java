package org.dateline.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A split for benchmarks that ship none (PETRARCH2 unit tests, PLOVER gold sentences, the htmldate
 * and Zyte page sets): each record goes by a CRC-32 of its id to {@code dev}, studied and tuned on,
 * or {@code test}, held out; {@code all} scores both together.
 */
final class Halves {
    static final List<String> SPLITS = List.of("dev", "test", "all");

    private Halves() {
    }

    static String of(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0 ? "dev" : "test";
    }
}

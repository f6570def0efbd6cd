package org.dateline.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small corpora we write ourselves for store tests. */
final class Corpus {
    private Corpus() {
    }

    static final String TALKS = """
            {"id":"talks","title":"Blinken meets Wang in Jakarta","published":"2023-07-14","source":"Wire","url":"https://example.org/talks","text":"Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Jakarta on Thursday.\\n\\n\\"We had a candid conversation about arms control,\\" Blinken told reporters after the meeting."}
            """;
    static final String DENIAL = """
            {"id":"denial","title":"Russia denies strike on convoy","published":"2023-07-20","source":"Wire","text":"Russia denied attacking a Ukrainian aid convoy near Kharkiv on Monday.\\n\\n\\"No such strike took place,\\" Kremlin spokesman Dmitry Peskov said."}
            """;
    static final String PROTEST = """
            {"id":"protest","title":"Farmers protest in Paris","published":"2023-08-02","source":"Daily","text":"Thousands of farmers protested in Paris on Tuesday against new fuel taxes.\\n\\nThe agriculture minister said the government would meet union leaders next week."}
            """;

    /** Writes a JSON Lines file of the given lines. */
    static Path jsonl(Path dir, String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("", lines), StandardCharsets.UTF_8);
        return f;
    }
}

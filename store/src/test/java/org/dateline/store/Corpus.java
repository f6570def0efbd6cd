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

    /** A longer story, and a wire copy of it with another dateline and its last sentence cut. */
    static final String FLOOD = flood("flood", "River Aldane floods three villages", "VALMORE (Wire) - ",
            " Officials said repairs to the bridge at Corvin would take at least a month.");
    static final String FLOOD_COPY = flood("flood-copy", "Floods hit Aldane valley", "VALMORE, June 3 (Daily) - ", "");

    private static String flood(String id, String title, String dateline, String last) {
        String text = dateline + "The River Aldane burst its banks on Sunday after four days of heavy rain, flooding three"
                + " villages in the valley and forcing about two thousand people to leave their homes. Rescue teams in boats"
                + " reached families trapped on the upper floors of houses in Brell and Osk, the regional governor said."
                + " Schools in the district will stay closed until Wednesday, and the main road to the coast is under water"
                + " for twelve kilometres. Farmers said the harvest of the lower fields was lost." + last;
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"published\":\"2023-06-05\",\"text\":\"" + text + "\"}\n";
    }

    /** Writes a JSON Lines file of the given lines. */
    static Path jsonl(Path dir, String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("", lines), StandardCharsets.UTF_8);
        return f;
    }
}

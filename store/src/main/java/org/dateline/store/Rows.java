package org.dateline.store;

import java.time.LocalDate;
import java.util.List;

/** What the store's queries return: plain immutable rows. */
public final class Rows {
    private Rows() {
    }

    /** A full-text hit; {@code snippet} marks the matched words with [ and ]. */
    public record SearchHit(long article, String title, String published, String source, String snippet, double score) {
    }

    /** Filters of an events query; null means any. {@code actor}/{@code recipient}: a name or alias, or a code prefix (USA, RUSGOV). */
    public record EventFilter(String actor, String recipient, String type, LocalDate from, LocalDate to, String place,
                              String status, int limit) {
    }

    /**
     * One stored event with its cross-article group: {@code reports} is how many independent
     * articles (duplicates excluded) report the same event.
     */
    public record EventRow(long id, long group, int reports, String date, String type, String cameo, String status,
                           List<String> actors, List<String> recipients, String place, String placeCountry, Double lat,
                           Double lon, String trigger, long article, String title, String sentence) {
    }

    public record QuoteRow(long id, long article, String title, String published, String speaker, String cue, String kind,
                           String text) {
    }

    public record ActorRow(long id, String name, String type, String country, String code, int articles, String firstSeen,
                           String lastSeen, List<String> aliases, List<String> titles, int quotes, int events) {
    }

    /** Counts of what the store holds. */
    public record Stats(long articles, long duplicates, long actors, long quotes, long events, long eventGroups,
                        long places, long failures) {
    }
}

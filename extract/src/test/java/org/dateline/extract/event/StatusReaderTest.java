package org.dateline.extract.event;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusReaderTest {
    private static final LocalDate FRIDAY = LocalDate.of(2019, 5, 10);

    @Test
    void a_time_after_publication_makes_an_event_planned() {
        assertTrue(StatusReader.after("2019-05-14", FRIDAY));
        assertTrue(StatusReader.after("2019-W20", FRIDAY), "next week starts after Friday");
        assertFalse(StatusReader.after("2019-W19", FRIDAY), "this week has begun");
        assertFalse(StatusReader.after("2019-05-10", FRIDAY));
        assertFalse(StatusReader.after("2016", FRIDAY));
        assertTrue(StatusReader.after("FUTURE_REF", FRIDAY));
        assertFalse(StatusReader.after("2019-05-14", null), "no anchor, no inference");
    }
}

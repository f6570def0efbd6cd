package org.dateline.parquet;

import org.dateline.pipeline.table.Table;
import org.dateline.pipeline.table.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParquetTablesTest {
    @TempDir
    Path dir;

    private static Object[] event(String article, int idx, List<String> recipients, String month) {
        Table t = Tables.EVENTS;
        Object[] row = new Object[t.columns().size()];
        row[t.indexOf("article_id")] = article;
        row[t.indexOf("idx")] = idx;
        row[t.indexOf("type")] = "CONSULT";
        row[t.indexOf("cameo")] = "036";
        row[t.indexOf("goldstein")] = 4.0;
        row[t.indexOf("actors")] = List.of("E1");
        row[t.indexOf("recipients")] = recipients;
        row[t.indexOf("date_from_publication")] = Boolean.FALSE;
        row[t.indexOf("place_geonameid")] = 491422L;
        row[t.indexOf("month")] = month;
        return row;
    }

    @Test
    void rowsComeBackFromMonthPartitionsWithNullsAndLists() {
        List<Object[]> rows = List.of(
                event("a", 0, Arrays.asList("E2", null), "2019-05"),
                event("a", 1, List.of(), "2019-05"),
                event("b", 0, List.of("E3"), "2020-01"),
                event("c", 0, List.of("E1"), null));
        assertEquals(4, ParquetTables.write(dir, Tables.EVENTS, rows.iterator()));
        assertTrue(Files.isRegularFile(dir.resolve("events/month=2019-05/part-00000.parquet")));
        assertTrue(Files.isDirectory(dir.resolve("events/month=" + ParquetTables.NO_MONTH)), "undated rows as Spark files them");
        List<Object[]> back = new ArrayList<>(ParquetTables.read(dir, Tables.EVENTS));
        back.sort(Comparator.comparing((Object[] r) -> (String) r[0]).thenComparing(r -> (Integer) r[1]));
        assertEquals(rows.size(), back.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(Arrays.asList(rows.get(i)), Arrays.asList(back.get(i)), "row " + i);
        }
    }

    @Test
    void writingAgainReplacesTheTable() {
        ParquetTables.write(dir, Tables.EVENTS, List.<Object[]>of(event("a", 0, List.of(), "2019-05")).iterator());
        ParquetTables.write(dir, Tables.EVENTS, List.<Object[]>of(event("b", 0, List.of(), "2020-02")).iterator());
        List<Object[]> back = ParquetTables.read(dir, Tables.EVENTS);
        assertEquals(1, back.size());
        assertEquals("b", back.get(0)[0]);
    }

    @Test
    void aMissingTableIsAClearError() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ParquetTables.read(dir, Tables.QUOTES));
        assertTrue(e.getMessage().contains("no table quotes"), e.getMessage());
    }
}

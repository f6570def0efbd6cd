package org.dateline.pipeline.table;

import java.util.List;

/**
 * A flat table: its name and columns. Rows are {@code Object[]} in column order.
 *
 * @param name    the table's name (the directory it is written to)
 * @param columns its columns in order
 */
public record Table(String name, List<Column> columns) implements java.io.Serializable {
    public Table {
        columns = List.copyOf(columns);
    }

    /** The position of a column by name, or -1. */
    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }
}

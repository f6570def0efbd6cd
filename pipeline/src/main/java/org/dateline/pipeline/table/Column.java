package org.dateline.pipeline.table;

/**
 * One column of a table. Every column is nullable.
 *
 * @param name snake_case name, as written to Parquet
 * @param type the value type
 */
public record Column(String name, Type type) implements java.io.Serializable {
    /** Value types, each with the Java class of its values. */
    public enum Type {
        /** {@code String}. */
        STRING,
        /** {@code Integer}. */
        INT,
        /** {@code Long}. */
        LONG,
        /** {@code Double}. */
        DOUBLE,
        /** {@code Boolean}. */
        BOOLEAN,
        /** {@code List<String>} (elements may be null). */
        STRINGS
    }
}

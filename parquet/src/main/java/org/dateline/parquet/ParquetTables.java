package org.dateline.parquet;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.dateline.ingest.ReadAhead;
import org.dateline.pipeline.table.Column;
import org.dateline.pipeline.table.Table;
import org.dateline.pipeline.table.Tables;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Writes and reads the analysis tables as month-partitioned Parquet directories. */
public final class ParquetTables {
    /** The directory name Spark (Hive) gives rows whose partition value is null. */
    public static final String NO_MONTH = "__HIVE_DEFAULT_PARTITION__";

    private ParquetTables() {
    }

    /** The Parquet schema of a table's files: every column but the month, all optional; lists as Spark writes them. */
    public static MessageType schema(Table table) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (Column c : table.columns()) {
            if (c.name().equals(Tables.MONTH)) {
                continue;
            }
            switch (c.type()) {
                case STRING -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
                case INT -> b.optional(PrimitiveTypeName.INT32).named(c.name());
                case LONG -> b.optional(PrimitiveTypeName.INT64).named(c.name());
                case DOUBLE -> b.optional(PrimitiveTypeName.DOUBLE).named(c.name());
                case BOOLEAN -> b.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
                case STRINGS -> b.optionalGroup().as(LogicalTypeAnnotation.listType())
                        .repeatedGroup().optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("element")
                        .named("list").named(c.name());
            }
        }
        return b.named("spark_schema");
    }

    /**
     * Writes a table under {@code dir/<table>/}, replacing what was there; one file per month.
     *
     * @return rows written
     */
    public static long write(Path dir, Table table, Iterator<Object[]> rows) {
        Path root = dir.resolve(table.name());
        try (Writer w = new Writer(root, table)) {
            long n = 0;
            while (rows.hasNext()) {
                w.accept(rows.next());
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + root + ": " + e.getMessage(), e);
        }
    }

    /** Writes rows of one table into month partitions as they come. Replaces the table's directory when opened. */
    public static final class Writer implements Consumer<Object[]>, Closeable {
        private final Path root;
        private final Table table;
        private final MessageType schema;
        private final SimpleGroupFactory groups;
        private final int month;
        private final Map<String, ParquetWriter<Group>> byMonth = new TreeMap<>();

        public Writer(Path root, Table table) throws IOException {
            this.root = root;
            this.table = table;
            this.schema = schema(table);
            this.groups = new SimpleGroupFactory(schema);
            this.month = table.indexOf(Tables.MONTH);
            if (Files.exists(root)) {
                try (Stream<Path> old = Files.walk(root)) {
                    for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(root);
        }

        @Override
        public void accept(Object[] row) {
            String m = month < 0 ? null : (String) row[month];
            try {
                ParquetWriter<Group> w = byMonth.get(m == null ? "" : m);
                if (w == null) {
                    Path part = month < 0 ? root : root.resolve(Tables.MONTH + "=" + (m == null ? NO_MONTH : m));
                    Files.createDirectories(part);
                    w = ExampleParquetWriter.builder(new LocalOutputFile(part.resolve("part-00000.parquet")))
                            .withType(schema).withConf(new Configuration(false))
                            .withCompressionCodec(CompressionCodecName.SNAPPY)
                            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build();
                    byMonth.put(m == null ? "" : m, w);
                }
                w.write(group(row));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + root + ": " + e.getMessage(), e);
            }
        }

        private Group group(Object[] row) {
            Group g = groups.newGroup();
            List<Column> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                Object v = row[i];
                String name = columns.get(i).name();
                if (v == null || i == month) {
                    continue;
                }
                switch (columns.get(i).type()) {
                    case STRING -> g.append(name, (String) v);
                    case INT -> g.append(name, ((Number) v).intValue());
                    case LONG -> g.append(name, ((Number) v).longValue());
                    case DOUBLE -> g.append(name, ((Number) v).doubleValue());
                    case BOOLEAN -> g.append(name, (Boolean) v);
                    case STRINGS -> {
                        Group list = g.addGroup(name);
                        for (Object e : (List<?>) v) {
                            Group element = list.addGroup("list");
                            if (e != null) {
                                element.append("element", e.toString());
                            }
                        }
                    }
                }
            }
            return g;
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (ParquetWriter<Group> w : byMonth.values()) {
                try {
                    w.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    /**
     * Reads a table written here or by the Spark job: every Parquet file under {@code dir/<table>/},
     * rows in the table's column order, the month from the directory name.
     */
    public static List<Object[]> read(Path dir, Table table) {
        List<Object[]> out = new ArrayList<>();
        forEach(dir, table, out::add);
        return out;
    }

    /** Streams a table's rows to {@code rows} without holding them. */
    public static void forEach(Path dir, Table table, Consumer<Object[]> rows) {
        try (Stream<Object[]> all = stream(dir, table)) {
            all.forEach(rows);
        }
    }

    /**
     * A table's rows, read lazily file by file (close the stream when done).
     *
     * @throws UncheckedIOException when the table's directory is missing or a file is not Parquet
     */
    public static Stream<Object[]> stream(Path dir, Table table) {
        Path root = dir.resolve(table.name());
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException(new IOException("no table " + table.name() + " in " + dir + " (no directory " + root + ")"));
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(Files::isRegularFile).filter(p -> !hidden(root, p)).filter(p -> p.toString().endsWith(".parquet"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
        return files.stream().flatMap(file -> rows(root, file, table));
    }

    private static Stream<Object[]> rows(Path root, Path file, Table table) {
        int month = table.indexOf(Tables.MONTH);
        String m = monthOf(root, file);
        ParquetReader<Group> r;
        try {
            r = ParquetReader.builder(new GroupReadSupport(), new org.apache.hadoop.fs.Path(file.toUri()))
                    .withConf(new Configuration(false)).build();
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("cannot read " + file + ": " + e.getMessage(), e));
        }
        return ReadAhead.stream(() -> {
            try {
                Group g = r.read();
                if (g == null) {
                    return null;
                }
                Object[] row = values(g, table);
                if (month >= 0) {
                    row[month] = m;
                }
                return row;
            } catch (IOException | RuntimeException e) {
                throw new UncheckedIOException(new IOException("cannot read " + file + ": " + e.getMessage(), e));
            }
        }, row -> false, () -> {
            try {
                r.close();
            } catch (IOException e) {
                // nothing lost
            }
        });
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            String s = part.toString();
            if (s.startsWith("_") || s.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String monthOf(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            String s = part.toString();
            if (s.startsWith(Tables.MONTH + "=")) {
                String v = s.substring(Tables.MONTH.length() + 1);
                return v.equals(NO_MONTH) ? null : v;
            }
        }
        return null;
    }

    private static Object[] values(Group g, Table table) {
        GroupType type = g.getType();
        List<Column> columns = table.columns();
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).name();
            if (!type.containsField(name) || g.getFieldRepetitionCount(name) == 0) {
                continue;
            }
            row[i] = switch (columns.get(i).type()) {
                case STRING -> g.getString(name, 0);
                case INT -> g.getInteger(name, 0);
                case LONG -> g.getLong(name, 0);
                case DOUBLE -> g.getDouble(name, 0);
                case BOOLEAN -> g.getBoolean(name, 0);
                case STRINGS -> {
                    Group list = g.getGroup(name, 0);
                    List<String> items = new ArrayList<>();
                    for (int k = 0; k < list.getFieldRepetitionCount(0); k++) {
                        Group element = list.getGroup(0, k);
                        items.add(element.getFieldRepetitionCount(0) == 0 ? null : element.getString(0, 0));
                    }
                    yield items;
                }
            };
        }
        return row;
    }
}

package org.dateline.extract.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Class-path data files: UTF-8 tables ({@code #} comment lines and blank lines skipped, columns
 * split on tabs; a name ending in {@code .gz} is gunzipped) and readers for files with formats of their own. A missing file is a packaging
 * bug and fails loudly.
 */
public final class DataFiles {
    private DataFiles() {
    }

    /** Feeds every row of a tab-separated table to {@code row}; {@code resource} is an absolute class-path name. */
    public static void rows(String resource, Consumer<String[]> row) {
        try (BufferedReader r = new BufferedReader(reader(resource))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A UTF-8 reader over a class-path file; the caller closes it. */
    public static Reader reader(String resource) {
        InputStream in = DataFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try {
            return new InputStreamReader(resource.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

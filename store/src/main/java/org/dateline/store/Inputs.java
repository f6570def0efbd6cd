package org.dateline.store;

import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ReadResult;
import org.dateline.model.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The articles under a list of paths: files, directories (recursively, in name order; hidden
 * files and files of other kinds skipped) and "-" for standard input, as one lazy stream. A file
 * that cannot be read becomes a failed item, never an exception.
 */
public final class Inputs {
    private static final List<String> KINDS = List.of(".txt", ".json", ".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz",
            ".json.gz", ".txt.gz", ".html", ".htm", ".html.gz", ".htm.gz", ".warc", ".warc.gz");

    private Inputs() {
    }

    /** The files the paths stand for, directories expanded; a missing path fails loudly (usage error). */
    public static List<Path> files(List<String> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                out.add(Path.of("-"));
                continue;
            }
            Path path = Path.of(p);
            if (!Files.exists(path)) {
                throw new java.nio.file.NoSuchFileException(p);
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(Inputs::articleFile).sorted().forEach(out::add);
                }
            } else {
                out.add(path);
            }
        }
        return out;
    }

    private static boolean articleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && KINDS.stream().anyMatch(name::endsWith);
    }

    /**
     * All articles of the files, read lazily one file after another and one article at a time
     * (not {@code flatMap}: pulled through an iterator it buffers a whole corpus file).
     */
    public static Stream<ReadResult> read(List<Path> files, ArticleReader reader) {
        Iterator<Path> paths = files.iterator();
        Iterator<ReadResult> items = new Iterator<>() {
            private Stream<ReadResult> current;
            private Iterator<ReadResult> it = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!it.hasNext()) {
                    if (current != null) {
                        current.close();
                        current = null;
                    }
                    if (!paths.hasNext()) {
                        return false;
                    }
                    current = open(paths.next(), reader);
                    it = current.iterator();
                }
                return true;
            }

            @Override
            public ReadResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return it.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
    }

    private static Stream<ReadResult> open(Path f, ArticleReader reader) {
        String name = f.toString();
        try {
            InputStream in = name.equals("-") ? System.in : Files.newInputStream(f);
            return reader.read(name, in);
        } catch (IOException | UncheckedIOException e) {
            return Stream.of(new ReadResult.Failed(name, new Problem("io", "cannot read: " + e.getMessage())));
        }
    }
}

package org.dateline.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream over items read one at a time from a resource (lines, WARC records, Parquet rows),
 * the first read at once. Reading stops when {@code next} gives null or after an item {@code last}
 * accepts (a failure that ends the input); closing the stream closes the resource.
 */
public final class ReadAhead {
    private ReadAhead() {
    }

    public static <T> Stream<T> stream(Supplier<T> next, Predicate<T> last, Closeable resource) {
        Iterator<T> it = new Iterator<>() {
            private T ahead = next.get();

            @Override
            public boolean hasNext() {
                return ahead != null;
            }

            @Override
            public T next() {
                if (ahead == null) {
                    throw new NoSuchElementException();
                }
                T item = ahead;
                ahead = last.test(item) ? null : next.get();
                return item;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false).onClose(() -> {
            try {
                resource.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

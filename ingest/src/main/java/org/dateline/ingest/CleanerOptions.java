package org.dateline.ingest;

/**
 * Options of the {@link ResidueCleaner}.
 *
 * @param maxChars bodies longer than this are cut (after the last sentence end or space that fits) and a {@code truncated}
 *                 problem is recorded (a news article is rarely over 60,000 characters; this keeps
 *                 a 10 MB input from taking minutes)
 */
public record CleanerOptions(int maxChars) {
    public CleanerOptions {
        if (maxChars < 1000) {
            throw new IllegalArgumentException("maxChars must be >= 1000, was " + maxChars);
        }
    }

    public static CleanerOptions defaults() {
        return new CleanerOptions(200_000);
    }
}

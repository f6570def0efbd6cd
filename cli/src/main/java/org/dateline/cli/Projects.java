package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project and its shared benchmark data are: {@code DATELINE_HOME}, else the working directory. */
final class Projects {
    private Projects() {
    }

    static Path home() {
        String env = System.getenv("DATELINE_HOME");
        return (env == null || env.isBlank() ? Path.of("") : Path.of(env)).toAbsolutePath().normalize();
    }

    /** The throughput corpus in the shared folder. */
    static Path defaultCorpus() {
        return sharedDir().resolve("corpora/article-bias-prediction/articles.jsonl.gz");
    }

    /** The public benchmarks in the shared folder. */
    static Path defaultBenchmarks() {
        return sharedDir().resolve("benchmarks");
    }

    /** {@code ../shared} beside the project root. */
    static Path sharedDir() {
        Path beside = home().resolveSibling("shared");
        return Files.isDirectory(beside) ? beside : home().resolve("shared");
    }
}

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

    /** {@code ../shared} beside the project root. */
    static Path sharedDir() {
        Path beside = home().resolveSibling("shared");
        return Files.isDirectory(beside) ? beside : home().resolve("shared");
    }
}

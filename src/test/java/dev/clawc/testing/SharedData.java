package dev.clawc.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the read-only shared data beside the project ({@code ../shared}, or {@code -Dclawc.shared}).
 * Absent on a user's fresh clone: tests that need it are skipped with a message. In CI
 * ({@code CI=true}) it must be there, and its absence fails the build.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        String configured = System.getProperty("clawc.shared");
        Path root = Path.of(configured != null && !configured.isBlank() ? configured : "../shared").toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            String message = "shared data not found at " + root + " (set -Dclawc.shared=DIR)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + "; CI requires it");
            }
            Assumptions.abort(message + "; skipping conformance test");
        }
        return root;
    }

    /** The corpus's real configs (`shared/corpus/*.json5`), sorted by name. */
    public static List<Path> corpusConfigs() throws IOException {
        try (Stream<Path> files = Files.list(dir("corpus"))) {
            return files.filter(p -> p.toString().endsWith(".json5")).sorted().collect(Collectors.toList());
        }
    }

    public static Path dir(String name) {
        Path dir = root().resolve(name);
        if (!Files.isDirectory(dir)) {
            fail("shared data has no " + name + "/ at " + dir);
        }
        return dir;
    }
}

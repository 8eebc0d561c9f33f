package dev.clawc.load;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Extra directories includes may come from, besides the config directory: the entries of
 * {@code OPENCLAW_INCLUDE_ROOTS} (separated by the platform path separator; {@code ~} means the
 * home directory; entries that do not end up absolute are ignored), as OpenClaw reads them.
 */
final class IncludeRoots {
    static final String VARIABLE = "OPENCLAW_INCLUDE_ROOTS";

    private IncludeRoots() {
    }

    static List<Path> fromEnvironment(Environment environment) {
        String raw = environment.get(VARIABLE);
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        Set<Path> roots = new LinkedHashSet<>();
        for (String entry : raw.trim().split(File.pathSeparator, -1)) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                String expanded = trimmed;
                if (trimmed.equals("~") || trimmed.startsWith("~/") || trimmed.startsWith("~\\")) {
                    String home = environment.get("HOME");
                    if (home == null || home.isBlank()) {
                        home = System.getProperty("user.home");
                    }
                    expanded = home + trimmed.substring(1);
                }
                Path path = Path.of(expanded).toAbsolutePath().normalize();
                if (path.isAbsolute()) {
                    roots.add(path);
                }
            } catch (InvalidPathException e) {
                // OpenClaw would fail to resolve it as well; such an entry admits nothing
            }
        }
        return new ArrayList<>(roots);
    }
}

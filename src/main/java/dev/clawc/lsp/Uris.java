package dev.clawc.lsp;

import java.net.URI;
import java.nio.file.Path;

/** Document URIs to paths and back: the server keys everything by normalized absolute path. */
final class Uris {
    private Uris() {
    }

    /** The file a {@code file:} URI names, or null for other schemes (untitled buffers). */
    static Path path(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme())) {
                return null;
            }
            return Path.of(parsed).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String uri(Path path) {
        return path.toUri().toString();
    }

    /** The path a diagnostic's file display name stands for (the server gives the pipeline absolute paths). */
    static Path fromDisplayName(String displayName) {
        try {
            return Path.of(displayName).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }
}

package dev.clawc.lsp;

import dev.clawc.config.ConfigModel;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One analysis of a root config and the text it ran on: the findings, every file it read ({@code $include}s)
 * and the typed model that completion, hover and definitions read.
 */
final class Snapshot {
    private final Path root;
    private final String text;
    private final ConfigAnalyzer.Result result;

    Snapshot(Path root, String text, ConfigAnalyzer.Result result) {
        this.root = root;
        this.text = text;
        this.result = result;
    }

    Path root() {
        return root;
    }

    String text() {
        return text;
    }

    ConfigAnalyzer.Result result() {
        return result;
    }

    /** The typed model the rules ran on, or null when the config is not an object. */
    ConfigModel model() {
        return result.model();
    }

    /** Every file the analysis read, the root first. */
    List<SourceFile> files() {
        return result.load() == null ? (result.file() == null ? List.of() : List.of(result.file())) : result.load().files();
    }

    /** The file read at a path, or null. */
    SourceFile file(Path path) {
        for (SourceFile file : files()) {
            if (path.equals(Uris.fromDisplayName(file.displayName()))) {
                return file;
            }
        }
        return null;
    }

    /** Included files (every file read but the root). */
    List<Path> includedPaths() {
        List<Path> out = new ArrayList<>();
        for (SourceFile file : files()) {
            Path path = Uris.fromDisplayName(file.displayName());
            if (path != null && !path.equals(root)) {
                out.add(path);
            }
        }
        return out;
    }

    /** The findings located in one file (findings without a location belong to the root). */
    List<Diagnostic> diagnosticsIn(Path path) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            Path where = d.span() != null ? Uris.fromDisplayName(d.span().file().displayName())
                    : d.fileName() != null ? Uris.fromDisplayName(d.fileName()) : root;
            if (path.equals(where) || (where == null && path.equals(root))) {
                out.add(d);
            }
        }
        return out;
    }
}

package dev.clawc.load;

import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.ParseResult;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The load stage: turns the parsed root config into the value OpenClaw would validate, in
 * OpenClaw's order:
 * <ol>
 *   <li>{@code $include} directives are resolved (relative to the including file, inside the config
 *       directory, at most {@link LoadOptions#maxIncludeDepth()} deep, no cycles) and merged;</li>
 *   <li>the config's {@code env} block fills environment variables that are unset or blank;</li>
 *   <li>{@code ${VAR}} references in string values are substituted.</li>
 * </ol>
 * Where OpenClaw would refuse the config, a diagnostic is reported and loading goes on, so one run
 * shows every problem. The loader never throws for bad input.
 */
public final class ConfigLoader {
    private static final String STDIN = "<stdin>";

    private final LoadOptions options;

    public ConfigLoader(LoadOptions options) {
        this.options = options;
    }

    /**
     * Loads a root config whose display name is its path (relative to the working directory or
     * absolute). For {@code <stdin>}, includes are resolved from the working directory.
     */
    public LoadResult load(ParseResult root) {
        String name = root.file().displayName();
        Path path;
        try {
            path = name.equals(STDIN) ? Path.of(STDIN) : Path.of(name);
        } catch (InvalidPathException e) {
            path = Path.of(STDIN);
        }
        return load(root, path);
    }

    /**
     * Loads a root config read from {@code rootPath}; includes are resolved from its directory, which
     * is also the directory they must stay inside.
     */
    public LoadResult load(ParseResult root, Path rootPath) {
        Path rootFile = rootPath.toAbsolutePath().normalize();
        List<SourceFile> files = new ArrayList<>();
        files.add(root.file());
        IncludeResolver.Diagnostics diagnostics = new IncludeResolver.Diagnostics();
        Json5Value value = root.value();
        if (value == null) {
            return new LoadResult(null, diagnostics.list(), files, Map.of(), options.environment());
        }
        IncludeResolver includes = new IncludeResolver(options, rootFile, displayDirectory(root.file()), files,
                diagnostics);
        value = includes.resolve(value, rootFile, root.file().displayName());

        ConfigEnvVars.Applied applied = ConfigEnvVars.apply(value, options.environment());
        EnvSubstitution substitution = new EnvSubstitution(applied.environment(), applied.skipped(), diagnostics);
        value = substitution.substitute(value, ConfigPath.root());
        return new LoadResult(value, diagnostics.list(), files, substitution.substitutions(), applied.environment());
    }

    /** The directory part of the root's display name, so included files are named the same way. */
    private static Path displayDirectory(SourceFile root) {
        String name = root.displayName();
        if (name.equals(STDIN)) {
            return null;
        }
        try {
            return Path.of(name).getParent();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}

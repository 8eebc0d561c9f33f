package dev.clawc.core;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.DidYouMean;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.ParseResult;
import dev.clawc.load.LoadRules;
import dev.clawc.release.OpenClawVersion;
import dev.clawc.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A repository's {@code .clawc.json5}: the nearest one in the checked file's directory or above. What the command
 * line does not say comes from here; what it says wins. Keys:
 * <pre>
 *   openclawVersion: "2026.9.6",             // default release (a release number or "installed")
 *   rules: { "RULE-ID": "off", "OTHER-RULE-ID": "error" },
 *   exclude: ["backups/**"],                 // globs, relative to this file's directory
 *   envFiles: [".env"],                      // read before --env-file files (which win), relative to this file
 *   failOn: "warning",                       // as --fail-on
 *   baseline: ".clawc-baseline.json",        // as --baseline, relative to this file
 * </pre>
 * A bad value is a {@code settings-invalid} error at its location and is ignored; the rest still applies. The CLI and
 * the language server both read it (the command line and the editor's settings win over it).
 */
public final class ProjectSettings {
    public static final String FILE_NAME = ".clawc.json5";
    private static final long MAX_BYTES = 1024 * 1024;
    private static final List<String> KEYS = List.of("openclawVersion", "rules", "exclude", "envFiles", "failOn", "baseline");
    private static final List<String> LEVELS = List.of("off", "info", "warning", "error");

    /** No settings file: everything from the command line and the defaults. */
    public static final ProjectSettings NONE = new ProjectSettings(null, null, null, Map.of(), List.of(), List.of(), null, null, List.of());

    public final Path file;
    public final SourceFile source;
    public final String openclawVersion;
    /** Rule id -> level, null meaning off, in the file's order. */
    public final Map<String, Severity> rules;
    public final List<String> exclude;
    public final List<Path> envFiles;
    public final Severity failOn;
    public final Path baseline;
    public final List<Diagnostic> problems;

    private ProjectSettings(Path file, SourceFile source, String openclawVersion, Map<String, Severity> rules,
            List<String> exclude, List<Path> envFiles, Severity failOn, Path baseline, List<Diagnostic> problems) {
        this.file = file;
        this.source = source;
        this.openclawVersion = openclawVersion;
        this.rules = rules;
        this.exclude = exclude;
        this.envFiles = envFiles;
        this.failOn = failOn;
        this.baseline = baseline;
        this.problems = problems;
    }

    /** The settings file nearest to {@code start} (a directory), or null. */
    public static Path find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Reads and validates one settings file; problems are diagnostics, never exceptions. */
    public static ProjectSettings read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return failed(file, null, Diagnostic.builder(LoadRules.SETTINGS_INVALID, Severity.ERROR,
                        "settings file `" + name + "` is larger than 1 MiB").file(name).build());
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return failed(file, null, Diagnostic.builder(LoadRules.SETTINGS_INVALID, Severity.ERROR,
                    "cannot read settings file `" + name + "`: " + e.getMessage()).file(name).build());
        }
        SourceFile source = new SourceFile(name, new String(bytes, StandardCharsets.UTF_8));
        ParseResult parsed = Json5Reader.read(source);
        List<Diagnostic> problems = new ArrayList<>();
        for (Diagnostic d : parsed.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                problems.add(d);
            }
        }
        if (!problems.isEmpty()) {
            return new ProjectSettings(file, source, null, Map.of(), List.of(), List.of(), null, null, List.copyOf(problems));
        }
        if (!(parsed.value() instanceof Json5Object root)) {
            return failed(file, source, problem(parsed.value(), "a settings file is an object: `{ rules: { ... } }`"));
        }
        return new Reader(file, source, problems).read(root);
    }

    /** Whether {@code path} (a checked file) matches one of the exclude globs. */
    public boolean excludes(Path path) {
        if (file == null || exclude.isEmpty()) {
            return false;
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(dir)) {
            return false;
        }
        Path relative = dir.relativize(absolute);
        for (String glob : exclude) {
            if (matcher(glob).matches(relative) || glob.startsWith("**/") && matcher(glob.substring(3)).matches(relative)) {
                return true;
            }
        }
        return false;
    }

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    private static ProjectSettings failed(Path file, SourceFile source, Diagnostic problem) {
        return new ProjectSettings(file, source, null, Map.of(), List.of(), List.of(), null, null, List.of(problem));
    }

    private static Diagnostic problem(Json5Value where, String message) {
        return Diagnostic.builder(LoadRules.SETTINGS_INVALID, Severity.ERROR, message).at(where.span()).build();
    }

    /** Validates the keys of one file, keeping what is valid. */
    private static final class Reader {
        private final Path file;
        private final SourceFile source;
        private final List<Diagnostic> problems;
        private String version;
        private final Map<String, Severity> rules = new LinkedHashMap<>();
        private final List<String> exclude = new ArrayList<>();
        private final List<Path> envFiles = new ArrayList<>();
        private Severity failOn;
        private Path baseline;

        Reader(Path file, SourceFile source, List<Diagnostic> problems) {
            this.file = file;
            this.source = source;
            this.problems = problems;
        }

        ProjectSettings read(Json5Object root) {
            Path dir = file.toAbsolutePath().normalize().getParent();
            for (Json5Member member : root.members()) {
                Json5Value value = member.value();
                switch (member.name()) {
                    case "openclawVersion" -> version = version(value);
                    case "rules" -> rules(value);
                    case "exclude" -> exclude.addAll(strings(value, "glob"));
                    case "envFiles" -> strings(value, "path").forEach(p -> envFiles.add(dir.resolve(p)));
                    case "failOn" -> failOn = level(value, false);
                    case "baseline" -> {
                        String path = string(value, "path");
                        baseline = path == null ? null : dir.resolve(path);
                    }
                    default -> {
                        String closest = DidYouMean.closest(member.name(), KEYS);
                        problems.add(Diagnostic.builder(LoadRules.SETTINGS_INVALID, Severity.ERROR,
                                        "unknown settings key `" + member.name() + "`")
                                .at(member.key().span(), closest != null ? "did you mean `" + closest + "`?" : "not a setting")
                                .help("settings keys: " + String.join(", ", KEYS)).build());
                    }
                }
            }
            return new ProjectSettings(file, source, version, rules.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(rules), List.copyOf(exclude),
                    List.copyOf(envFiles), failOn, baseline, List.copyOf(problems));
        }

        private String version(Json5Value value) {
            String text = string(value, "release");
            if (text != null && !text.equals(dev.clawc.config.VersionChoice.INSTALLED) && !OpenClawVersion.isVersion(text)) {
                problems.add(problem(value, "`openclawVersion` must be a release such as "
                        + dev.clawc.release.Releases.bundled().newest() + ", or \"installed\"; got \"" + text + "\""));
                return null;
            }
            return text;
        }

        private void rules(Json5Value value) {
            if (!(value instanceof Json5Object object)) {
                problems.add(problem(value, "`rules` maps rule ids to levels: `{ \"RULE-ID\": \"off\" }`"));
                return;
            }
            for (Json5Member member : object.members()) {
                if (RuleRegistry.find(member.name()) == null) {
                    String closest = DidYouMean.closest(member.name(),
                            RuleRegistry.all().stream().map(dev.clawc.diag.RuleMeta::id).toList());
                    problems.add(Diagnostic.builder(LoadRules.SETTINGS_INVALID, Severity.ERROR,
                                    "unknown rule `" + member.name() + "`")
                            .at(member.key().span(), closest != null ? "did you mean `" + closest + "`?" : "not a clawc rule")
                            .help("`clawc rules` lists every rule id").build());
                    continue;
                }
                Severity level = level(member.value(), true);
                if (level != null || member.value() instanceof Json5String s && s.value().equals("off")) {
                    rules.put(member.name(), level);
                }
            }
        }

        /** A level; null for "off" (when allowed) and for a bad value (reported). */
        private Severity level(Json5Value value, boolean offAllowed) {
            String text = string(value, "level");
            if (text == null) {
                return null;
            }
            if (offAllowed && text.equals("off")) {
                return null;
            }
            if (!LEVELS.contains(text) || text.equals("off")) {
                problems.add(problem(value, "a level is " + (offAllowed ? "\"off\", " : "") + "\"info\", \"warning\" or \"error\"; got \""
                        + text + "\""));
                return null;
            }
            return Severity.parse(text);
        }

        private String string(Json5Value value, String what) {
            if (value instanceof Json5String s && !s.value().isBlank()) {
                return s.value();
            }
            problems.add(problem(value, "expected a " + what + " as a non-empty string"));
            return null;
        }

        private List<String> strings(Json5Value value, String what) {
            List<String> out = new ArrayList<>();
            if (!(value instanceof Json5Array array)) {
                problems.add(problem(value, "expected a list of " + what + "s: `[\"...\"]`"));
                return out;
            }
            for (Json5Value element : array.elements()) {
                String text = string(element, what);
                if (text != null) {
                    out.add(text);
                }
            }
            return out;
        }
    }
}

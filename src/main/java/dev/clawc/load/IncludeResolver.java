package dev.clawc.load;

import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import dev.clawc.diag.Span;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.ParseResult;
import dev.clawc.json5.SourceDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves {@code $include} directives the way OpenClaw's include processor does, but reports every
 * problem as a diagnostic and carries on where OpenClaw would abort the whole load. A failed include
 * contributes nothing: the object keeps its sibling keys (or becomes empty).
 *
 * <p>Order of checks for one include path, as in OpenClaw: NUL byte and length, lexical root
 * boundary, real-path (symlink) boundary, cycle, depth, then reading (regular file, no hard links,
 * size) and parsing.
 */
final class IncludeResolver {
    static final String INCLUDE_KEY = "$include";
    /** OpenClaw refuses include paths of this many characters or more, before and after resolution. */
    static final int MAX_PATH_LENGTH = 4096;

    /** A directory includes may come from: its path as written and its real path. */
    private record Root(Path dir, Path realDir) {
    }

    /** One file of the include chain and the {@code $include} string that brought it in (null for the root). */
    private record Frame(Path file, String displayName, Span site) {
    }

    /** A file read and parsed once, however often it is included. */
    private record Loaded(SourceFile file, Json5Value value) {
    }

    /** Why an include produced no value. */
    private static final Json5Value FAILED = null;

    private final LoadOptions options;
    private final List<Root> roots = new ArrayList<>();
    private final Path rootDir;
    private final Path displayDir;
    private final Map<Path, Loaded> loaded = new HashMap<>();
    private final List<SourceFile> files;
    private final Diagnostics diagnostics;

    IncludeResolver(LoadOptions options, Path rootFile, Path displayDir, List<SourceFile> files, Diagnostics diagnostics) {
        this.options = options;
        this.rootDir = rootFile.getParent();
        this.displayDir = displayDir;
        this.files = files;
        this.diagnostics = diagnostics;
        roots.add(new Root(rootDir, realPathOr(rootDir)));
        for (Path extra : IncludeRoots.fromEnvironment(options.environment())) {
            roots.add(new Root(extra, realPathOr(extra)));
        }
    }

    /** Resolves every include under {@code value}, which was read from {@code rootFile}. */
    Json5Value resolve(Json5Value value, Path rootFile, String rootDisplayName) {
        return process(value, ConfigPath.root(), List.of(new Frame(rootFile, rootDisplayName, null)));
    }

    private Json5Value process(Json5Value value, ConfigPath path, List<Frame> chain) {
        if (value instanceof Json5Array array) {
            List<Json5Value> elements = new ArrayList<>(array.elements().size());
            boolean changed = false;
            for (int i = 0; i < array.elements().size(); i++) {
                Json5Value element = array.elements().get(i);
                Json5Value processed = process(element, path.index(i), chain);
                changed |= processed != element;
                elements.add(processed);
            }
            return changed ? new Json5Array(array.span(), List.copyOf(elements), array.comments()) : array;
        }
        if (value instanceof Json5Object object) {
            return object.member(INCLUDE_KEY) == null ? processObject(object, path, chain) : processInclude(object, path, chain);
        }
        return value;
    }

    /** An object without {@code $include}: members that lose to a later duplicate are left as written. */
    private Json5Value processObject(Json5Object object, ConfigPath path, List<Frame> chain) {
        List<Json5Member> members = new ArrayList<>(object.members().size());
        boolean changed = false;
        for (Json5Member member : object.members()) {
            if (object.member(member.name()) != member) {
                members.add(member);
                continue;
            }
            Json5Value processed = process(member.value(), path.key(member.name()), chain);
            if (processed != member.value()) {
                changed = true;
                members.add(new Json5Member(member.key(), processed, member.comments()));
            } else {
                members.add(member);
            }
        }
        return changed ? new Json5Object(object.span(), List.copyOf(members), object.comments()) : object;
    }

    private Json5Value processInclude(Json5Object object, ConfigPath path, List<Frame> chain) {
        Json5Member include = object.member(INCLUDE_KEY);
        List<Json5Member> siblings = new ArrayList<>();
        for (Json5Member member : JsonMerge.uniqueMembers(object).values()) {
            if (!member.name().equals(INCLUDE_KEY)) {
                siblings.add(member);
            }
        }
        Json5Value included = resolveIncludeValue(include.value(), object.span(), path, chain);
        if (siblings.isEmpty()) {
            return included != FAILED ? included : new Json5Object(object.span(), List.of(), object.comments());
        }
        if (included != FAILED && !(included instanceof Json5Object)) {
            Diagnostic.Builder error = Diagnostic.builder(LoadRules.INCLUDE_NOT_OBJECT, Severity.ERROR,
                            "keys next to `$include` need the included content to be an object, but it is "
                                    + article(included.kind()))
                    .at(include.value().span(), "includes " + article(included.kind()))
                    .label(siblings.get(0).key().span(), "sibling key")
                    .path(path)
                    .note("OpenClaw merges sibling keys into the included object and refuses the config otherwise: "
                            + "`Sibling keys require included content to be an object`");
            if (included.span() != null) {
                error.label(included.span(), "the included " + included.kind());
            }
            diagnostics.add(error
                    .help("move the sibling keys into the included file, or include a file whose top level is an object")
                    .build());
            included = FAILED;
        }
        List<Json5Member> processed = new ArrayList<>(siblings.size());
        for (Json5Member member : siblings) {
            Json5Value value = process(member.value(), path.key(member.name()), chain);
            processed.add(value == member.value() ? member : new Json5Member(member.key(), value, member.comments()));
        }
        Json5Object rest = new Json5Object(object.span(), List.copyOf(processed), object.comments());
        return included == FAILED ? rest : JsonMerge.deepMerge(included, rest, object.span());
    }

    private Json5Value resolveIncludeValue(Json5Value value, Span objectSpan, ConfigPath path, List<Frame> chain) {
        if (value instanceof Json5String single) {
            return loadFile(single, path, chain);
        }
        if (value instanceof Json5Array array) {
            Json5Value merged = new Json5Object(objectSpan, List.of(), List.of());
            boolean anyLoaded = array.elements().isEmpty();
            for (int i = 0; i < array.elements().size(); i++) {
                Json5Value item = array.elements().get(i);
                if (!(item instanceof Json5String entry)) {
                    diagnostics.add(Diagnostic.builder(LoadRules.INCLUDE_NOT_OBJECT, Severity.ERROR,
                                    "`$include` array items must be path strings, but item " + i + " is "
                                            + article(item.kind()))
                            .at(item.span(), "expected a path string")
                            .path(path)
                            .note("OpenClaw refuses the config: `Invalid $include array item: expected string, got "
                                    + javaScriptType(item) + "`")
                            .build());
                    continue;
                }
                Json5Value loadedValue = loadFile(entry, path, chain);
                if (loadedValue != FAILED) {
                    merged = JsonMerge.deepMerge(merged, loadedValue, objectSpan);
                    anyLoaded = true;
                }
            }
            return anyLoaded ? merged : FAILED;
        }
        diagnostics.add(Diagnostic.builder(LoadRules.INCLUDE_NOT_OBJECT, Severity.ERROR,
                        "`$include` must be a path string or an array of path strings, not " + article(value.kind()))
                .at(value.span(), "expected a path string or an array of them")
                .path(path)
                .note("OpenClaw refuses the config: `Invalid $include value: expected string or array of strings, got "
                        + javaScriptType(value) + "`")
                .build());
        return FAILED;
    }

    private Json5Value loadFile(Json5String site, ConfigPath path, List<Frame> chain) {
        String includePath = site.value();
        Frame current = chain.get(chain.size() - 1);
        if (includePath.indexOf('\0') >= 0) {
            report(problem(LoadRules.INCLUDE_UNREADABLE, "include path contains a NUL character", site, path, chain)
                    .note("OpenClaw refuses the config: `Include path must not contain null bytes`"));
            return FAILED;
        }
        if (includePath.length() >= MAX_PATH_LENGTH) {
            report(problem(LoadRules.INCLUDE_UNREADABLE, "include path is " + includePath.length()
                    + " characters long; OpenClaw accepts fewer than " + MAX_PATH_LENGTH, site, path, chain));
            return FAILED;
        }
        Path resolved;
        try {
            Path written = Path.of(includePath);
            resolved = (written.isAbsolute() ? written : current.file().getParent().resolve(written)).normalize();
        } catch (InvalidPathException e) {
            report(problem(LoadRules.INCLUDE_UNREADABLE, "include path `" + includePath + "` is not a valid path: "
                    + e.getReason(), site, path, chain));
            return FAILED;
        }
        if (resolved.toString().length() >= MAX_PATH_LENGTH) {
            report(problem(LoadRules.INCLUDE_UNREADABLE, "resolved include path is " + resolved.toString().length()
                    + " characters long; OpenClaw accepts fewer than " + MAX_PATH_LENGTH, site, path, chain)
                    .note("resolved path: " + resolved));
            return FAILED;
        }
        String display = displayName(resolved);
        if (findRoot(resolved, false) == null) {
            report(problem(LoadRules.INCLUDE_ESCAPES_ROOT, "include path `" + includePath
                    + "` leads outside the config directory", site, path, chain)
                    .note("resolved path: " + resolved)
                    .note("config directory: " + rootDir)
                    .note("OpenClaw refuses the config: `Include path escapes config directory: " + includePath
                            + " (root: " + rootDir + ")`")
                    .help(ESCAPE_HELP));
            return FAILED;
        }
        try {
            Path real = resolved.toRealPath();
            if (findRoot(real, true) == null) {
                report(problem(LoadRules.INCLUDE_ESCAPES_ROOT, "include path `" + includePath
                        + "` leads outside the config directory through a symbolic link", site, path, chain)
                        .note("resolved path: " + resolved)
                        .note("real path: " + real)
                        .note("config directory: " + rootDir + (roots.get(0).realDir().equals(rootDir) ? ""
                                : " (real path " + roots.get(0).realDir() + ")"))
                        .note("OpenClaw refuses the config: `Include path resolves outside config directory (symlink): "
                                + includePath + "`")
                        .help(ESCAPE_HELP));
                return FAILED;
            }
        } catch (NoSuchFileException e) {
            // missing: reported when the file is read, as OpenClaw does
        } catch (IOException | SecurityException e) {
            report(problem(LoadRules.INCLUDE_UNREADABLE, "cannot resolve include path `" + includePath + "`: "
                    + reason(e), site, path, chain).note("resolved path: " + resolved));
            return FAILED;
        }
        for (Frame frame : chain) {
            if (frame.file().equals(resolved)) {
                reportCycle(site, path, chain, resolved, display);
                return FAILED;
            }
        }
        int depth = chain.size() - 1;
        if (depth >= options.maxIncludeDepth()) {
            report(problem(LoadRules.INCLUDE_DEPTH, "includes are nested more than " + options.maxIncludeDepth()
                    + " levels deep", site, path, chain)
                    .note("chain: " + chainText(chain, display))
                    .note("OpenClaw refuses the config: `Maximum include depth (" + options.maxIncludeDepth()
                            + ") exceeded at: " + includePath + "`")
                    .help("flatten the include tree: include the deeper files directly from a higher level"));
            return FAILED;
        }
        Loaded file = loaded.get(resolved);
        if (file == null) {
            file = read(site, path, chain, resolved, display, includePath);
            if (file == null) {
                return FAILED;
            }
            loaded.put(resolved, file);
        }
        if (file.value() == null) {
            return FAILED; // syntax errors, already reported
        }
        if (++expansions > MAX_EXPANSIONS) {
            if (expansions == MAX_EXPANSIONS + 1) {
                report(problem(LoadRules.INCLUDE_COUNT, "more than " + MAX_EXPANSIONS + " includes are expanded", site, path,
                        chain).note("files that include each other several times multiply: each level repeats the ones below")
                        .help("include shared files once, near the top"));
            }
            return FAILED;
        }
        List<Frame> nested = new ArrayList<>(chain);
        nested.add(new Frame(resolved, display, site.span()));
        return process(file.value(), path, List.copyOf(nested));
    }

    /** Include expansions per load: a lattice of files including each other twice per level grows as 2^depth. */
    static final int MAX_EXPANSIONS = 1000;
    private int expansions;

    private static final String ESCAPE_HELP = "keep included files inside the directory of the main config file, "
            + "or list their directory (absolute path) in OPENCLAW_INCLUDE_ROOTS";

    private Loaded read(Json5String site, ConfigPath path, List<Frame> chain, Path resolved, String display,
            String includePath) {
        long limit = options.maxIncludeBytes();
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(resolved, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                String what = attributes.isDirectory() ? "a directory" : "not a regular file";
                report(problem(LoadRules.INCLUDE_NOT_REGULAR_FILE, "included path `" + includePath + "` is " + what,
                        site, path, chain)
                        .note("resolved path: " + resolved)
                        .note(SECURITY_NOTE + includePath + "`"));
                return null;
            }
            int links = linkCount(resolved);
            if (links > 1) {
                report(problem(LoadRules.INCLUDE_NOT_REGULAR_FILE, "included file `" + includePath + "` has " + links
                        + " hard links; OpenClaw refuses hard-linked include files", site, path, chain)
                        .note("resolved path: " + resolved)
                        .note(SECURITY_NOTE + includePath + "`")
                        .help("replace the hard link with a copy of the file (a symbolic link inside the config "
                                + "directory is accepted)"));
                return null;
            }
            if (attributes.size() > limit) {
                reportTooLarge(site, path, chain, resolved, includePath, attributes.size());
                return null;
            }
            try (InputStream in = Files.newInputStream(resolved)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            }
            if (bytes.length > limit) { // grew since it was measured
                reportTooLarge(site, path, chain, resolved, includePath, -1);
                return null;
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            Diagnostic.Builder missing = problem(LoadRules.INCLUDE_NOT_FOUND, "included file `" + includePath
                    + "` does not exist", site, path, chain)
                    .note("resolved path: " + resolved)
                    .note("OpenClaw refuses the config: `Failed to read include file: " + includePath + " (resolved: "
                            + resolved + ")`")
                    .help("relative include paths are resolved from the directory of the file that contains the "
                            + "`$include`");
            if (includePath.contains("${")) {
                missing.note("`${...}` is not expanded in include paths: includes are resolved before "
                        + "environment variables are substituted");
            }
            report(missing);
            return null;
        } catch (IOException | SecurityException e) {
            report(problem(LoadRules.INCLUDE_UNREADABLE, "cannot read included file `" + includePath + "`: "
                    + reason(e), site, path, chain)
                    .note("resolved path: " + resolved)
                    .note("OpenClaw refuses the config: `Failed to read include file: " + includePath + " (resolved: "
                            + resolved + ")`"));
            return null;
        }
        SourceDecoder.Decoded decoded = SourceDecoder.decode(display, bytes);
        ParseResult parsed = Json5Reader.read(decoded.file());
        files.add(decoded.file());
        String origin = "in a file included from " + site.span() + " (`$include: \"" + includePath + "\"`)";
        for (Diagnostic diagnostic : decoded.diagnostics()) {
            diagnostics.add(withNote(diagnostic, origin));
        }
        for (Diagnostic diagnostic : parsed.diagnostics()) {
            diagnostics.add(withNote(diagnostic, origin));
        }
        // with syntax errors this is what the reader recovered, so the rest of the file is still checked
        return new Loaded(decoded.file(), parsed.value());
    }

    private static final String SECURITY_NOTE = "OpenClaw refuses the config: `Include file failed security checks "
            + "(regular file, max 2097152 bytes, no hardlinks): ";

    private void reportTooLarge(Json5String site, ConfigPath path, List<Frame> chain, Path resolved, String includePath,
            long size) {
        long limit = options.maxIncludeBytes();
        String sizeText = size >= 0 ? " is " + size + " bytes," : " is";
        report(problem(LoadRules.INCLUDE_TOO_LARGE, "included file `" + includePath + "`" + sizeText
                + " larger than the limit of " + formatBytes(limit), site, path, chain)
                .note("resolved path: " + resolved)
                .note(SECURITY_NOTE + includePath + "`")
                .help("split the file into smaller includes"));
    }

    private void reportCycle(Json5String site, ConfigPath path, List<Frame> chain, Path resolved, String display) {
        Diagnostic.Builder cycle = problem(LoadRules.INCLUDE_CYCLE, "include cycle: `" + display
                + "` is already being included", site, path, List.of())
                .note("chain: " + chainText(chain, display));
        StringBuilder openClaw = new StringBuilder();
        for (Frame frame : chain) {
            if (frame.site() != null) {
                cycle.label(frame.site(), "includes `" + frame.displayName() + "`");
            }
            openClaw.append(frame.file()).append(" -> ");
        }
        cycle.note("OpenClaw refuses the config: `Circular include detected: " + openClaw + resolved + "`");
        report(cycle.help("remove one of the `$include` directives in the cycle"));
    }

    /** A builder at the include string with the chain that led here. */
    private Diagnostic.Builder problem(String rule, String message, Json5String site, ConfigPath path, List<Frame> chain) {
        Diagnostic.Builder builder = Diagnostic.builder(rule, Severity.ERROR, message)
                .at(site.span(), labelFor(rule))
                .path(path);
        if (chain.size() > 1) {
            builder.note("included via: " + chainText(chain, null));
        }
        return builder;
    }

    private static String labelFor(String rule) {
        return switch (rule) {
            case LoadRules.INCLUDE_NOT_FOUND -> "no such file";
            case LoadRules.INCLUDE_CYCLE -> "includes a file that is already being included";
            case LoadRules.INCLUDE_ESCAPES_ROOT -> "outside the config directory";
            case LoadRules.INCLUDE_DEPTH -> "one include too many";
            case LoadRules.INCLUDE_COUNT -> "one expansion too many";
            case LoadRules.INCLUDE_TOO_LARGE -> "file too large";
            case LoadRules.INCLUDE_NOT_REGULAR_FILE -> "not a regular file";
            default -> "cannot be read";
        };
    }

    private void report(Diagnostic.Builder builder) {
        diagnostics.add(builder.build());
    }

    private static String chainText(List<Frame> chain, String last) {
        StringBuilder text = new StringBuilder();
        for (Frame frame : chain) {
            if (text.length() > 0) {
                text.append(" -> ");
            }
            text.append(frame.displayName());
        }
        if (last != null) {
            text.append(" -> ").append(last);
        }
        return text.toString();
    }

    private Root findRoot(Path candidate, boolean real) {
        for (Root root : roots) {
            if (candidate.startsWith(real ? root.realDir() : root.dir())) {
                return root;
            }
        }
        return null;
    }

    /** How diagnostics name an included file: relative to the root file's name as the user gave it. */
    private String displayName(Path resolved) {
        if (!resolved.startsWith(rootDir)) {
            return resolved.toString();
        }
        Path relative = rootDir.relativize(resolved);
        return (displayDir == null ? relative : displayDir.resolve(relative)).normalize().toString();
    }

    private static Path realPathOr(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path;
        }
    }

    private static int linkCount(Path path) {
        try {
            Object count = Files.getAttribute(path, "unix:nlink");
            return count instanceof Integer n ? n : 1;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException | SecurityException e) {
            return 1; // no link count on this file system
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    static String formatBytes(long bytes) {
        if (bytes % (1024 * 1024) == 0 && bytes > 0) {
            return (bytes / (1024 * 1024)) + " MiB";
        }
        if (bytes % 1024 == 0 && bytes > 0) {
            return (bytes / 1024) + " KiB";
        }
        return bytes + " bytes";
    }

    static String article(String kind) {
        return (kind.startsWith("a") || kind.startsWith("o") ? "an " : "a ") + kind;
    }

    /** The word JavaScript's {@code typeof} gives, as OpenClaw's messages show it. */
    private static String javaScriptType(Json5Value value) {
        return switch (value.kind()) {
            case "array", "null" -> "object";
            default -> value.kind();
        };
    }

    static Diagnostic withNote(Diagnostic d, String note) {
        List<String> notes = new ArrayList<>(d.notes());
        notes.add(note);
        return new Diagnostic(d.rule(), d.severity(), d.message(), d.fileName(), d.span(), d.label(), d.labels(),
                d.path(), notes, d.help(), d.fix());
    }

    /** Collects diagnostics, dropping exact repeats (a file included twice reports its problems once). */
    static final class Diagnostics {
        private final List<Diagnostic> list = new ArrayList<>();
        private final Set<List<Object>> seen = new LinkedHashSet<>();

        void add(Diagnostic d) {
            List<Object> key = d.span() == null
                    ? List.of(d.rule(), d.message(), String.valueOf(d.fileName()))
                    : List.of(d.rule(), d.message(), d.span().file(), d.span().start(), d.span().end());
            if (seen.add(key)) {
                list.add(d);
            }
        }

        List<Diagnostic> list() {
            return list;
        }
    }
}

package dev.clawc.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns `check` arguments into files: a directory stands for every `openclaw.json` / `openclaw.json5`
 * under it (their `$include`s are checked through them), a glob (`configs/*.json5`) for its matches,
 * anything else for itself.
 */
final class InputExpander {
    private static final Set<String> CONFIG_NAMES = Set.of("openclaw.json", "openclaw.json5");
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules", "target", ".idea", ".venv");

    /** The files to check, or an explanation in {@code problems} for an argument that named none. */
    static List<String> expand(List<String> arguments, List<String> problems) {
        List<String> files = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                files.add(argument);
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                List<String> found = configsUnder(path);
                if (found.isEmpty()) {
                    problems.add(argument);
                }
                files.addAll(found);
            } else if (!Files.exists(path) && (argument.contains("*") || argument.contains("?") || argument.contains("["))) {
                List<String> found = glob(argument);
                if (found.isEmpty()) {
                    problems.add(argument);
                }
                files.addAll(found);
            } else {
                files.add(argument);
            }
        }
        return files;
    }

    /**
     * What `--via-root` checks: each root config named, and for each other file (an include) the nearest
     * openclaw.json/openclaw.json5 in its directory or above. A root found that way counts only if it
     * really includes the file ({@link #keep}): an unrelated `.json5` (a renovate.json5) is never checked.
     *
     * @param files    what to analyze
     * @param includes for a root added only through other files: those files (absolute, normalized)
     * @param orphans  files with no root config in their directory or above
     */
    record ViaRoots(List<String> files, java.util.Map<String, List<Path>> includes, List<String> orphans) {
        /** Whether a root's result is reported: it was named, or it includes one of the files that led to it. */
        boolean keep(String root, List<String> loadedFiles) {
            List<Path> wanted = includes.get(root);
            if (wanted == null || loadedFiles.isEmpty()) {
                return true; // named itself, or it could not be read (then its problem is reported)
            }
            Path rootDir = Path.of(root).toAbsolutePath().getParent();
            for (String loaded : loadedFiles) {
                Path asGiven = Path.of(loaded).toAbsolutePath().normalize();
                Path fromRoot = rootDir.resolve(loaded).normalize();
                if (wanted.contains(asGiven) || wanted.contains(fromRoot)) {
                    return true;
                }
            }
            return false;
        }
    }

    static ViaRoots viaRoots(List<String> files) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        java.util.Map<String, List<Path>> includes = new java.util.LinkedHashMap<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        List<String> orphans = new ArrayList<>();
        for (String file : files) {
            Path path = Path.of(file);
            if (file.equals("-") || CONFIG_NAMES.contains(String.valueOf(path.getFileName()))) {
                out.add(file);
                named.add(file);
                continue;
            }
            String root = null;
            for (Path dir = path.toAbsolutePath().getParent(); dir != null && root == null; dir = dir.getParent()) {
                for (String name : List.of("openclaw.json5", "openclaw.json")) {
                    if (Files.isRegularFile(dir.resolve(name))) {
                        Path found = dir.resolve(name);
                        Path cwd = Path.of("").toAbsolutePath();
                        root = found.startsWith(cwd) ? cwd.relativize(found).toString() : found.toString();
                        break;
                    }
                }
            }
            if (root == null) {
                orphans.add(file);
                continue;
            }
            out.add(root);
            includes.computeIfAbsent(root, r -> new ArrayList<>()).add(path.toAbsolutePath().normalize());
        }
        named.forEach(includes::remove);
        return new ViaRoots(new ArrayList<>(out), includes, orphans);
    }

    private static List<String> configsUnder(Path directory) {
        List<String> found = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(directory) && SKIPPED_DIRS.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && CONFIG_NAMES.contains(file.getFileName().toString())) {
                        found.add(file.toString());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return found;
        }
        found.sort(String::compareTo);
        return found;
    }

    private static List<String> glob(String pattern) {
        String normalized = pattern.replace('\\', '/');
        int firstWild = indexOfWildcard(normalized);
        int slash = normalized.lastIndexOf('/', firstWild);
        Path base = slash < 0 ? Path.of("") : Path.of(normalized.substring(0, slash + 1));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + normalized);
        List<String> found = new ArrayList<>();
        Path root = base.toString().isEmpty() ? Path.of(".") : base;
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (var stream = Files.walk(root)) {
            stream.filter(Files::isRegularFile).forEach(p -> {
                Path relative = base.toString().isEmpty() ? root.relativize(p) : p;
                if (matcher.matches(relative)) {
                    found.add(relative.toString());
                }
            });
        } catch (IOException e) {
            return found;
        }
        found.sort(String::compareTo);
        return found;
    }

    private static int indexOfWildcard(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return text.length();
    }
}

package dev.clawc.diag;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directory that report paths are relative to: the root of the git repository around the working
 * directory (where `.git` is, a directory or a worktree's file), else the working directory. Code
 * scanning and pull-request annotations name files from the repository root.
 */
public final class RepositoryRoot {
    private RepositoryRoot() {
    }

    public static Path of(Path workingDirectory) {
        Path start = workingDirectory.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return start;
    }

    /** A file's path relative to {@code base} with `/` separators, or its absolute path when outside it. */
    public static String relative(Path base, String fileName) {
        Path path = Path.of(fileName).toAbsolutePath().normalize();
        Path relative = path.startsWith(base) ? base.relativize(path) : path;
        return relative.toString().replace('\\', '/');
    }
}

package dev.clawc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** An I/O failure as one line naming the file and the operating system's reason (exit status 2, never "internal error"). */
final class IoFailure {
    private IoFailure() {
    }

    /** The message for an I/O failure anywhere in the cause chain, or null when it is not one. */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UncheckedIOException unchecked) {
                return describe(unchecked.getCause());
            }
            if (t instanceof FileSystemException fs) {
                String file = fs.getFile() == null ? "" : "`" + fs.getFile() + "`";
                return "cannot access " + file + ": " + reason(fs);
            }
            if (t instanceof IOException io) {
                return "I/O error: " + io.getMessage();
            }
        }
        return null;
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        } else if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof NotDirectoryException) {
            return "not a directory";
        } else if (e instanceof FileAlreadyExistsException) {
            return "file exists";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}

package dev.clawc.cli;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.load.LoadRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one input named on the command line ({@code -} is standard input) without ever holding
 * more than the size limit in memory. A failure is an {@code io-error} diagnostic, not an exception.
 */
final class Input {
    static final String RULE_IO_ERROR = LoadRules.IO_ERROR;
    static final String RULE_TOO_LARGE = LoadRules.FILE_TOO_LARGE;
    static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    /** What was read: bytes, or a diagnostic saying why not. */
    record Read(String displayName, byte[] bytes, Diagnostic problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private Input() {
    }

    static String displayName(String argument) {
        return argument.equals("-") ? "<stdin>" : argument;
    }

    static Read read(String argument, InputStream stdin, long maxBytes) {
        String name = displayName(argument);
        if (argument.equals("-")) {
            return readStream(name, stdin, maxBytes);
        }
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            return failure(name, "`" + name + "` is a directory, not a config file");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            return failure(name, "`" + name + "` is not a regular file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return readStream(name, in, maxBytes);
        } catch (NoSuchFileException e) {
            return failure(name, "cannot read `" + name + "`: no such file");
        } catch (AccessDeniedException e) {
            return failure(name, "cannot read `" + name + "`: permission denied");
        } catch (IOException e) {
            return failure(name, "cannot read `" + name + "`: " + e.getMessage());
        }
    }

    private static Read readStream(String name, InputStream in, long maxBytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    return new Read(name, null, Diagnostic.builder(RULE_TOO_LARGE, Severity.ERROR,
                                    "`" + name + "` is larger than the limit of " + describe(maxBytes))
                            .file(name)
                            .note("an OpenClaw config is a few kilobytes; clawc stops reading at the limit")
                            .help("if the file really is this large, raise the limit with --max-file-size")
                            .build());
                }
                out.write(buffer, 0, n);
            }
            return new Read(name, out.toByteArray(), null);
        } catch (IOException e) {
            return failure(name, "cannot read `" + name + "`: " + e.getMessage());
        }
    }

    static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    private static Read failure(String name, String message) {
        return new Read(name, null, Diagnostic.builder(RULE_IO_ERROR, Severity.ERROR, message).file(name).build());
    }
}

package dev.clawc.load;

import java.util.Map;
import java.util.Objects;

/**
 * Settings for {@link ConfigLoader}.
 *
 * @param environment      the variables {@code ${VAR}} references resolve against (before the
 *                         config's own {@code env} block is applied); also the source of
 *                         {@code OPENCLAW_INCLUDE_ROOTS}
 * @param maxIncludeDepth  how many include files may be nested (OpenClaw: 10)
 * @param maxIncludeBytes  the largest included file accepted, in bytes (OpenClaw: 2 MiB); larger
 *                         files are refused without being read
 */
public record LoadOptions(Environment environment, int maxIncludeDepth, long maxIncludeBytes) {
    public static final int DEFAULT_MAX_INCLUDE_DEPTH = 10;
    public static final long DEFAULT_MAX_INCLUDE_BYTES = 2L * 1024 * 1024;

    public LoadOptions {
        Objects.requireNonNull(environment, "environment");
        if (maxIncludeDepth < 0 || maxIncludeBytes < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }

    /** OpenClaw's limits with the given environment. */
    public static LoadOptions of(Environment environment) {
        return new LoadOptions(environment, DEFAULT_MAX_INCLUDE_DEPTH, DEFAULT_MAX_INCLUDE_BYTES);
    }

    /** OpenClaw's limits with a plain variable map (all of origin {@link Environment.Origin#PROCESS}). */
    public static LoadOptions of(Map<String, String> env) {
        return of(Environment.of(env));
    }

    public LoadOptions withMaxIncludeDepth(int depth) {
        return new LoadOptions(environment, depth, maxIncludeBytes);
    }

    public LoadOptions withMaxIncludeBytes(long bytes) {
        return new LoadOptions(environment, maxIncludeDepth, bytes);
    }
}

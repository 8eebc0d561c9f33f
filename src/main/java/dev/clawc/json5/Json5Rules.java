package dev.clawc.json5;

/** Ids of the findings the JSON5 front end reports. Each has a page under rules/docs/. */
public final class Json5Rules {
    /** Text that is not JSON5. */
    public static final String SYNTAX = "json5-syntax";
    /** The same key twice in one object: OpenClaw keeps the last and drops the rest silently. */
    public static final String DUPLICATE_KEY = "duplicate-key";
    /** Objects and arrays nested deeper than the reader's limit. */
    public static final String NESTING_TOO_DEEP = "nesting-too-deep";
    /** A string, an object or an array larger than the reader's limits. */
    public static final String LIMIT_EXCEEDED = "limit-exceeded";
    /** A NUL character outside a string: a binary file, or a file in another encoding (UTF-16). */
    public static final String NUL_BYTE = "nul-byte";
    /** Bytes that are not UTF-8. */
    public static final String INVALID_UTF8 = SourceDecoder.RULE_INVALID_UTF8;

    private Json5Rules() {
    }
}

package dev.clawc.json5;

import dev.clawc.diag.RuleMeta;
import dev.clawc.diag.Severity;
import java.util.List;

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

    /** Every JSON5-stage rule with its metadata (the registry lists them from here). */
    public static final List<RuleMeta> RULES = List.of(
            RuleMeta.ofStage("json5", SYNTAX, Severity.ERROR, true, "Text that is not JSON5."),
            RuleMeta.ofStage("json5", DUPLICATE_KEY, Severity.WARNING, false, "A key written twice in one object; OpenClaw keeps the last."),
            RuleMeta.ofStage("json5", NESTING_TOO_DEEP, Severity.ERROR, true, "Objects and arrays nested beyond 1,000 levels."),
            RuleMeta.ofStage("json5", INVALID_UTF8, Severity.ERROR, true, "Bytes that are not UTF-8."),
            RuleMeta.ofStage("json5", NonFiniteNumbers.RULE, Severity.ERROR, false, "Infinity or NaN where strict JSON is printed."),
            RuleMeta.ofStage("json5", LIMIT_EXCEEDED, Severity.ERROR, false, "A string, object or array beyond clawc's size limits."),
            RuleMeta.ofStage("json5", NUL_BYTE, Severity.ERROR, false, "NUL bytes in the file (binary data or UTF-16 text)."));

    /** The findings that mean the text itself is unreadable: anything else on their span is a consequence. */
    public static final java.util.Set<String> SYNTAX_ERRORS = java.util.Set.of(SYNTAX, INVALID_UTF8, NESTING_TOO_DEEP);

    private Json5Rules() {
    }
}

package dev.clawc.schema;

import dev.clawc.diag.RuleMeta;
import dev.clawc.diag.Severity;
import java.util.List;

/** Ids of the findings schema validation reports. Each has a page under rules/docs/. */
public final class SchemaRules {
    public static final String UNKNOWN_KEY = "unknown-key";
    public static final String INVALID_TYPE = "invalid-type";
    public static final String INVALID_VALUE = "invalid-value";
    public static final String MISSING_KEY = "missing-key";

    /** Every schema rule with its metadata (the registry lists them from here). OpenClaw refuses all four. */
    public static final List<RuleMeta> RULES = List.of(
            RuleMeta.ofStage("schema", UNKNOWN_KEY, Severity.ERROR, true, "A key OpenClaw does not accept at that place."),
            RuleMeta.ofStage("schema", INVALID_TYPE, Severity.ERROR, true, "A value of the wrong type."),
            RuleMeta.ofStage("schema", INVALID_VALUE, Severity.ERROR, true, "A value outside what OpenClaw accepts."),
            RuleMeta.ofStage("schema", MISSING_KEY, Severity.ERROR, true, "A required key that is missing."));

    private SchemaRules() {
    }
}

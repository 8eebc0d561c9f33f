package dev.clawc.schema;

/** Ids of the findings schema validation reports. Each has a page under rules/docs/. */
public final class SchemaRules {
    public static final String UNKNOWN_KEY = "unknown-key";
    public static final String INVALID_TYPE = "invalid-type";
    public static final String INVALID_VALUE = "invalid-value";
    public static final String MISSING_KEY = "missing-key";

    private SchemaRules() {
    }
}

package dev.clawc.rules;

import dev.clawc.diag.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule clawc has: the semantic rules of this package, listed explicitly (no classpath
 * scanning: start-up time matters), and the findings earlier stages report, which are rules too as
 * far as users are concerned (they can be listed, documented and re-levelled).
 */
public final class RuleRegistry {

    /** A rule's public face: id, default severity, summary, and the stage that reports it. */
    public record Meta(String id, Severity severity, String summary, String stage) {
    }

    private static final List<Rule> SEMANTIC = concat(
            List.of(new dev.clawc.rules.checks.BareModelRef()),
            RefRules.ALL,
            ChainRules.ALL,
            ProviderRules.ALL,
            CatalogRules.ALL,
            VersionRules.ALL,
            CachingRules.ALL);

    @SafeVarargs
    private static List<Rule> concat(List<Rule>... groups) {
        List<Rule> all = new ArrayList<>();
        for (List<Rule> group : groups) {
            all.addAll(group);
        }
        return Collections.unmodifiableList(all);
    }

    private static final List<Meta> STAGE_RULES = List.of(
            new Meta("json5-syntax", Severity.ERROR, "Text that is not JSON5.", "json5"),
            new Meta("duplicate-key", Severity.WARNING, "A key written twice in one object; OpenClaw keeps the last.", "json5"),
            new Meta("nesting-too-deep", Severity.ERROR, "Objects and arrays nested beyond 1,000 levels.", "json5"),
            new Meta("invalid-utf8", Severity.ERROR, "Bytes that are not UTF-8.", "json5"),
            new Meta("non-finite-number", Severity.ERROR, "Infinity or NaN where strict JSON is printed.", "json5"),
            new Meta("io-error", Severity.ERROR, "An input that cannot be read.", "cli"),
            new Meta("file-too-large", Severity.ERROR, "An input larger than the size limit.", "cli"),
            new Meta("unknown-key", Severity.ERROR, "A key OpenClaw does not accept at that place.", "schema"),
            new Meta("invalid-type", Severity.ERROR, "A value of the wrong type.", "schema"),
            new Meta("invalid-value", Severity.ERROR, "A value outside what OpenClaw accepts.", "schema"),
            new Meta("missing-key", Severity.ERROR, "A required key that is missing.", "schema"),
            new Meta("include-not-found", Severity.ERROR, "An `$include` names a file that does not exist.", "load"),
            new Meta("include-unreadable", Severity.ERROR, "An included file that cannot be read.", "load"),
            new Meta("include-cycle", Severity.ERROR, "A file includes itself, directly or through others.", "load"),
            new Meta("include-escapes-root", Severity.ERROR, "An include path leaves the config's directory.", "load"),
            new Meta("include-depth", Severity.ERROR, "Includes nested more than 10 deep.", "load"),
            new Meta("include-count", Severity.ERROR, "More than 1,000 include expansions in one config.", "load"),
            new Meta("limit-exceeded", Severity.ERROR, "A string, object or array beyond clawc's size limits.", "json5"),
            new Meta("too-many-findings", Severity.INFO, "More than 200 findings in one file: the rest are counted, not shown.", "diag"),
            new Meta("nul-byte", Severity.ERROR, "NUL bytes in the file (binary data or UTF-16 text).", "json5"),
            new Meta("include-not-object", Severity.ERROR, "A bad `$include` value, or siblings next to non-object content.", "load"),
            new Meta("include-too-large", Severity.ERROR, "An included file larger than 2 MiB.", "load"),
            new Meta("include-not-regular-file", Severity.ERROR, "An include target that is not a regular file.", "load"),
            new Meta("env-var-undefined", Severity.WARNING, "`${VAR}` names a variable that is unset or empty.", "load"),
            new Meta("env-var-lowercase", Severity.WARNING, "`${var}` with a name OpenClaw never substitutes.", "load"),
            new Meta("env-file-syntax", Severity.ERROR, "A line of an --env-file that is not KEY=VALUE.", "load"));

    private RuleRegistry() {
    }

    public static List<Rule> semanticRules() {
        return SEMANTIC;
    }

    /** Stage rules first, then semantic rules; ids are unique. */
    public static List<Meta> all() {
        Map<String, Meta> byId = new LinkedHashMap<>();
        for (Meta meta : STAGE_RULES) {
            byId.put(meta.id(), meta);
        }
        for (Rule rule : SEMANTIC) {
            RuleInfo info = rule.info();
            byId.put(info.id(), new Meta(info.id(), info.severity(), info.summary(), "rules"));
        }
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    public static Meta find(String id) {
        for (Meta meta : all()) {
            if (meta.id().equals(id)) {
                return meta;
            }
        }
        return null;
    }
}

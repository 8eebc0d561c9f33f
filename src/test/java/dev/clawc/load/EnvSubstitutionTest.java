package dev.clawc.load;

import static dev.clawc.load.LoadFixtures.assertNoDiagnostics;
import static dev.clawc.load.LoadFixtures.at;
import static dev.clawc.load.LoadFixtures.json;
import static dev.clawc.load.LoadFixtures.loadText;
import static dev.clawc.load.LoadFixtures.only;
import static dev.clawc.load.LoadFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvSubstitutionTest {
    @TempDir
    Path dir;

    private String value(LoadResult result, String path) {
        return ((Json5String) at(result.value(), path)).value();
    }

    @Test
    void referenceIsReplacedAndProvenanceRecorded() {
        LoadResult result = loadText(dir, "{ models: { providers: { openrouter: { apiKey: 'Bearer ${OR_KEY}' } } } }",
                Map.of("OR_KEY", "sk-or-secret"));
        assertNoDiagnostics(result);
        Json5Value node = at(result.value(), "models.providers.openrouter.apiKey");
        assertEquals("Bearer sk-or-secret", ((Json5String) node).value());
        assertEquals("'Bearer ${OR_KEY}'", node.span().text(), "the substituted node keeps the original span");
        Substitution substitution = result.substitution(node);
        assertEquals(new Substitution("Bearer ${OR_KEY}", List.of("OR_KEY")), substitution);
        assertTrue(substitution.fromEnvironment());
        assertEquals("Bearer <redacted:OR_KEY>", substitution.redacted());
        assertEquals(1, result.substitutions().size());
    }

    @Test
    void severalReferencesInOneString() {
        LoadResult result = loadText(dir, "{ url: '${HOST}:${PORT}/${HOST}' }", Map.of("HOST", "h", "PORT", "1"));
        assertEquals("h:1/h", value(result, "url"));
        assertEquals(List.of("HOST", "PORT"), result.substitution(at(result.value(), "url")).variables());
    }

    @Test
    void doubleDollarEscapesAReference() {
        LoadResult result = loadText(dir, "{ a: 'literal $${MISSING_VAR}', b: '$${KEY} and ${KEY}' }", Map.of("KEY", "v"));
        assertNoDiagnostics(result);
        assertEquals("literal ${MISSING_VAR}", value(result, "a"));
        assertEquals("${KEY} and v", value(result, "b"));
        Substitution escapeOnly = result.substitution(at(result.value(), "a"));
        assertFalse(escapeOnly.fromEnvironment());
        assertEquals("literal ${MISSING_VAR}", escapeOnly.redacted());
        assertEquals("${KEY} and <redacted:KEY>", result.substitution(at(result.value(), "b")).redacted());
    }

    @Test
    void otherDollarSignsAreLiteral() {
        String text = "{ a: 'costs $5', b: '$HOME', c: '${UNCLOSED', d: '${}', e: '$', f: '${1ABC}' }";
        LoadResult result = loadText(dir, text, Map.of("HOME", "/root"));
        assertNoDiagnostics(result);
        assertEquals("{\"a\":\"costs $5\",\"b\":\"$HOME\",\"c\":\"${UNCLOSED\",\"d\":\"${}\",\"e\":\"$\",\"f\":\"${1ABC}\"}",
                json(result.value()));
        assertTrue(result.substitutions().isEmpty());
    }

    @Test
    void invalidPrefixDoesNotHideALaterReference() {
        LoadResult result = loadText(dir, "{ a: '${a${B}}' }", Map.of("B", "b"));
        assertEquals("${ab}", value(result, "a"));
    }

    @Test
    void keysAreNotSubstituted() {
        LoadResult result = loadText(dir, "{ '${KEY}': 'x' }", Map.of("KEY", "v"));
        assertNoDiagnostics(result);
        assertEquals("{\"${KEY}\":\"x\"}", json(result.value()));
    }

    @Test
    void untouchedSubtreesKeepTheirIdentity() {
        String text = "{ a: { b: ['x', 1] }, c: '${V}' }";
        dev.clawc.json5.ParseResult parsed = dev.clawc.json5.Json5Reader.read(new dev.clawc.diag.SourceFile("openclaw.json", text));
        LoadResult result = new ConfigLoader(LoadOptions.of(Map.of("V", "v"))).load(parsed, dir.resolve("openclaw.json"));
        assertEquals("v", value(result, "c"));
        assertSame(at(parsed.value(), "a"), at(result.value(), "a"));
        assertFalse(at(parsed.value(), "c") == at(result.value(), "c"));
    }

    @Test
    void missingVariableStaysLiteralAndIsReportedAtTheReference() {
        LoadResult result = loadText(dir, "{ models: { providers: { x: { apiKey: 'k-${NOPE_MISSING_KEY}' } } } }", Map.of());
        assertEquals("k-${NOPE_MISSING_KEY}", value(result, "models.providers.x.apiKey"));
        Diagnostic missing = only(result, LoadRules.ENV_VAR_UNDEFINED);
        assertEquals(Severity.WARNING, missing.severity());
        assertEquals("environment variable `NOPE_MISSING_KEY` is not set", missing.message());
        assertEquals("${NOPE_MISSING_KEY}", missing.span().text(), "points at the reference itself");
        assertEquals(ConfigPath.of("models", "providers", "x", "apiKey"), missing.path());
        assertTrue(missing.help().get(0).contains("--env-file"));
        assertTrue(result.substitutions().isEmpty());
    }

    @Test
    void emptyVariableCountsAsMissingButBlankDoesNot() {
        LoadResult result = loadText(dir, "{ a: '${EMPTY}', b: '${BLANK}' }", Map.of("EMPTY", "", "BLANK", " "));
        Diagnostic missing = only(result, LoadRules.ENV_VAR_UNDEFINED);
        assertEquals("environment variable `EMPTY` is empty", missing.message());
        assertEquals("${EMPTY}", value(result, "a"));
        assertEquals(" ", value(result, "b"));
    }

    @Test
    void referenceInAStringWithEscapesIsReportedOnTheWholeString() {
        LoadResult result = loadText(dir, "{ a: '\\u0024{NOPE} \\n' }", Map.of());
        Diagnostic missing = only(result, LoadRules.ENV_VAR_UNDEFINED);
        assertEquals("'\\u0024{NOPE} \\n'", missing.span().text());
    }

    @Test
    void sameMissingVariableTwiceInAStringIsReportedOnce() {
        LoadResult result = loadText(dir, "{ a: '${NOPE}/${NOPE}' }", Map.of());
        only(result, LoadRules.ENV_VAR_UNDEFINED);
    }

    @Test
    void partlyResolvedStringRecordsOnlyTheResolvedNames() {
        LoadResult result = loadText(dir, "{ a: '${A}-${NOPE}' }", Map.of("A", "secret"));
        assertEquals("secret-${NOPE}", value(result, "a"));
        Substitution substitution = result.substitution(at(result.value(), "a"));
        assertEquals(List.of("A"), substitution.variables());
        assertEquals("<redacted:A>-${NOPE}", substitution.redacted());
        only(result, LoadRules.ENV_VAR_UNDEFINED);
    }

    @Test
    void lowercaseNameIsNeverSubstituted() {
        LoadResult result = loadText(dir, "{ a: 'key ${api_key}' }", Map.of("api_key", "v", "API_KEY", "V"));
        assertEquals("key ${api_key}", value(result, "a"));
        Diagnostic lower = only(result, LoadRules.ENV_VAR_LOWERCASE);
        assertEquals(Severity.WARNING, lower.severity());
        assertEquals("${api_key}", lower.span().text());
        assertTrue(lower.help().get(0).contains("${API_KEY}"), lower.help().toString());
        assertEquals(1, result.diagnostics().size());
    }

    @Test
    void shellStyleDefaultIsReported() {
        LoadResult result = loadText(dir, "{ a: '${PORT:-8080}' }", Map.of("PORT", "1"));
        assertEquals("${PORT:-8080}", value(result, "a"));
        Diagnostic shell = only(result, LoadRules.ENV_VAR_LOWERCASE);
        assertTrue(shell.message().contains("`:-`"), shell.message());
        assertTrue(shell.help().get(0).contains("${PORT}"));
    }

    @Test
    void shellCommandsScriptsAndPromptsKeepTheirShellSyntaxUnreported() {
        LoadResult result = loadText(dir, "{ hooks: { x: { command: 'curl ${URL:-http://localhost}' } },"
                + " y: { run: 'echo ${name}' }, z: 'cd ${HOME:-/root} && ./start.sh', w: { systemPrompt: 'Hi ${user}' } }", Map.of());
        assertNoDiagnostics(result);
        assertEquals("curl ${URL:-http://localhost}", value(result, "hooks.x.command"));
    }

    @Test
    void bracesThatAreNotMeantAsVariablesAreNotReported() {
        LoadResult result = loadText(dir, "{ a: 'Hello {name}', b: '${user.name}', c: '${ spaced }', d: '$${lower}' }",
                Map.of());
        assertNoDiagnostics(result);
    }

    @Test
    void losingDuplicateMembersAreNeitherSubstitutedNorReported() {
        LoadResult result = loadText(dir, "{ a: '${NOPE}', a: 'fine' }", Map.of());
        assertNoDiagnostics(result);
    }

    @Test
    void substitutionReachesIntoIncludedFilesAndKeepsTheirSpans() {
        write(dir, "providers.json5", "{ openai: { apiKey: '${OPENAI_API_KEY}' }, x: { apiKey: '${NOPE}' } }");
        LoadResult result = loadText(dir, "{ models: { providers: { $include: './providers.json5' } } }",
                Map.of("OPENAI_API_KEY", "sk-1"));
        Json5Value key = at(result.value(), "models.providers.openai.apiKey");
        assertEquals("sk-1", ((Json5String) key).value());
        assertEquals("providers.json5", key.span().file().displayName());
        assertEquals(List.of("OPENAI_API_KEY"), result.substitution(key).variables());
        Diagnostic missing = only(result, LoadRules.ENV_VAR_UNDEFINED);
        assertEquals("providers.json5", missing.span().file().displayName());
        assertEquals(ConfigPath.of("models", "providers", "x", "apiKey"), missing.path());
    }

    // ------------------------------------------------------------------ env block

    @Test
    void envVarsFillOnlyMissingNames() {
        LoadResult result = loadText(dir, "{ env: { vars: { A: 'cfgA', B: 'cfgB', C: 'cfgC' } }, x: '${A} ${B} ${C}' }",
                Map.of("A", "proc", "C", "  "));
        assertNoDiagnostics(result);
        assertEquals("proc cfgB cfgC", value(result, "x"), "blank process values are filled too");
        assertEquals(Environment.Origin.PROCESS, result.environment().origin("A"));
        assertEquals(Environment.Origin.CONFIG, result.environment().origin("B"));
        assertEquals("cfgC", result.environment().get("C"));
    }

    @Test
    void envVarsWithReferencesOrBlankValuesOrBlockedNamesAreSkipped() {
        LoadResult result = loadText(dir, "{ env: { vars: { REF: 'x${OTHER}', BLANK: '  ', NODE_OPTIONS: '--x', "
                + "ESC: '$${OTHER}' } }, a: '${REF}', b: '${BLANK}', c: '${NODE_OPTIONS}', d: '${ESC}' }",
                Map.of("OTHER", "o"));
        assertEquals("$${OTHER}", value(result, "d"), "an escape is not a reference, so the entry applies as written");
        assertNull(result.environment().get("REF"));
        assertNull(result.environment().get("NODE_OPTIONS"));
        List<Diagnostic> missing = result.diagnostics();
        assertEquals(3, missing.size(), LoadFixtures.describe(missing));
        assertTrue(missing.get(0).notes().stream().anyMatch(n -> n.contains("contain a `${...}` reference")),
                missing.get(0).notes().toString());
        assertTrue(missing.get(2).notes().stream().anyMatch(n -> n.contains("never takes this variable")),
                missing.get(2).notes().toString());
    }

    @Test
    void shorthandEnvEntriesApplyAndWinOverVars() {
        LoadResult result = loadText(dir, "{ env: { vars: { K: 'fromVars' }, K: 'shorthand', shellEnv: { enabled: false } }, "
                + "a: '${K}' }", Map.of());
        assertEquals("shorthand", value(result, "a"));
    }

    @Test
    void envBlockFromAnIncludedFileApplies() {
        write(dir, "env.json5", "{ vars: { FROM_INCLUDE: 'yes' } }");
        LoadResult result = loadText(dir, "{ env: { $include: './env.json5' }, a: '${FROM_INCLUDE}' }", Map.of());
        assertNoDiagnostics(result);
        assertEquals("yes", value(result, "a"));
    }

    @Test
    void envVarsValuesAreNotThemselvesSubstitutedIntoTheEnvironment() {
        LoadResult result = loadText(dir, "{ env: { vars: { K: 'v' } } }", Map.of());
        assertEquals("v", result.environment().get("K"));
        assertEquals(Environment.Origin.CONFIG, result.environment().origin("K"));
    }

    @Test
    void zaiAliasTakesTheEnvironmentValue() {
        LoadResult result = loadText(dir, "{ env: { vars: { Z_AI_API_KEY: 'cfg' } }, a: '${Z_AI_API_KEY}', b: '${ZAI_API_KEY}' }",
                Map.of("ZAI_API_KEY", "proc"));
        assertEquals("proc", value(result, "a"));
        assertEquals("proc", value(result, "b"));
    }

    @Test
    void envFileBeatsProcessEnvironmentAndConfigFillsTheRest() {
        Map<String, String> process = new HashMap<>(Map.of("A", "process", "B", "process"));
        Environment environment = Environment.combine(process, Map.of("A", "file"));
        assertEquals(Environment.Origin.ENV_FILE, environment.origin("A"));
        assertEquals(Environment.Origin.PROCESS, environment.origin("B"));
        Path root = write(dir, "openclaw.json", "{ env: { vars: { A: 'cfg', C: 'cfg' } }, x: '${A} ${B} ${C}' }");
        LoadResult result = LoadFixtures.load(root, LoadOptions.of(environment));
        assertEquals("file process cfg", value(result, "x"));
        Environment noProcess = Environment.combine(null, Map.of("A", "file"));
        assertNull(noProcess.get("B"));
        assertFalse(noProcess.toString().contains("file"), "toString shows names only");
    }
}

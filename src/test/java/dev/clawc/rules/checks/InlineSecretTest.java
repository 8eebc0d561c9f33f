package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InlineSecretTest {
    private static final String KEY = "sk-or-v1-0123456789abcdef0123456789abcdef";
    private final RuleTester tester = RuleTester.of(new InlineSecret());

    private static void assertNoSecret(Diagnostic d, String secret) {
        String all = d.message() + d.label() + d.notes() + d.help() + d.labels() + d.fix();
        assertFalse(all.contains(secret), all);
    }

    @Test
    void aLiteralProviderKeyIsReportedWithoutPrintingIt() {
        List<Diagnostic> found = tester.check("{models: {providers: {openrouter: {apiKey: '" + KEY + "'}}}}");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("inline-secret", d.rule());
        assertEquals("models.providers.openrouter.apiKey", d.path().toString());
        assertTrue(String.join("\n", d.help()).contains("${OPENROUTER_API_KEY}"), d.help().toString());
        assertTrue(String.join("\n", d.help()).contains("source: \"env\""), d.help().toString()); // SecretRef allowed here
        assertNoSecret(d, KEY);
    }

    @Test
    void secretKeysAnywhereAndKeyShapedValuesUnderOtherKeys() {
        List<Diagnostic> found = tester.check("{gateway: {auth: {mode: 'token', token: 'f3a9c2d17e8b4c6a'}},"
                + " channels: {telegram: {botToken: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1'}},"
                + " tools: {web: {search: {note: 'key ghp_abcdefghijklmnopqrstuvwxyz0123456789'}}}}");
        assertEquals(3, found.size());
        assertTrue(found.get(0).help().get(0).contains("OPENCLAW_GATEWAY_TOKEN"), found.get(0).help().toString());
        assertTrue(found.get(1).help().get(0).contains("TELEGRAM_BOT_TOKEN"), found.get(1).help().toString());
        assertEquals("tools.web.search.note", found.get(2).path().toString());
        for (Diagnostic d : found) {
            assertNoSecret(d, "f3a9c2d17e8b4c6a");
            assertNoSecret(d, "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1");
        }
    }

    @Test
    void envVarsValuesGetAdviceThatFitsEnv() {
        Diagnostic d = tester.check("{env: {vars: {OPENAI_API_KEY: 'sk-proj-Ab3dEf6hIj9lMn2pQr5tUv8x'}}}").get(0);
        assertEquals("env.vars.OPENAI_API_KEY", d.path().toString());
        assertTrue(d.help().get(0).contains("skips `env` values that contain `${...}`"), d.help().toString());
    }

    @Test
    void referencesMarkersPlaceholdersAndDummiesAreNotSecrets() {
        assertEquals(List.of(), tester.env(Map.of("OPENROUTER_API_KEY", KEY)).check(
                "{models: {providers: {openrouter: {apiKey: '${OPENROUTER_API_KEY}'}}}}")); // substituted, not written
        for (String value : List.of("OPENROUTER_API_KEY", "YOUR_API_KEY", "sk-...", "<redacted>", "***", "REDACTED",
                "sk-REDACTED", "lmstudio", "ollama-local", "sk-litellm-local", "none", "oauth:anthropic",
                "env:OPENAI_API_KEY", "<Auto Generated>", "#OPENCLAW_TOKEN#", "", "na")) {
            assertEquals(List.of(), tester.check("{models: {providers: {openrouter: {apiKey: '" + value + "'}}}}"), value);
        }
    }

    @Test
    void hashesPathsAndModelIdsAreNotSecrets() {
        assertEquals(List.of(), tester.check("{plugins: {installs: {x: {"
                + "integrity: 'sha512-WkSBH2X7PF6/Goi8ZegWc51tLlUNTw0tXJIwDvRKX7uHctAZY89B8RmlgkJo10O0uxzI1pfNr9UCgLpPtffzpw==',"
                + " shasum: 'b8ab18872b61312f6cf9e8293c58cd47d82591f9'}}},"
                + " env: {files: {ANTHROPIC_API_KEY: './.secrets/anthropic-api-key.txt'}},"
                + " agents: {defaults: {workspace: '/root/.openclaw/workspace-GOOG-V1-01-NotebookLM',"
                + " model: 'ollama/rafw007/Qwen3.6-35B-A3B-mlx-claude-coder-abliterated:latest'}}}"));
    }
}

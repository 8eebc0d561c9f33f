package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyAllowlistTest {
    private final RuleTester tester = RuleTester.of(new LegacyAllowlist());

    @Test
    void firesWhenTheModelsMapStillRestrictsAndOffersTheDeclaration() {
        String config = "{\n  agents: {\n    defaults: {\n      models: { 'anthropic/claude-opus-4-6': { alias: 'opus' }, 'openrouter/*': {} },\n"
                + "    },\n  },\n}\n";
        List<Diagnostic> found = tester.check(config);
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals(dev.clawc.diag.Severity.INFO, d.severity());
        assertEquals("agents.defaults.models", d.path().toString());
        assertTrue(d.message().contains("2 models"), d.message());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("openclaw doctor --fix")), d.notes().toString());
        assertNotNull(d.fix());
        assertEquals("modelPolicy: { allow: [\"anthropic/claude-opus-4-6\", \"openrouter/*\"] },\n      ",
                d.fix().edits().get(0).replacement());
        assertEquals(0, d.fix().edits().get(0).span().length());
    }

    @Test
    void quotedKeysGetQuotedKeys() {
        List<Diagnostic> found = tester.check("{\"agents\": {\"defaults\": {\"models\": {\"openai/gpt-5.4\": {}}}}}");
        assertEquals("\"modelPolicy\": { \"allow\": [\"openai/gpt-5.4\"] }, ", found.get(0).fix().edits().get(0).replacement());
    }

    @Test
    void anInvalidKeyDefersTheMigrationAndGetsNoFix() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {models: {'opus': {}, 'openai/gpt-5.4': {}}}}}");
        assertEquals(1, found.size());
        assertNull(found.get(0).fix());
        assertTrue(found.get(0).notes().stream().anyMatch(n -> n.contains("defers") && n.contains("`opus`")), found.get(0).notes().toString());
    }

    @Test
    void doesNotFireWithTheMarkerAPolicyOrNoKeys() {
        assertEquals(List.of(), tester.check("{meta: {migrations: {modelPolicyAllowlist: true}},"
                + " agents: {defaults: {models: {'openai/gpt-5.4': {}}}}}"));
        assertEquals(List.of(), tester.check("{agents: {defaults: {modelPolicy: {}, models: {'openai/gpt-5.4': {}}}}}"));
        assertEquals(List.of(), tester.check("{agents: {defaults: {models: {}}}}"));
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: 'openai/gpt-5.4'}}}"));
    }

    @Test
    void doesNotFireBeforeModelPolicyExisted() {
        assertEquals(List.of(), RuleTester.of(new LegacyAllowlist()).version("2026.7.1")
                .check("{agents: {defaults: {models: {'openai/gpt-5.4': {}}}}}"));
    }
}

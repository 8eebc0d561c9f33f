package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnsupportedKeyTest {
    private final RuleTester tester = RuleTester.of(new UnsupportedKey());

    @Test
    void defaultParamsOnTwoSixAreRejected() {
        List<Diagnostic> found = tester.version("2026.2.6-3")
                .check("{agents: {defaults: {model: 'openrouter/anthropic/claude-3.5-sonnet', params: {cacheRetention: 'none'}}}}");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("unsupported-key", d.rule());
        assertEquals("agents.defaults.params", d.path().toString());
        assertTrue(d.message().contains("`params`") && d.message().contains("2026.2.6-3") && d.message().contains("2026.4.1"), d.message());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("rejects the whole config") && n.contains("no model request")), d.notes().toString());
        assertTrue(d.help().get(0).contains("agents.defaults.models[\"<provider/model>\"].params"), d.help().toString());
        assertTrue(d.help().get(1).contains("upgrade OpenClaw to 2026.4.1"), d.help().toString());
        assertNull(d.fix());
    }

    @Test
    void perAgentParamsNeedTwoThirteen() {
        String text = "{agents: {list: [{id: 'main', params: {temperature: 0.2}}]}}";
        Diagnostic d = tester.version("2026.3.2").check(text).get(0);
        assertEquals("agents.list[0].params", d.path().toString());
        assertEquals(List.of(), tester.version("2026.3.13").check(text));
    }

    @Test
    void aNewSectionIsReportedOnceNotForEveryKeyInside() {
        List<Diagnostic> found = tester.version("2026.7.1").check("{agents: {ownership: 'explicit',"
                + " entries: {main: {params: {temperature: 0.2}, modelPolicy: {allow: []}}}}}");
        assertEquals(List.of("agents.ownership", "agents.entries"), found.stream().map(d -> d.path().toString()).toList());
        assertTrue(found.get(1).help().get(0).contains("`agents.list`"), found.get(1).help().toString());
    }

    @Test
    void uncertainAdditionsSaySo() {
        String text = "{meta: {migrations: {modelPolicyAllowlist: true, utilityModelSeparation: true}}}";
        List<Diagnostic> found = tester.version("2026.9.3").check(text);
        assertEquals(1, found.size());
        assertEquals("meta.migrations.utilityModelSeparation", found.get(0).path().toString());
        assertTrue(found.get(0).notes().stream().anyMatch(n -> n.contains("uncertain")), found.get(0).notes().toString());
        assertEquals(List.of("meta.migrations"), tester.version("2026.7.1").check(text).stream().map(d -> d.path().toString()).toList());
    }

    @Test
    void silentOnReleasesThatKnowTheKeys() {
        String modern = "{meta: {lastTouchedVersion: '2026.9.6', migrations: {modelPolicyAllowlist: true, utilityModelSeparation: true}},"
                + " agents: {ownership: 'explicit', defaults: {params: {temperature: 0.3}, modelPolicy: {allow: ['openai/*']}},"
                + " entries: {main: {params: {maxTokens: 1000}}, ops: {}}}, memory: {search: {enabled: true}}, tts: {}}";
        assertEquals(List.of(), tester.version("2026.9.6").check(modern));
        assertEquals(List.of(), tester.version("2026.2.6-3").check("{agents: {defaults: {models: {'openai/gpt-4o': {params: {temperature: 0.2}}}}}}"));
    }
}

package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class FallbacksDroppedTest {
    private final RuleTester tester = RuleTester.of(new FallbacksDropped());
    private static final String DEFAULTS = "defaults: {model: {primary: 'anthropic/claude-opus-4-6', fallbacks: ['openai/gpt-5.4']}}";

    @Test
    void aStringModelDropsTheDefaultFallbacks() {
        List<Diagnostic> found = tester.check("{agents: {" + DEFAULTS + ", entries: {ops: {model: 'anthropic/claude-sonnet-4-6'}}}}");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("agents.entries.ops.model", d.path().toString());
        assertTrue(d.message().contains("agent `ops`"), d.message());
        assertTrue(d.help().get(0).contains("fallbacks: ['openai/gpt-5.4']"), d.help().toString());
        assertEquals("{ primary: 'anthropic/claude-sonnet-4-6', fallbacks: [] }", d.fix().edits().get(0).replacement());
    }

    @Test
    void aPrimaryOnlyObjectDropsThemToo() {
        List<Diagnostic> found = tester.check("{\"agents\": {" + DEFAULTS + ", \"entries\": {\"ops\": {\"model\": {\"primary\": \"openai/gpt-5.4\"}}}}}");
        assertEquals(1, found.size());
        assertEquals(", \"fallbacks\": []", found.get(0).fix().edits().get(0).replacement());
        assertEquals(0, found.get(0).fix().edits().get(0).span().length());
    }

    @Test
    void theLegacyListIsCheckedToo() {
        List<Diagnostic> found = tester.check("{agents: {" + DEFAULTS + ", list: [{id: 'main'}, {id: 'ops', model: 'openai/gpt-5.4'}]}}");
        assertEquals(1, found.size());
        assertEquals("agents.list[1].model", found.get(0).path().toString());
    }

    @Test
    void doesNotFireWhenFallbacksAreExplicitOrInherited() {
        assertEquals(List.of(), tester.check("{agents: {" + DEFAULTS + ", entries: {"
                + "a: {model: {primary: 'openai/gpt-5.4', fallbacks: []}},"
                + "b: {model: {primary: 'openai/gpt-5.4', fallbacks: ['anthropic/claude-haiku-4-5']}},"
                + "c: {}, d: {model: ''}, e: {model: {primary: ''}}}}}"));
    }

    @Test
    void doesNotFireWithoutDefaultFallbacks() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: 'anthropic/claude-opus-4-6'},"
                + " entries: {ops: {model: 'openai/gpt-5.4'}}}}"));
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: {primary: 'anthropic/claude-opus-4-6', fallbacks: []}},"
                + " entries: {ops: {model: 'openai/gpt-5.4'}}}}"));
    }

    @Test
    void releasesBefore2026_4_27InheritedTheDefaults() {
        assertEquals(List.of(), RuleTester.of(new FallbacksDropped()).version("2026.4.12")
                .check("{agents: {" + DEFAULTS + ", list: [{id: 'ops', model: 'openai/gpt-5.4'}]}}"));
    }
}

package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackIsPrimaryTest {
    private final RuleTester tester = RuleTester.of(new FallbackIsPrimary());

    @Test
    void firesOnTheOnlyFallbackAndEmptiesTheList() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {primary: 'minimax/MiniMax-M3', fallbacks: ['minimax/MiniMax-M3',]}}}}");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("agents.defaults.model.fallbacks[0]", d.path().toString());
        assertTrue(d.notes().get(0).contains("appends the configured primary"), d.notes().toString());
        assertEquals("[]", d.fix().edits().get(0).replacement());
    }

    @Test
    void theFirstOfSeveralIsRemovedWithTheFollowingSeparator() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {primary: 'anthropic/opus',"
                + " fallbacks: ['anthropic/claude-opus-5', 'openai/gpt-5.4']}}}}");
        assertEquals(1, found.size(), "`anthropic/opus` normalizes to `anthropic/claude-opus-5`");
        assertEquals("'anthropic/claude-opus-5', ", found.get(0).fix().edits().get(0).span().text());
    }

    @Test
    void anAliasThatNamesThePrimaryCounts() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {models: {'openai/gpt-5.4': {alias: 'main'}},"
                + " model: {primary: 'main', fallbacks: ['anthropic/claude-haiku-4-5', 'openai/gpt-5.4']}}}}");
        assertEquals(1, found.size());
        assertEquals("agents.defaults.model.fallbacks[1]", found.get(0).path().toString());
    }

    @Test
    void anAgentListingOnlyFallbacksRunsTheDefaultsPrimary() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: 'openai/gpt-5.4'},"
                + " entries: {ops: {model: {fallbacks: ['openai/gpt-5.4']}}}}}");
        assertEquals(1, found.size());
        assertEquals("agents.entries.ops.model.fallbacks[0]", found.get(0).path().toString());
    }

    @Test
    void doesNotFireOnOtherModels() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: {primary: 'openai/gpt-5.4',"
                + " fallbacks: ['openai/gpt-5.4-mini', 'openrouter/openai/gpt-5.4', 'gpt-5.4']}}}}"));
    }
}

package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetiredModelTest {
    private final RuleTester tester = RuleTester.of(new RetiredModel());

    @Test
    void aModelRetiredByTheProviderItselfIsAnErrorWithTheReplacementAsFix() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {primary: 'anthropic/claude-3-5-sonnet-20241022'}}}}");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("retired-model", d.rule());
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("agents.defaults.model.primary", d.path().toString());
        assertTrue(d.message().contains("`anthropic/claude-3-5-sonnet-20241022`") && d.message().contains("2025-10-28"), d.message());
        assertEquals("'anthropic/claude-sonnet-4-6'", d.fix().edits().get(0).replacement()); // quote style kept
    }

    @Test
    void theFoundingCaseThroughOpenRouterIsAWarningThatNamesTheRefusingHost() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {primary: 'openrouter/anthropic/claude-3.5-sonnet'}}}}");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals(Severity.WARNING, d.severity(), "partner hosts may still serve it");
        assertTrue(d.notes().get(0).contains("`amazon-bedrock` and `google-vertex`"), d.notes().toString());
        assertTrue(d.notes().get(1).contains("`amazon-bedrock` refuses prompt-cache breakpoints")
                && d.notes().get(1).contains("UNCERTAIN") && d.notes().get(1).contains("cache-control-rejected"), d.notes().toString());
        assertEquals("'openrouter/anthropic/claude-sonnet-4.5'", d.fix().edits().get(0).replacement());
    }

    @Test
    void aliasesOfRetiredIdsAndProfilesAreHandled() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {fallbacks: ['anthropic/claude-3-5-sonnet-latest@work']}}}}");
        assertEquals(1, found.size());
        assertEquals("'anthropic/claude-sonnet-4-6@work'", found.get(0).fix().edits().get(0).replacement());
    }

    @Test
    void modelsMapKeysAreReportedOnceAndAliasSlotsAreNotRepeated() {
        List<Diagnostic> found = tester.version("2026.8.2").check("{agents: {defaults: {model: {primary: 'fast'},"
                + " models: {'google/gemini-2.0-flash': {alias: 'fast'}}}}}");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("agents.defaults.models[\"google/gemini-2.0-flash\"]", d.path().toString());
        assertEquals("'google/gemini-2.5-flash'", d.fix().edits().get(0).replacement());
    }

    @Test
    void aRefTheReleaseWithdrawsIsLeftToWithdrawnModel() {
        // 2026.9.6's Google catalog withdraws Gemini 2.0 Flash: its validator refuses the config (withdrawn-model)
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: {primary: 'google/gemini-2.0-flash'},"
                + " models: {'google/gemini-2.0-flash': {}}}}}"));
    }

    @Test
    void openClawsOwnRefusalIsOnlyQuotedForTheReleaseThatRefuses() {
        List<Diagnostic> found = tester.version("2026.2.6").check("{agents: {defaults: {model: 'google/gemini-2.0-flash'}}}");
        assertEquals(1, found.size());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertTrue(found.get(0).notes().stream().noneMatch(n -> n.contains("refuses it outright")), found.get(0).notes().toString());
    }

    @Test
    void noKeyFixWhenTheReplacementKeyExists() {
        List<Diagnostic> found = tester.version("2026.8.2").check("{agents: {defaults: {models: {'google/gemini-2.0-flash': {},"
                + " 'google/gemini-2.5-flash': {}}}}}");
        assertEquals(1, found.size());
        assertNull(found.get(0).fix());
        assertTrue(found.get(0).help().get(0).contains("`google/gemini-2.5-flash`"), found.get(0).help().toString());
    }

    @Test
    void perAgentSlotsAreChecked() {
        List<Diagnostic> found = tester.check("{agents: {entries: {ops: {model: 'anthropic/claude-3-7-sonnet-20250219'}}}}");
        assertEquals(1, found.size());
        assertEquals("agents.entries.ops.model", found.get(0).path().toString());
        assertTrue(found.get(0).message().contains("agent `ops`"), found.get(0).message());
    }

    @Test
    void doesNotFireOnCurrentUnknownOrCustomModels() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: {primary: 'anthropic/claude-sonnet-4-6',"
                + " fallbacks: ['openrouter/anthropic/claude-sonnet-4.5', 'openai/gpt-5.4', 'myproxy/claude-3-5-sonnet-20241022',"
                + " 'openrouter/some/new-model', 'google/gemini-2.5-flash']},"
                + " models: {'openrouter/*': {}, 'anthropic/claude-haiku-4-5': {alias: 'haiku'}}}}}"));
    }
}

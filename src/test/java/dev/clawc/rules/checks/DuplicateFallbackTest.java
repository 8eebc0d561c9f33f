package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateFallbackTest {
    private final RuleTester tester = RuleTester.of(new DuplicateFallback());

    @Test
    void firesOnTheLaterCopyAndRemovesItWithItsComma() {
        String config = "{agents: {defaults: {model: {primary: 'anthropic/claude-opus-4-6',"
                + " fallbacks: ['openai/gpt-5.4', 'google/gemini-3-flash-preview', 'OpenAI/gpt-5.4']}}}}";
        List<Diagnostic> found = tester.check(config);
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("agents.defaults.model.fallbacks[2]", d.path().toString());
        assertTrue(d.message().contains("repeats `openai/gpt-5.4`"), d.message());
        assertEquals(", 'OpenAI/gpt-5.4'", d.fix().edits().get(0).span().text());
        assertEquals("", d.fix().edits().get(0).replacement());
    }

    @Test
    void aliasesAndProfilesAreResolvedBeforeComparing() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {models: {'anthropic/claude-haiku-4-5': {alias: 'fast'}},"
                + " model: {primary: 'openai/gpt-5.4', fallbacks: ['anthropic/claude-haiku-4-5@work', 'fast']}}}}");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("`fast` (`anthropic/claude-haiku-4-5`)"), found.get(0).message());
        assertTrue(found.get(0).notes().get(0).contains("@profile"), found.get(0).notes().toString());
    }

    @Test
    void checksAgentAndImageChains() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {imageModel: {primary: 'openai/gpt-5.4',"
                + " fallbacks: ['google/gemini-3-flash-preview', 'google/gemini-3-flash-preview']}},"
                + " entries: {ops: {model: {primary: 'openai/gpt-5.4', fallbacks: ['x/y', 'x/y']}}}}}");
        assertEquals(2, found.size());
        assertEquals("agents.defaults.imageModel.fallbacks[1]", found.get(0).path().toString());
        assertEquals("agents.entries.ops.model.fallbacks[1]", found.get(1).path().toString());
    }

    @Test
    void doesNotFireOnDistinctModels() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: {primary: 'anthropic/claude-opus-4-6',"
                + " fallbacks: ['openai/gpt-5.4', 'openai/GPT-5.4', 'openrouter/openai/gpt-5.4', 'gpt-5.4']}}}}"));
    }
}

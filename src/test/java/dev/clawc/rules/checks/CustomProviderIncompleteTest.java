package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomProviderIncompleteTest {
    private final RuleTester tester = RuleTester.of(new CustomProviderIncomplete());

    @Test
    void aCustomProviderNeedsBaseUrlAndModels() {
        List<Diagnostic> found = tester.check("{models: {providers: {myproxy: {apiKey: '${K}'}}},"
                + " agents: {defaults: {model: 'myproxy/llama-3.3-70b'}}}");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("custom-provider-incomplete", d.rule());
        assertEquals("models.providers.myproxy", d.path().toString()); // the schema's missing-key path
        assertTrue(d.message().contains("`baseUrl` and `models`"), d.message());
        assertTrue(String.join("\n", d.help()).contains("{ id: \"llama-3.3-70b\", name: \"llama-3.3-70b\" }"), d.help().toString());
    }

    @Test
    void aLookalikeOfABundledProviderGetsItsBaseUrl() {
        Diagnostic d = tester.check("{models: {providers: {'openrouter-free': {models: [{id: 'x', name: 'x'}]}}}}").get(0);
        assertTrue(d.message().endsWith("has no `baseUrl`"), d.message());
        assertTrue(String.join("\n", d.help()).contains("https://openrouter.ai/api/v1"), d.help().toString());
    }

    @Test
    void aRowWithoutNameGetsTheIdAsName() {
        String text = "{models: {providers: {openai: {models: [{ id: \"gpt-5.5\", contextTokens: 160000 }]}}}}";
        List<Diagnostic> found = tester.check(text);
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("models.providers.openai.models[0]", d.path().toString());
        assertTrue(String.join("\n", d.notes()).contains("docs"), d.notes().toString()); // the docs-vs-code trap
        var edit = d.fix().edits().get(0);
        assertEquals(", name: \"gpt-5.5\"", edit.replacement());
        String fixed = text.substring(0, edit.span().start()) + edit.replacement() + text.substring(edit.span().end());
        assertTrue(fixed.contains("{ id: \"gpt-5.5\", name: \"gpt-5.5\", contextTokens: 160000 }"), fixed);
    }

    @Test
    void aRowWithoutIdHasNoFix() {
        Diagnostic d = tester.check("{models: {providers: {openai: {models: [{name: 'GPT'}]}}}}").get(0);
        assertTrue(d.message().contains("has no `id`"), d.message());
        assertNull(d.fix());
    }

    @Test
    void anEmptyNameIsReportedAtTheName() {
        Diagnostic d = tester.check("{models: {providers: {openai: {models: [{id: 'gpt-5.5', name: ''}]}}}}").get(0);
        assertEquals("models.providers.openai.models[0].name", d.path().toString());
        assertEquals("'gpt-5.5'", d.fix().edits().get(0).replacement());
    }

    @Test
    void doesNotFireOnOverlaysOrCompleteProviders() {
        assertEquals(List.of(), tester.check("{models: {providers: {"
                + "openrouter: {apiKey: '${OPENROUTER_API_KEY}'},"
                + "OpenAI: {params: {}},"
                + "myproxy: {baseUrl: 'https://llm.example.com/v1', api: 'openai-completions',"
                + " models: [{id: 'llama', name: 'Llama'}]}}}}"));
    }
}

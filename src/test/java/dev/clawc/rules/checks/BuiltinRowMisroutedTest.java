package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltinRowMisroutedTest {
    private static final String GEMINI_ROW = "{models: {providers: {google: {models: [{id: 'gemini-3.6-flash', name: 'Gemini 3.6 Flash'}]}}}}";

    private static RuleTester on(String release) {
        return RuleTester.of(new BuiltinRowMisrouted()).version(release);
    }

    @Test
    void aRowWithoutApiGoesToOpenAiOnTheReleasesThatMisrouteIt() {
        List<Diagnostic> found = on("2026.6.10").check(GEMINI_ROW);
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("models.providers.google.models[0]", d.path().toString());
        assertTrue(d.message().contains("is sent to api.openai.com"), d.message());
        assertTrue(String.join("\n", d.notes()).contains("api.openai.com/v1/responses"), d.notes().toString());
        assertNotNull(d.fix());
        assertTrue(d.fix().edits().get(0).replacement().contains("api: \"google-generative-ai\""), d.fix().toString());
    }

    @Test
    void laterReleasesRefuseToSendInstead() {
        Diagnostic d = on("2026.8.2").check(GEMINI_ROW).get(0);
        assertTrue(d.message().contains("gets no answer"), d.message());
        assertTrue(String.join("\n", d.notes()).contains("requires an explicit base URL"), d.notes().toString());
    }

    @Test
    void releasesThatUseTheProvidersTransportAreFine() {
        assertEquals(List.of(), on("2026.9.6").check(GEMINI_ROW));
        assertEquals(List.of(), on("2026.9.3").check(GEMINI_ROW));
    }

    @Test
    void anApiOrBaseUrlAnywhereOrAnOpenAiProviderIsFine() {
        RuleTester tester = on("2026.6.10");
        assertEquals(List.of(), tester.check("{models: {providers: {google: {api: 'google-generative-ai',"
                + " models: [{id: 'gemini-3.6-flash', name: 'g'}]}}}}"));
        assertEquals(List.of(), tester.check("{models: {providers: {google: {models: [{id: 'gemini-3.6-flash', name: 'g',"
                + " baseUrl: 'https://generativelanguage.googleapis.com/v1beta'}]}}}}"));
        assertEquals(List.of(), tester.check("{models: {providers: {openai: {models: [{id: 'gpt-9', name: 'g'}]}}}}"));
        assertEquals(List.of(), tester.check("{models: {providers: {mylab: {baseUrl: 'http://x/v1', models: [{id: 'a', name: 'a'}]}}}}"));
    }
}

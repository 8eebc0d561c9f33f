package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaseUrlShapeTest {
    private final RuleTester tester = RuleTester.of(new BaseUrlShape());

    private static String provider(String id, String baseUrl, String api) {
        return "{models: {providers: {'" + id + "': {baseUrl: '" + baseUrl + "'" + (api == null ? "" : ", api: '" + api + "'")
                + ", models: [{id: 'm', name: 'm'}]}}}}";
    }

    private static String fixed(Diagnostic d) {
        return d.fix().edits().get(0).replacement();
    }

    @Test
    void anthropicV1FailsUpTo2026_2_22AndIsStrippedFrom2026_2_23() {
        String config = provider("anthropic", "https://api.anthropic.com/v1", "anthropic-messages");
        List<Diagnostic> old = tester.version("2026.2.6").check(config);
        assertEquals(1, old.size());
        assertEquals("models.providers.anthropic.baseUrl", old.get(0).path().toString());
        assertTrue(old.get(0).message().contains("https://api.anthropic.com/v1/v1/messages"), old.get(0).message());
        assertEquals("'https://api.anthropic.com'", fixed(old.get(0)));
        assertTrue(String.join("\n", old.get(0).notes()).contains("2026.2.23"), old.get(0).notes().toString());
        assertEquals(List.of(), tester.version("2026.2.23").check(config));
        assertEquals(List.of(), tester.version("2026.9.6").check(config));
    }

    @Test
    void openAiCompatibleHostsNeedTheirApiRoot() {
        assertEquals("'https://api.openai.com/v1'",
                fixed(tester.check(provider("myopenai", "https://api.openai.com", "openai-completions")).get(0)));
        assertEquals("'https://openrouter.ai/api/v1'",
                fixed(tester.check(provider("or", "https://openrouter.ai/api/", "openai-completions")).get(0)));
        Diagnostic groq = tester.check(provider("groq", "https://api.groq.com/openai", "openai-completions")).get(0);
        assertEquals("'https://api.groq.com/openai/v1'", fixed(groq));
        assertTrue(groq.message().contains("https://api.groq.com/openai/chat/completions"), groq.message());
        // no api on a custom id: openai-completions
        assertEquals(1, tester.check(provider("mine", "https://api.openai.com/", null)).size());
        // the built-in openai provider uses the Responses API
        assertTrue(tester.check(provider("openai", "https://api.openai.com", null)).get(0).message().contains("/responses"));
    }

    @Test
    void rightOrUnknowableShapesAreLeftAlone() {
        for (String ok : List.of("https://api.openai.com/v1", "https://openrouter.ai/api/v1", "https://api.groq.com/openai/v1",
                "https://api.deepseek.com", "https://spanagent.xyz", "http://localhost:8000/v1", "https://api.openai.com/v2",
                "${OPENAI_BASE_URL}", "not a url")) {
            assertEquals(List.of(), tester.check(provider("p", ok, "openai-completions")), ok);
        }
        assertEquals(List.of(), tester.check(provider("a", "https://api.anthropic.com", "anthropic-messages")));
        assertEquals(List.of(), tester.check(provider("m", "https://api.minimax.io/anthropic", "anthropic-messages")));
        assertEquals(List.of(), tester.check(provider("g", "https://generativelanguage.googleapis.com/v1beta", "google-generative-ai")));
    }

    @Test
    void aPastedEndpointIsCutBackToTheBase() {
        Diagnostic d = tester.check(provider("lab", "http://10.0.0.2:8000/v1/chat/completions", "openai-completions")).get(0);
        assertEquals("'http://10.0.0.2:8000/v1'", fixed(d));
        assertTrue(d.message().contains("/v1/chat/completions/chat/completions"), d.message());
        Diagnostic a = tester.check(provider("proxy", "https://llm.example.com/v1/messages", "anthropic-messages")).get(0);
        assertEquals("'https://llm.example.com'", fixed(a));
        Diagnostic g = tester.check(provider("gem", "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:generateContent",
                "google-generative-ai")).get(0);
        assertEquals("'https://generativelanguage.googleapis.com/v1beta'", fixed(g));
    }

    @Test
    void bareGoogleHostFailsOnlyBeforeOpenClawsOwnGeminiTransport() {
        String config = provider("google", "https://generativelanguage.googleapis.com", "google-generative-ai");
        Diagnostic d = tester.version("2026.2.24").check(config).get(0);
        assertEquals("'https://generativelanguage.googleapis.com/v1beta'", fixed(d));
        assertEquals(List.of(), tester.version("2026.9.6").check(config));
    }

    @Test
    void modelRowsWithTheirOwnBaseUrlAreCheckedToo() {
        List<Diagnostic> found = tester.check("{models: {providers: {lab: {baseUrl: 'https://llm.example.com/v1', models: ["
                + "{id: 'c', name: 'c', api: 'anthropic-messages', baseUrl: 'https://proxy.example.com/v1/messages'}]}}}}");
        assertEquals(1, found.size());
        assertEquals("models.providers.lab.models[0].baseUrl", found.get(0).path().toString());
    }

    @Test
    void anEscapedStringGetsHelpButNoFix() {
        Diagnostic d = tester.check("{models: {providers: {p: {baseUrl: 'https:\\/\\/api.openai.com', api: 'openai-completions',"
                + " models: [{id: 'm', name: 'm'}]}}}}").get(0);
        assertNull(d.fix());
    }
}

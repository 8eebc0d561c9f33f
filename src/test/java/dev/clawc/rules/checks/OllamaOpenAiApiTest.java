package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class OllamaOpenAiApiTest {
    private final RuleTester tester = RuleTester.of(new OllamaOpenAiApi());

    private static String provider(String id, String baseUrl, String api) {
        return "{models: {providers: {'" + id + "': {baseUrl: '" + baseUrl + "'" + (api == null ? "" : ", api: '" + api + "'")
                + ", models: [{id: 'qwen3:8b', name: 'qwen3'}]}}}}";
    }

    @Test
    void ollamaPortWithAnOpenAiProtocolIsAWarning() {
        List<Diagnostic> found = tester.check(provider("spark", "http://remote-host:11434/v1", "openai-responses"));
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("models.providers.spark.api", d.path().toString());
        assertTrue(String.join("\n", d.help()).contains("api: \"ollama\"` with `baseUrl: \"http://remote-host:11434\""), d.help().toString());
        assertNull(d.fix());
    }

    @Test
    void aCustomProviderWithoutApiMeansOpenAiCompletions() {
        Diagnostic d = tester.check(provider("local", "http://127.0.0.1:11434/v1", null)).get(0);
        assertEquals("models.providers.local.baseUrl", d.path().toString());
        assertTrue(d.label().contains("defaults to `openai-completions`"), d.label());
    }

    @Test
    void anOllamaIdOnAnotherPortCountsWhenItUsesV1() {
        assertEquals(1, tester.check(provider("ollama-box", "http://gpu.lan:8080/v1", "openai-completions")).size());
        assertEquals(List.of(), tester.check(provider("ollama-router", "https://openrouter.ai/api/v1", "openai-completions")));
    }

    @Test
    void theNativeClientAndOtherServersAreFine() {
        assertEquals(List.of(), tester.check(provider("ollama", "http://127.0.0.1:11434", "ollama")));
        assertEquals(List.of(), tester.check(provider("ollama", "http://127.0.0.1:11434/v1", null))); // built-in: api ollama
        assertEquals(List.of(), tester.check(provider("vllm", "http://127.0.0.1:8000/v1", "openai-completions")));
    }
}

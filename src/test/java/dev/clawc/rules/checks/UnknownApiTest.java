package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownApiTest {
    private final RuleTester tester = RuleTester.of(new UnknownApi());

    private static final String PROVIDER = "{models: {providers: {myproxy: {baseUrl: 'http://10.0.0.2:8000/v1', api: %s,"
            + " models: [{id: 'm', name: 'm'}]}}}}";

    @Test
    void legacyOpenaiBecomesOpenaiCompletionsAsDoctorDoes() {
        List<Diagnostic> found = tester.check(String.format(PROVIDER, "'openai'"));
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("unknown-api", d.rule());
        assertEquals("models.providers.myproxy.api", d.path().toString());
        assertTrue(d.message().contains("`openai`"), d.message());
        assertEquals("'openai-completions'", d.fix().edits().get(0).replacement()); // quote style kept
        assertTrue(String.join("\n", d.notes()).contains("doctor --fix"), d.notes().toString());
    }

    @Test
    void anthropicAndTyposGetTheClosestProtocol() {
        assertEquals("\"anthropic-messages\"",
                tester.check(String.format(PROVIDER, "\"anthropic\"")).get(0).fix().edits().get(0).replacement());
        assertEquals("\"openai-responses\"",
                tester.check(String.format(PROVIDER, "\"openai-response\"")).get(0).fix().edits().get(0).replacement());
    }

    @Test
    void somethingUnrelatedGetsHelpButNoFix() {
        Diagnostic d = tester.check(String.format(PROVIDER, "'grpc'")).get(0);
        assertNull(d.fix());
        assertTrue(d.help().get(0).contains("openai-completions"), d.help().toString());
    }

    @Test
    void checksModelRowsToo() {
        List<Diagnostic> found = tester.check("{models: {providers: {openai: {models: [{id: 'gpt-5.4', name: 'GPT',"
                + " api: 'openai-chat'}]}}}}");
        assertEquals(1, found.size());
        assertEquals("models.providers.openai.models[0].api", found.get(0).path().toString());
        assertTrue(found.get(0).message().contains("model `gpt-5.4` of provider `openai`"), found.get(0).message());
    }

    @Test
    void doesNotFireOnEveryKnownProtocolOrAMissingApi() {
        for (String api : UnknownApi.APIS) {
            assertEquals(List.of(), tester.check(String.format(PROVIDER, "'" + api + "'")), api);
        }
        assertEquals(List.of(), tester.check("{models: {providers: {openrouter: {apiKey: '${OPENROUTER_API_KEY}'}}}}"));
    }
}

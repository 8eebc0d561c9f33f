package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnresolvedKeyReferenceTest {
    private final RuleTester tester = RuleTester.of(new UnresolvedKeyReference());

    private static String provider(String id, String apiKey) {
        return "{models: {providers: {" + id + ": {baseUrl: 'https://api.stepfun.com/v1', api: 'openai-completions',"
                + " apiKey: " + apiKey + ", models: [{id: 'step-3.5-flash', name: 'step-3.5-flash'}]}}}}";
    }

    @Test
    void aVariableNameOpenClawDoesNotKnowIsSentAsTheKey() {
        List<Diagnostic> found = RuleTester.of(new UnresolvedKeyReference()).env(Map.of("STEP_API_KEY", "k")).check(provider("stepfun", "'STEP_API_KEY'"));
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("unresolved-key-reference", d.rule());
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("models.providers.stepfun.apiKey", d.path().toString());
        assertTrue(d.message().contains("`STEP_API_KEY`") && d.message().contains("sends as the key"), d.message());
        assertTrue(d.notes().get(0).contains("#59186"), d.notes().toString());
        assertTrue(d.notes().get(1).contains("is set in the environment"), d.notes().toString());
        assertEquals("'${STEP_API_KEY}'", d.fix().edits().get(0).replacement());
    }

    @Test
    void knownProviderVariablesAreMarkersFrom2026_3_11() {
        assertEquals(List.of(), tester.check(provider("stepfun", "'OPENROUTER_API_KEY'")));
        assertEquals(List.of(), tester.check(provider("openrouter", "'OPENROUTER_API_KEY'")));
        List<Diagnostic> old = RuleTester.of(new UnresolvedKeyReference()).version("2026.3.8").check(provider("stepfun", "'OPENROUTER_API_KEY'"));
        assertEquals(1, old.size());
        assertTrue(old.get(0).notes().get(0).contains("never reads a bare variable name"), old.get(0).notes().toString());
        // the provider's own variable is read before the config key on those releases
        assertEquals(List.of(), RuleTester.of(new UnresolvedKeyReference()).version("2026.3.8").check(provider("openrouter", "'OPENROUTER_API_KEY'")));
    }

    @Test
    void referencesAwsMarkersAndRealKeysAreLeftAlone() {
        assertEquals(List.of(), tester.check(provider("stepfun", "'${STEP_API_KEY}'")));
        assertEquals(List.of(), tester.check(provider("stepfun", "{source: 'env', provider: 'default', id: 'STEP_API_KEY'}")));
        assertEquals(List.of(), tester.check(provider("bedrock2", "'AWS_PROFILE'")));
        assertEquals(List.of(), tester.check(provider("stepfun", "'ollama-local'")));
    }

    @Test
    void placeholdersGetNoFix() {
        Diagnostic d = tester.check(provider("stepfun", "'YOUR_API_KEY'")).get(0);
        assertTrue(d.message().contains("`YOUR_API_KEY`"), d.message());
        assertNull(d.fix());
        assertTrue(d.help().get(0).contains("${STEPFUN_API_KEY}"), d.help().toString());
    }

    @Test
    void legacyMarkersAreReportedWithWhatTheReleaseDoes() {
        String secretref = provider("stepfun", "'secretref-env:STEP_API_KEY'");
        Diagnostic refused = RuleTester.of(new UnresolvedKeyReference()).version("2026.5.2").check(secretref).get(0);
        assertEquals(Severity.ERROR, refused.severity());
        assertTrue(refused.notes().get(0).contains("is a legacy SecretRef marker"), refused.notes().toString());
        Diagnostic current = tester.check(secretref).get(0);
        assertEquals(Severity.WARNING, current.severity());
        assertTrue(current.notes().get(0).contains("No API key found"), current.notes().toString());
        assertTrue(current.notes().get(1).contains("doctor --fix"), current.notes().toString());
        assertEquals("'${STEP_API_KEY}'", current.fix().edits().get(0).replacement());

        Diagnostic dunder = RuleTester.of(new UnresolvedKeyReference()).version("2026.4.12").check(provider("stepfun", "'__env__:STEP_API_KEY'")).get(0);
        assertEquals(Severity.WARNING, dunder.severity());
        assertTrue(dunder.notes().get(0).contains("401"), dunder.notes().toString());
        assertEquals(1, dunder.notes().size(), "2026.4.12's doctor migrates neither marker");

        List<Diagnostic> header = tester.check("{models: {providers: {p: {baseUrl: 'https://x.example/v1', api: 'openai-completions',"
                + " headers: {'X-Api-Key': '__env__:P_KEY'}, models: [{id: 'm', name: 'm'}]}}}}");
        assertEquals("models.providers.p.headers[\"X-Api-Key\"]", header.get(0).path().toString());
    }

    @Test
    void aBuiltInProvidersOwnVariableOrProfileComesFirst() {
        String text = "{models: {providers: {xai: {apiKey: 'YOUR_API_KEY'}}}}";
        List<Diagnostic> unset = tester.check(text);
        assertEquals(1, unset.size());
        assertTrue(unset.get(0).notes().get(0).contains("`XAI_API_KEY`"), unset.get(0).notes().toString());
        assertEquals(List.of(), RuleTester.of(new UnresolvedKeyReference()).env(Map.of("XAI_API_KEY", "k")).check(text));
        assertEquals(List.of(), tester.check("{auth: {profiles: {'xai:default': {provider: 'xai', mode: 'api_key'}}},"
                + " models: {providers: {xai: {apiKey: 'YOUR_API_KEY'}}}}"));
        // `auth: "api-key"` puts the config key first
        assertEquals(1, RuleTester.of(new UnresolvedKeyReference()).env(Map.of("XAI_API_KEY", "k"))
                .check("{models: {providers: {xai: {auth: 'api-key', apiKey: 'YOUR_API_KEY'}}}}").size());
    }

    @Test
    void referenceSyntaxesOfOtherToolsAreSentAsTheValue() {
        for (String written : List.of("'env:STEP_API_KEY'", "'{env:STEP_API_KEY}'", "'%STEP_API_KEY%'",
                "'process.env.STEP_API_KEY'", "'{{ secrets.STEP_API_KEY }}'", "'${env:STEP_API_KEY}'")) {
            List<Diagnostic> found = tester.check(provider("stepfun", written));
            assertEquals(1, found.size(), written);
            assertEquals("'${STEP_API_KEY}'", found.get(0).fix().edits().get(0).replacement(), written);
        }
        // `$NAME` is an env SecretRef from 2026.5.18
        assertEquals(List.of(), tester.check(provider("stepfun", "'$STEP_API_KEY'")));
        Diagnostic old = RuleTester.of(new UnresolvedKeyReference()).version("2026.5.12").check(provider("stepfun", "'$STEP_API_KEY'")).get(0);
        assertTrue(old.notes().get(1).contains("2026.5.18"), old.notes().toString());
    }
}

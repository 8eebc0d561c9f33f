package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.release.OpenClawVersion;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class WithdrawnModelTest {
    private static final String GEMINI_20 = "{ agents: { defaults: { model: { primary: 'google/gemini-2.0-flash',"
            + " fallbacks: ['google/gemini-2.5-flash', 'Google/Gemini-3-Pro-Preview'] },"
            + " models: { 'google/gemini-2.0-flash-exp': {} } } } }";

    @Test
    void refsTheSyncedCatalogWithdrawsAreRefusedAsWrittenAndLowerCased() {
        List<Diagnostic> found = RuleTester.of(new WithdrawnModel()).version("2026.9.6").check(GEMINI_20);
        assertEquals(List.of("agents.defaults.model.primary", "agents.defaults.model.fallbacks[1]",
                "agents.defaults.models[\"google/gemini-2.0-flash-exp\"]"), found.stream().map(d -> d.path().toString()).toList());
        assertTrue(found.get(0).notes().get(0).contains("Unknown model: google/gemini-2.0-flash. Google shut down"),
                found.get(0).notes().toString());
    }

    @Test
    void theWithdrawalsFollowTheReleasesOfTheSyncedCatalog() {
        // Google's manifest lists its shut-down models from 2026.9.3 on
        assertNotNull(WithdrawnModel.withdrawn("google/gemini-2.0-flash", OpenClawVersion.parse("2026.9.3")));
        assertNull(WithdrawnModel.withdrawn("google/gemini-2.0-flash", OpenClawVersion.parse("2026.9.2")));
        assertEquals(List.of(), RuleTester.of(new WithdrawnModel()).version("2026.9.2").check(GEMINI_20));
        assertNull(WithdrawnModel.withdrawn("google/${MODEL}", OpenClawVersion.parse("2026.9.6")));
        assertNull(WithdrawnModel.withdrawn("gemini-2.0-flash", OpenClawVersion.parse("2026.9.6")));
    }

    @Test
    void conditionalWithdrawalsAreNotRefusals() {
        // gpt-5.4 is withdrawn only on the ChatGPT-account route (`when: baseUrlHosts`): the validator skips it
        assertNull(WithdrawnModel.withdrawn("openai/gpt-5.4", OpenClawVersion.parse("2026.9.6")));
    }

    @Test
    void releasesBeforeTheValidatorCheckedRefsAreLeftAlone() {
        assertEquals(List.of(), RuleTester.of(new WithdrawnModel()).version("2026.4.29")
                .check("{ agents: { defaults: { model: { primary: 'azure-openai-responses/gpt-5.3-codex-spark' } } } }"));
        assertEquals(1, RuleTester.of(new WithdrawnModel()).version("2026.5.2")
                .check("{ agents: { defaults: { model: { primary: 'azure-openai-responses/gpt-5.3-codex-spark' } } } }").size());
    }

    @Test
    void theVendorsReplacementIsOfferedWithoutDuplicatingAModelsKey() {
        RuleTester tester = RuleTester.of(new WithdrawnModel()).version("2026.9.6");
        Diagnostic slot = tester.check("{ agents: { defaults: { model: 'google/gemini-2.0-flash' } } }").get(0);
        assertEquals("'google/gemini-2.5-flash'", slot.fix().edits().get(0).replacement());
        List<Diagnostic> keys = tester.check("{ agents: { defaults: { models: { 'google/gemini-2.0-flash': {},"
                + " 'google/gemini-2.5-flash': {} } } } }");
        assertEquals(1, keys.size());
        assertNull(keys.get(0).fix(), "renaming the key onto an existing one would make a duplicate");
    }
}

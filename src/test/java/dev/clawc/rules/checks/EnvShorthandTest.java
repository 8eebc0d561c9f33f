package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.testing.RuleTester;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvShorthandTest {
    private final RuleTester tester = RuleTester.of(new EnvShorthand());

    private static String apply(String text, Fix fix) {
        List<Fix.Edit> edits = new ArrayList<>(fix.edits());
        edits.sort(Comparator.comparingInt((Fix.Edit e) -> e.span().start()).reversed());
        String out = text;
        for (Fix.Edit edit : edits) {
            out = out.substring(0, edit.span().start()) + edit.replacement() + out.substring(edit.span().end());
        }
        return out;
    }

    @Test
    void firesPerEntryAtTheSchemaPathWithOneFixThatWrapsThemInVars() {
        String text = "{\n  env: {\n    OPENROUTER_API_KEY: \"k1-abc\",\n    HTTP_PROXY: 'http://proxy:3128',\n"
                + "    shellEnv: { enabled: true },\n  },\n}\n";
        List<Diagnostic> found = tester.check(text);
        assertEquals(2, found.size());
        assertEquals("env.OPENROUTER_API_KEY", found.get(0).path().toString());
        assertEquals("env.HTTP_PROXY", found.get(1).path().toString());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertNotNull(found.get(0).fix());
        assertNull(found.get(1).fix()); // one fix moves all of them
        String fixed = apply(text, found.get(0).fix());
        assertEquals("{\n  env: {\n    vars: {\n      OPENROUTER_API_KEY: \"k1-abc\",\n      HTTP_PROXY: 'http://proxy:3128',\n"
                + "    },\n    shellEnv: { enabled: true },\n  },\n}\n", fixed);
        assertEquals(List.of(), tester.check(fixed));
    }

    @Test
    void theFixNeverCopiesAValue() {
        String text = "{env: {OPENAI_API_KEY: 'sk-proj-abcdefghijklmnopqrstuvwxyz012345'}}";
        Fix fix = tester.check(text).get(0).fix();
        assertEquals("{env: {vars: { OPENAI_API_KEY: 'sk-proj-abcdefghijklmnopqrstuvwxyz012345' }}}", apply(text, fix));
        for (Fix.Edit edit : fix.edits()) {
            assertFalse(edit.replacement().contains("sk-"), edit.replacement());
        }
    }

    @Test
    void noFixWhenVarsAlreadyExists() {
        List<Diagnostic> found = tester.check("{env: {vars: {A: 'x'}, A: 'y', B: 'z'}}");
        assertEquals(2, found.size());
        assertNull(found.get(0).fix());
        assertTrue(found.get(0).help().get(0).contains("`env.vars.A` is also set"), found.get(0).help().toString());
        assertTrue(found.get(1).help().get(0).contains("move `B` into `env.vars`"), found.get(1).help().toString());
    }

    @Test
    void aReferenceValueIsANoOpAndSaysSo() {
        Diagnostic d = tester.env(java.util.Map.of("ZAI_API_KEY", "z")).check("{env: {ZAI_API_KEY: '${ZAI_API_KEY}'}}").get(0);
        assertTrue(String.join("\n", d.notes()).contains("no effect"), d.notes().toString());
    }

    @Test
    void olderReleasesAcceptedItSoItIsAWarningThere() {
        Diagnostic d = tester.version("2026.7.1").check("{env: {OPENROUTER_API_KEY: 'x'}}").get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.notes().get(0).contains("2026.8.1"), d.notes().toString());
        assertEquals(Severity.ERROR, tester.version("2026.8.1").check("{env: {OPENROUTER_API_KEY: 'x'}}").get(0).severity());
    }

    @Test
    void doesNotFireOnVarsShellEnvOrNonStringKeys() {
        assertEquals(List.of(), tester.check("{env: {vars: {OPENROUTER_API_KEY: 'x'}, shellEnv: {enabled: false},"
                + " files: {A: './a.txt'}}}"));
        assertEquals(List.of(), tester.check("{gateway: {mode: 'local'}}"));
    }
}

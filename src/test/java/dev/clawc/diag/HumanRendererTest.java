package dev.clawc.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HumanRendererTest {
    private static final HumanRenderer PLAIN = new HumanRenderer(false);

    @Test
    void rendersTheRustcLayout() {
        SourceFile file = new SourceFile("openclaw.json", "{\n  agents: {\n    defaults: {\n      modelz: {},\n");
        int at = file.text().indexOf("modelz");
        Diagnostic d = Diagnostic.builder("unknown-key", Severity.ERROR, "unknown key `modelz` in `agents.defaults`")
                .at(file.span(at, at + 6), "did you mean `models`?")
                .build();
        assertEquals(String.join("\n",
                "error[unknown-key]: unknown key `modelz` in `agents.defaults`",
                " --> openclaw.json:4:7",
                "  |",
                "4 |       modelz: {},",
                "  |       ^^^^^^ did you mean `models`?",
                "  |",
                ""), PLAIN.render(d));
    }

    @Test
    void expandsTabsAndKeepsCaretsUnderWideCharacters() {
        SourceFile file = new SourceFile("f", "\t名前: x");
        int at = file.text().indexOf('x');
        String out = PLAIN.render(Diagnostic.builder("r", Severity.WARNING, "m").at(file.span(at, at + 1), "here").build());
        assertTrue(out.contains("1 |     名前: x\n"), out);
        // tab = 4 columns, 名 and 前 = 2 each, then `: `
        assertTrue(out.contains("  |           ^ here\n"), out);
    }

    @Test
    void masksSecretsInCodeFramesAndMessages() {
        String key = "sk-or-v1-0123456789abcdef0123456789abcdef";
        SourceFile file = new SourceFile("f", "{ apiKey: \"" + key + "\" x }");
        int at = file.text().indexOf('x', file.text().indexOf('"', 12));
        String out = PLAIN.render(Diagnostic.builder("r", Severity.ERROR, "bad " + key).at(file.span(at, at + 1)).build());
        assertFalse(out.contains("0123456789abcdef"), out);
        assertTrue(out.contains("apiKey: \"*****"), out);
    }

    @Test
    void masksValuesUnderSecretKeysEvenWhenTheyLookHarmless() {
        SourceFile file = new SourceFile("f", "{ password: 'hunter2', botToken: \"abc\", maxTokens: 'x' }");
        String out = PLAIN.render(Diagnostic.builder("r", Severity.ERROR, "m").at(file.span(0, 1)).build());
        assertFalse(out.contains("hunter2"), out);
        assertTrue(out.contains("password: '*******'"), out);
        assertTrue(out.contains("botToken: \"***\""), out);
        assertTrue(out.contains("maxTokens: 'x'"), out);
    }

    @Test
    void showsEnvironmentReferencesAsTheyAre() {
        SourceFile file = new SourceFile("f", "{ apiKey: \"${OPENROUTER_API_KEY}\" }");
        String out = PLAIN.render(Diagnostic.builder("r", Severity.ERROR, "m").at(file.span(0, 1)).build());
        assertTrue(out.contains("${OPENROUTER_API_KEY}"), out);
    }

    @Test
    void colourOnlyWhenAsked() {
        SourceFile file = new SourceFile("f", "{}");
        Diagnostic d = Diagnostic.builder("r", Severity.ERROR, "m").at(file.span(0, 1)).build();
        assertTrue(new HumanRenderer(true).render(d).contains("\u001B[31m"));
        assertFalse(PLAIN.render(d).contains("\u001B"));
    }

    @Test
    void fileLevelDiagnosticsHaveNoFrame() {
        String out = PLAIN.render(Diagnostic.builder("io-error", Severity.ERROR, "cannot read `x`").file("x").build());
        assertEquals("error[io-error]: cannot read `x`\n --> x\n", out);
    }

    @Test
    void controlCharactersAreShownVisibly() {
        SourceFile file = new SourceFile("f", "{a\u0000}");
        String out = PLAIN.render(Diagnostic.builder("r", Severity.ERROR, "m").at(file.span(2, 3)).build());
        assertTrue(out.contains("{a\u2400}"), out);
    }
}

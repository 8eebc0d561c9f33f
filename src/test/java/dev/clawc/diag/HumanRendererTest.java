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

    /** The straightforward measure the layout's checkpoints must agree with: from the line's start every time. */
    private static int naiveColumn(String line, int offset) {
        return TextWidth.of(LineLayout.displayText(line.substring(0, offset), 0));
    }

    private static String naiveSlice(String shown, int from, int to) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (int i = 0; i < shown.length(); ) {
            int cp = shown.codePointAt(i);
            int w = TextWidth.of(cp);
            if (column >= from && column + w <= to) {
                out.appendCodePoint(cp);
            }
            column += w;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    @Test
    void lineLayoutCheckpointsAgreeWithAScanFromTheStart() {
        // tabs, control characters, wide characters, combining marks and surrogate pairs, some astride a checkpoint
        String[] pieces = {"a", "\t", "\u0001", "名", "\u0301", "😀", "\uFEFF", "\u007F", "xy", "\t\t"};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 20; round++) {
            StringBuilder line = new StringBuilder();
            while (line.length() < 3 * LineLayout.STEP + round * 37) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            String raw = line.toString();
            LineLayout layout = new LineLayout(raw, raw);
            for (int o = 0; o <= raw.length(); o += 1 + random.nextInt(13)) {
                if (o > 0 && o < raw.length() && Character.isLowSurrogate(raw.charAt(o))) {
                    continue; // a span never starts inside a surrogate pair
                }
                assertEquals(naiveColumn(raw, o), layout.column(o), "offset " + o + " of round " + round);
            }
            String shown = layout.shown();
            assertEquals(TextWidth.of(shown), layout.shownWidth());
            for (int k = 0; k < 40; k++) {
                int from = random.nextInt(layout.shownWidth() + 1);
                int to = from + random.nextInt(200);
                assertEquals(naiveSlice(shown, from, to), layout.slice(from, to), from + ".." + to);
            }
        }
    }

    @Test
    void manyFindingsOnOneLongLineScanTheLineOnceNotOncePerFinding() {
        // 200 findings (the report's cap) spread over a line of 1,000,000 characters
        int length = 1_000_000;
        SourceFile file = new SourceFile("f", "[" + "x,".repeat(length / 2) + "]");
        HumanRenderer renderer = new HumanRenderer(false);
        String last = "";
        for (int i = 0; i < 200; i++) {
            int at = 1 + i * (length / 200) + 2 * 499;
            last = renderer.render(Diagnostic.builder("r", Severity.ERROR, "m").at(file.span(at, at + 1), "here").build());
        }
        // per finding: a few columns and one slice, each from a checkpoint at most STEP characters back
        assertTrue(renderer.layoutScans() < 200L * 6 * LineLayout.STEP, "scanned " + renderer.layoutScans());
        // and the frame is the same as ever: the caret under the character, in a window around it
        String[] lines = last.split("\n");
        String source = lines[3];
        String caret = lines[4];
        assertTrue(source.startsWith("1 | …") && source.endsWith("…"), last);
        assertEquals('x', source.charAt(caret.indexOf('^')), last);
    }
}

package dev.clawc.json5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The hand lexer's fast paths against the generated lexer alone: for every input both must give the same tokens,
 * comments and offsets. Inputs: every short string over an alphabet of the characters where the grammar's longest
 * match turns (quotes, escapes, signs, dots, exponents, slashes, stars, keywords' letters, non-ASCII white space
 * and letters), random longer ones, and every JSON5 file of the repository.
 */
class FastLexerTest {
    private static final String ALPHABET = "{}[]:,\"'\\/*+-.0123eExXaIfnNu \n\r\t\u000B\u00A0\u2028\u00e9\u0301$_";

    @Test
    void everyStringUpToThreeCharactersOfTheTrickyAlphabetLexesAsTheGeneratedLexerDoes() {
        int n = ALPHABET.length();
        StringBuilder text = new StringBuilder();
        for (int length = 0; length <= 3; length++) {
            int total = (int) Math.pow(n, length);
            for (int code = 0; code < total; code++) {
                text.setLength(0);
                int rest = code;
                for (int i = 0; i < length; i++) {
                    text.append(ALPHABET.charAt(rest % n));
                    rest /= n;
                }
                assertSameTokens(text.toString());
            }
        }
    }

    @Test
    void randomTextFromTokenPiecesLexesAsTheGeneratedLexerDoes() {
        String[] pieces = {"{", "}", "[", "]", ":", ",", " ", "\n", "\r\n", "\t", "\u00A0", "\uFEFF", "\u2028", "true",
            "false", "null", "Infinity", "NaN", "-Infinity", "+NaN", "trueish", "key", "$a_1", "caf\u00e9", "\\u0041b",
            "0", "01", "1", "12", "0.5", "1.", ".5", "1e5", "1E+", "2e-3", "0x1F", "0X", "+1", "-0.25", "-", "+", "..",
            "\"s\"", "\"a\\nb\"", "\"\\0\"", "\"\\01\"", "\"\\x4\"", "\"x", "'s'", "'it\\'s'", "\"a\\\nb\"", "'\"'",
            "// c", "//", "/* c */", "/**/", "/* open", "/*/", "/", "*", "@", "#", "\\", "\u00e9", "\u0301", "\u4e2d"};
        Random random = new Random(15);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSameTokens(text.toString());
        }
    }

    @Test
    void everyJson5FileOfTheRepositoryLexesAsTheGeneratedLexerDoes() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("rules", "examples", "testdata", "schema")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".json5") || p.toString().endsWith(".json"))
                        .filter(p -> !p.toString().contains(".received."))
                        .forEach(files::add);
            }
        }
        assertTrue(files.size() > 50, "found " + files.size());
        for (Path file : files) {
            assertSameTokens(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
    }

    @Test
    @Tag("conformance")
    void theJson5SuiteAndTheCorpusLexAsTheGeneratedLexerDoes() throws IOException {
        List<Path> files = new ArrayList<>(SharedData.corpusConfigs());
        try (Stream<Path> walk = Files.walk(SharedData.dir("json5-tests"))) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        assertTrue(files.size() > 100, "found " + files.size());
        for (Path file : files) {
            assertSameTokens(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theGeneratedLexerIsNotBuiltForPlainText() {
        // the fast paths cover a plain config: the check below is that the tokens are right; that the fallback
        // stays unused is what makes start-up cheaper, and a plain file must not need it
        String text = "{\n  // comment\n  a: [1, -2.5, 'x', \"y\", true, null],\n  /* block */ \"b c\": {d: NaN},\n}\n";
        assertSameTokens(text);
        assertEquals(-1, firstFallback(text));
    }

    /** Where the fast paths first hand over to the generated lexer, or -1. */
    private static int firstFallback(String text) {
        int[] at = {-1};
        TokenBuffer.Builder out = new TokenBuffer.Builder(text.length());
        FastLexer.lex(text, out, pos -> {
            if (at[0] < 0) {
                at[0] = pos;
            }
        });
        return at[0];
    }

    private static void assertSameTokens(String text) {
        if (text.codePoints().count() != text.length()) {
            return; // surrogate pairs go to the generated lexer directly
        }
        TokenBuffer.Builder fast = new TokenBuffer.Builder(text.length());
        FastLexer.lex(text, fast);
        TokenBuffer.Builder generated = new TokenBuffer.Builder(text.length());
        TokenBuffer.lexAll(TokenBuffer.newLexer(new TokenBuffer.StringCharStream(text)), text, null, generated);
        assertEquals(dump(generated.build()), dump(fast.build()), () -> "tokens of " + escape(text));
    }

    private static String dump(TokenBuffer tokens) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.count; i++) {
            out.append(tokens.type[i]).append('@').append(tokens.start[i]).append('-').append(tokens.end[i])
                    .append(" after ").append(tokens.commentsUpTo[i]).append('\n');
        }
        for (int i = 0; i < tokens.commentCount; i++) {
            out.append("comment ").append(tokens.commentStart[i]).append('-').append(tokens.commentEnd[i])
                    .append(tokens.commentBlock[i] ? " block" : " line").append('\n');
        }
        return out.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.append('"').toString();
    }
}

package dev.clawc.json5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.SourceFile;
import dev.clawc.diag.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class Json5ReaderTest {

    private static ParseResult read(String text) {
        return Json5Reader.read(new SourceFile("t.json5", text));
    }

    private static Json5Object object(String text) {
        ParseResult result = read(text);
        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        return (Json5Object) result.value();
    }

    private static List<String> rules(ParseResult result) {
        return result.diagnostics().stream().map(Diagnostic::rule).collect(Collectors.toList());
    }

    @Test
    void aNumberWithoutExponentDigitsIsExplainedHoweverLong() {
        // fuzz finding 6: the pattern that recognises `12e` backtracked over every split of the digits (24,000 digits:
        // 10 s); each of these must still get the exponent note
        for (String number : new String[] {"12e", "-1.5E+", ".5e", "3.e-", "9".repeat(30_000) + "e", "1." + "0".repeat(30_000) + "E"}) {
            ParseResult result = Json5Reader.read(new SourceFile("f", "{a: " + number + "}"));
            assertTrue(result.diagnostics().get(0).notes().contains("an exponent needs at least one digit"),
                    number.length() + ": " + result.diagnostics().get(0).notes());
        }
        ParseResult other = Json5Reader.read(new SourceFile("f", "{a: " + "9".repeat(30_000) + "x1}"));
        assertFalse(other.diagnostics().get(0).notes().contains("an exponent needs at least one digit"));
    }

    @Test
    void readsEveryJson5ValueKind() {
        Json5Object o = object("{a:'x', \"b\": [1, true, null, -0x1F, .5, +Infinity, NaN,], c: {}, }");
        assertEquals("x", ((Json5String) o.get("a")).value());
        Json5Array b = (Json5Array) o.get("b");
        assertEquals(7, b.elements().size());
        assertEquals("-0x1F", ((Json5Number) b.elements().get(3)).text());
        assertEquals(-31, ((Json5Number) b.elements().get(3)).decimalValue().intValue());
        assertTrue(((Json5Number) b.elements().get(5)).isInfinite());
        assertTrue(((Json5Number) b.elements().get(6)).isNaN());
        assertInstanceOf(Json5Object.class, o.get("c"));
    }

    @Test
    void spansAreOneBasedLinesAndCodePointColumns() {
        Json5Object o = object("{\n  \"🦀\": 1,\n  b: \"x\"\n}");
        Json5Member b = o.member("b");
        assertEquals(3, b.key().span().startLine());
        assertEquals(3, b.key().span().startColumn());
        Span value = b.value().span();
        assertEquals("\"x\"", value.text());
        assertEquals(6, value.startColumn());
        assertEquals(9, value.endColumn()); // exclusive
        Json5Member crab = o.members().get(0);
        assertEquals("🦀", crab.name());
        assertEquals(8, crab.value().span().startColumn()); // the crab is one column, not two chars
    }

    @Test
    void astralCharactersInIdentifiersAndStringsKeepOffsetsInChars() {
        Json5Object o = object("{ \"😀\": 'a😀b', 𝑥: 2 }");
        assertEquals("a😀b", ((Json5String) o.get("😀")).value());
        Json5Member x = o.member("𝑥");
        assertEquals("𝑥", x.key().span().text());
        assertEquals("2", x.value().span().text());
    }

    @Test
    void crlfAndLoneCrCountAsLineBreaks() {
        Json5Object o = object("{\r\n a: 1,\r b: 2\n}");
        assertEquals(2, o.member("a").key().span().startLine());
        assertEquals(3, o.member("b").key().span().startLine());
    }

    @Test
    void duplicateKeysAreKeptAndTheLastWins() {
        ParseResult result = read("{a: 1, a: 2}");
        Json5Object o = (Json5Object) result.value();
        assertEquals(2, o.members().size());
        assertEquals("2", ((Json5Number) o.get("a")).text());
        assertEquals(List.of("duplicate-key"), rules(result));
        assertEquals("first defined here", result.diagnostics().get(0).labels().get(0).message());
    }

    @Test
    void numbersKeepTheirSourceText() {
        Json5Object o = object("{big: 123456789012345678901234567890, neg0: -0, hex: 0xFFFFFFFFFFFFFFFFFF, exp: 1E+3}");
        assertEquals("123456789012345678901234567890", ((Json5Number) o.get("big")).toJson());
        assertEquals("-0", ((Json5Number) o.get("neg0")).toJson());
        assertEquals("4722366482869645213695", ((Json5Number) o.get("hex")).toJson());
        assertEquals("1E+3", ((Json5Number) o.get("exp")).toJson());
    }

    @Test
    void reservedWordsAndEscapedIdentifiersAreKeys() {
        Json5Object o = object("{ while: 1, null: 2, Infinity: 3, \\u0061b: 4, $_: 5 }");
        assertEquals(List.of("while", "null", "Infinity", "ab", "$_"),
                o.members().stream().map(Json5Member::name).collect(Collectors.toList()));
    }

    @Test
    void escapesDecode() {
        Json5Object o = object("{ s: '\\x41\\u00e9\\n\\'\\\"\\0\\v\\\nX', t: \"a\u2028b\" }");
        assertEquals("Aé\n'\"\0\u000BX", ((Json5String) o.get("s")).value());
        assertEquals("a\u2028b", ((Json5String) o.get("t")).value());
    }

    @Test
    void commentsAttachToTheMembersTheyDescribe() {
        Json5Object o = object("// file header\n{\n  // about a\n  a: 1, // trailing a\n  /* about b */ b: 2,\n  c: { /* empty */ },\n}\n");
        Json5Member a = o.member("a");
        assertEquals(2, a.comments().size());
        assertEquals(Comment.Placement.LEADING, a.comments().get(0).placement());
        assertEquals(" about a", a.comments().get(0).body());
        assertEquals(Comment.Placement.TRAILING, a.comments().get(1).placement());
        assertEquals(" trailing a", a.comments().get(1).body());
        assertEquals(" about b ", o.member("b").comments().get(0).body());
        Json5Object c = (Json5Object) o.get("c");
        assertEquals(Comment.Placement.INNER, c.comments().get(0).placement());
        assertEquals(" file header", o.comments().get(0).body());
    }

    @Test
    void commentsOnArrayElementsAttachToTheElement() {
        ParseResult result = read("[\n  1, // one\n  // two\n  2,\n]");
        Json5Array array = (Json5Array) result.value();
        assertEquals(" one", array.elements().get(0).comments().get(0).body());
        assertEquals(" two", array.elements().get(1).comments().get(0).body());
    }

    @Test
    void oneRunReportsSeveralIndependentErrors() {
        ParseResult result = read("{\n a: 1\n b: 2,\n c: 010,\n d: \"x\\q\\1\",\n}");
        List<String> messages = result.diagnostics().stream().map(Diagnostic::message).collect(Collectors.toList());
        assertEquals(3, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("expected `,` or `}`, found `b`"));
        assertTrue(messages.get(1).startsWith("invalid number `010`"));
        assertTrue(messages.get(2).startsWith("invalid escape `\\1`"));
        // recovery kept the members after the errors
        Json5Object o = (Json5Object) result.value();
        assertEquals("2", ((Json5Number) o.get("b")).text());
    }

    @Test
    void missingCommaOffersAnInsertFix() {
        ParseResult result = read("[1 2]");
        Diagnostic d = result.diagnostics().get(0);
        assertEquals("insert `,`", d.fix().description());
        assertEquals(2, d.fix().edits().get(0).span().start());
        assertEquals(",", d.fix().edits().get(0).replacement());
    }

    @Test
    void deepNestingIsADiagnosticNotAStackOverflow() {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        ParseResult result = read(deep);
        assertEquals(List.of("nesting-too-deep"), rules(result));
        assertEquals(1001, result.diagnostics().get(0).span().startColumn());
    }

    @Test
    void nestingAtTheLimitIsFine() {
        ParseResult result = Json5Reader.read(new SourceFile("t", "[".repeat(1000) + "]".repeat(1000)), 1000);
        assertFalse(result.hasErrors());
    }

    @Test
    void unclosedDeepNestingAtEndOfInputTerminates() {
        ParseResult result = read("{a:".repeat(5000));
        assertTrue(result.hasErrors());
        assertTrue(rules(result).contains("nesting-too-deep"));
    }

    @Test
    void emptyInputHasNoValue() {
        ParseResult result = read("  \n");
        assertNull(result.value());
        assertEquals("expected a JSON5 value, found end of input", result.diagnostics().get(0).message());
    }

    @Test
    void unterminatedStringPointsAtTheLineEndAndTheOpeningQuote() {
        ParseResult result = read("{a: \"abc\n}");
        Diagnostic d = result.diagnostics().get(0);
        assertEquals("unterminated string", d.message());
        assertEquals(8, d.span().start());
        assertEquals(4, d.labels().get(0).span().start());
    }

    @Test
    void errorPathsFollowOpenClawStyle() {
        ParseResult result = read("{agents: {defaults: {models: {'openai/gpt-4o': {params: [1 2]}}}}}");
        assertEquals("agents.defaults.models[\"openai/gpt-4o\"].params", result.diagnostics().get(0).path().toString());
    }

    @Test
    void signIsPartOfTheNumberToken() {
        ParseResult result = read("[- 1]");
        assertTrue(result.hasErrors());
        assertTrue(result.diagnostics().get(0).help().get(0).contains("sign"));
    }
}

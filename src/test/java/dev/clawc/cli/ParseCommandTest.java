package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clawc.testing.Cli;
import org.junit.jupiter.api.Test;

class ParseCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void printsStrictJsonOfAnyValue() throws Exception {
        Cli.Run run = Cli.runWithStdin("// c\n{a: 0x10, b: [.5, 'x',], c: null, a2: +1, }", "parse", "-");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode value = JSON.readTree(run.out());
        assertEquals(16, value.get("a").asInt());
        assertEquals(0.5, value.get("b").get(0).asDouble());
        assertEquals("{\n  \"a\": 16,\n  \"b\": [\n    0.5,\n    \"x\"\n  ],\n  \"c\": null,\n  \"a2\": 1\n}\n", run.out());
        assertEquals("[1,2]\n", Cli.runWithStdin("[1,2,]", "parse", "--compact", "-").out());
        assertEquals("\"just a string\"\n", Cli.runWithStdin("'just a string'", "parse", "-").out());
    }

    @Test
    void duplicateKeysResolveLikeOpenClawAndWarnOnStderr() {
        Cli.Run run = Cli.runWithStdin("{a: 1, b: 2, a: 3}", "parse", "--compact", "-");
        assertEquals(0, run.exitCode());
        assertEquals("{\"a\":3,\"b\":2}\n", run.out());
        assertTrue(run.err().contains("warning[duplicate-key]"), run.err());
    }

    @Test
    void nonFiniteNumbersHaveNoJsonForm() {
        Cli.Run run = Cli.runWithStdin("{a: [1, -Infinity], b: NaN}", "parse", "-");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("error[non-finite-number]: `-Infinity` has no JSON form"), run.err());
        assertTrue(run.err().contains("error[non-finite-number]: `NaN` has no JSON form"), run.err());
    }

    @Test
    void syntaxErrorsInJsonFormatGoToStdout() throws Exception {
        Cli.Run run = Cli.runWithStdin("{a: }", "parse", "--format", "json", "-");
        assertEquals(1, run.exitCode());
        JsonNode report = JSON.readTree(run.out());
        assertEquals("json5-syntax", report.get("diagnostics").get(0).get("rule").asText());
    }

    @Test
    void tooDeepNestingIsReported() {
        Cli.Run run = Cli.runWithStdin("[".repeat(1500) + "]".repeat(1500), "parse", "-");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error[nesting-too-deep]"), run.err());
    }

    @Test
    void secretsAreRedacted() {
        Cli.Run run = Cli.runWithStdin("{models: {providers: {x: {apiKey: 'plain-secret', baseUrl: 'https://x',"
                + " headers: {Authorization: 'Bearer abcdefghijklmnopqrstuvwx'}}}}, env: {vars: {K: 'sk-ant-abcdefghijklmnopqrstuvwxyz'}},"
                + " ref: '${OPENAI_API_KEY}'}", "parse", "--compact", "-");
        assertEquals(0, run.exitCode());
        assertFalse(run.out().contains("plain-secret"), run.out());
        assertFalse(run.out().contains("abcdefghijklmnop"), run.out());
        assertTrue(run.out().contains("\"apiKey\":\"<redacted>\""), run.out());
        assertTrue(run.out().contains("\"ref\":\"${OPENAI_API_KEY}\""), run.out());
        assertTrue(run.out().contains("\"baseUrl\":\"https://x\""), run.out());
        assertTrue(run.err().contains("3 secret values were replaced"), run.err());
    }

    @Test
    void ioErrorExitsTwo() {
        Cli.Run run = Cli.run("parse", "nope.json5");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no such file"), run.err());
    }
}

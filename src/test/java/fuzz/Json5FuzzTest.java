package fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clawc.diag.Diagnostic;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.ParseResult;
import dev.clawc.json5.SourceDecoder;

/**
 * Target (a): the JSON5 front end on raw bytes. Decoding and reading must not throw, whatever the bytes,
 * and every diagnostic's span lies in the text (rendering is covered by the CLI targets, which also render). Seeds and crashers: src/test/resources/fuzz/Json5FuzzTestInputs/json5/.
 * A run over 2 s is a finding too (FuzzSupport.withTimeout), in regression mode as well.
 */
class Json5FuzzTest {
    @FuzzTest(maxDuration = "10m")
    void json5(byte[] bytes) {
        FuzzSupport.withTimeout(FuzzSupport.PARSE_TIMEOUT_MS, () -> parse(bytes));
    }

    private static void parse(byte[] bytes) {
        SourceDecoder.Decoded decoded = SourceDecoder.decode("fuzz.json5", bytes);
        ParseResult result = Json5Reader.read(decoded.file());
        int length = decoded.file().text().length();
        for (Diagnostic d : result.diagnostics()) {
            // Every span must lie in the text: the renderers and the fixes index the text with it.
            if (d.span() != null && (d.span().start() < 0 || d.span().end() > length || d.span().start() > d.span().end())) {
                throw new AssertionError(d.rule() + ": span " + d.span().start() + ".." + d.span().end() + " outside the text ("
                        + length + " chars)");
            }
        }
    }
}

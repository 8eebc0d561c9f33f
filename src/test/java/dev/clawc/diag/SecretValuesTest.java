package dev.clawc.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The run's redaction point: known secrets replaced wherever they appear, ordinary text left alone. */
class SecretValuesTest {
    @Test
    void knownSecretsAreReplacedLongestFirstAndOtherTextKept() {
        SecretValues secrets = new SecretValues();
        secrets.add("hunter2-horse");
        secrets.add("hunter2-horse-battery");
        secrets.add("abc"); // too short to mask everywhere
        assertEquals("pass=<redacted>; again <redacted>; abc stays",
                secrets.redact("pass=hunter2-horse-battery; again hunter2-horse; abc stays"));
    }

    @Test
    void theJsonEscapedFormIsMaskedToo() {
        SecretValues secrets = new SecretValues();
        secrets.add("pa\"ss\\word");
        assertEquals("{\"v\": \"<redacted>\"}", secrets.redact("{\"v\": \"pa\\\"ss\\\\word\"}"));
    }

    @Test
    void aSecretWrittenInPiecesIsSeenWholeByTheStream() {
        SecretValues secrets = new SecretValues();
        secrets.add("s3cr3t-value");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new RedactingPrintStream(bytes, secrets);
        out.print("key: s3cr");
        out.print("3t-value and more\nlast line s3cr3t-value");
        out.flush();
        assertEquals("key: <redacted> and more\nlast line <redacted>", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void manySecretsCostOnePassOverTheText() {
        SecretValues secrets = new SecretValues();
        for (int i = 0; i < 20_000; i++) {
            secrets.add("secret-" + i + "-xyz");
        }
        String line = "value secret-19999-xyz and secret-5-xyz";
        assertEquals("value <redacted> and <redacted>", secrets.redact(line));
    }
}

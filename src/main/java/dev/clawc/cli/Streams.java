package dev.clawc.cli;

import dev.clawc.diag.RedactingPrintStream;
import dev.clawc.diag.SecretValues;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * What a command reads and writes: injected so tests can run commands in-process. {@code secrets} is the run's
 * redaction point: {@code out} and {@code err} clean every line of them (see {@link #redacting}). {@code protocolOut}
 * is the unfiltered stdout for the language server, whose framed messages (byte counts) a line filter would break;
 * it masks what it sends message by message.
 */
record Streams(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, SecretValues secrets,
        PrintStream protocolOut) {

    Streams(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        this(in, out, err, env, new SecretValues(), out);
    }

    /** Streams whose output passes the secrets filter, with a fresh secret set for one run. */
    static Streams redacting(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        SecretValues secrets = new SecretValues();
        return new Streams(in, new RedactingPrintStream(out, secrets), new RedactingPrintStream(err, secrets), env, secrets, out);
    }
}

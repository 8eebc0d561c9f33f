package dev.clawc.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** What a command reads and writes: injected so tests can run commands in-process. */
record Streams(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
}

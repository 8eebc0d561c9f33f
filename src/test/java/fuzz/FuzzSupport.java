package fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clawc.testing.Cli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What every fuzz target checks about a run of the command line, and the temp-dir plumbing they share. */
final class FuzzSupport {
    /**
     * The planted secret: key-shaped, fixed per build so a finding replays. The fuzzer cannot produce it on its
     * own (it never sees it), so it reaches the config only where a target plants it on purpose.
     */
    static final String SECRET;
    /** What is searched for in the outputs: the secret's tail, so a partly masked key still counts as a leak. */
    static final String SECRET_TAIL;

    static {
        Random random = new Random(0x5EC2E7L);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder body = new StringBuilder("sk-ant-api03-");
        for (int i = 0; i < 40; i++) {
            body.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        SECRET = body.toString();
        SECRET_TAIL = SECRET.substring(SECRET.length() - 12);
    }

    /** A Java stack trace line (`\tat pkg.Class.method(File.java:12)`) or an uncaught-exception banner. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)^\\s+at [\\w$.<>/]+\\([^)]*\\)$|Exception in thread|^Caused by: ");

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Per-input time limit: a run over it is a hang, a finding. Fuzzing (JAZZER_FUZZ set): 2 s, where a slow input is
     * worth a look; a run at the lowest priority on a loaded machine may raise it (-Dclawc.fuzz.timeoutMs=...) so that
     * waiting for a CPU is not taken for a hang. Regression mode (`mvn verify`): 30 s, a guard against hangs only, as
     * in the other tests (a seed that takes 0.2 s took over 2 s under `mvn verify` on 2 cores at load 14); speed is
     * measured in bench/, not asserted.
     */
    static final long TIMEOUT_MS = Long.getLong("clawc.fuzz.timeoutMs", System.getenv("JAZZER_FUZZ") != null ? 2000 : 30_000);
    /** The JSON5 target's limit in both modes: 2 s (a parse takes milliseconds; finding 1 was a 1 KB file taking 2.9 s). */
    static final long PARSE_TIMEOUT_MS = Long.getLong("clawc.fuzz.timeoutMs", 2000);

    /**
     * Inputs run on this thread: the 8 MiB stack is the one the `clawc` launcher gives (-Xss8m), and the caller
     * waits at most {@link #TIMEOUT_MS}. (JUnit's @Timeout would time the whole fuzzing run, not one input.)
     */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(null, task, "clawc-fuzz", 8L << 20);
        thread.setDaemon(true);
        return thread;
    });

    private FuzzSupport() {
    }

    /** Runs one input's work with the time limit; its exception or error is rethrown as it was. */
    static void withTimeout(Runnable body) {
        withTimeout(TIMEOUT_MS, body);
    }

    static void withTimeout(long limitMs, Runnable body) {
        Future<?> future = WORKER.submit(body);
        try {
            future.get(limitMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("hang: one input ran longer than " + limitMs + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new AssertionError(cause);
        }
    }

    /** Runs clawc in-process and asserts the contract every input must keep; returns the run for more checks. */
    static Cli.Run run(String... args) {
        Cli.Run run = Cli.run(args);
        String command = "clawc " + String.join(" ", args);
        int code = run.exitCode();
        assertTrue(code == 0 || code == 1 || code == 2, command + ": exit code " + code + "\n" + run.err());
        assertFalse(run.err().contains("internal error"), command + ": internal error\n" + run.err());
        assertFalse(STACK_TRACE.matcher(run.err()).find(), command + ": stack trace on stderr\n" + run.err());
        assertFalse(run.out().contains(SECRET_TAIL) || run.err().contains(SECRET_TAIL),
                command + ": the planted secret is in the output\n" + run.out() + run.err());
        return run;
    }

    /** Error diagnostics of a `check --format json` document, as rule|path|message with their counts. */
    static Map<String, Integer> errors(String checkJson) {
        Map<String, Integer> errors = new HashMap<>();
        try {
            JsonNode doc = JSON.readTree(checkJson);
            for (JsonNode d : doc.path("diagnostics")) {
                if ("error".equals(d.path("severity").asText())) {
                    errors.merge(d.path("rule").asText() + "|" + d.path("path").asText() + "|" + d.path("message").asText(),
                            1, Integer::sum);
                }
            }
        } catch (IOException e) {
            throw new AssertionError("check --format json printed no JSON document:\n" + checkJson, e);
        }
        return errors;
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("clawc-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp dir left behind is no finding
        }
    }
}

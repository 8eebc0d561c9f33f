package dev.clawc.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-contained distribution and the npm package as a user gets them (run after `package`, by the
 * integration-test phase): unpacked or installed into a scratch directory and run with a PATH that has no
 * java and no mvn, and no JAVA_HOME.
 */
class DistributionIT {
    static final Path BUILD_DIR = Path.of(System.getProperty("clawc.target", "target")).toAbsolutePath();
    static final String VERSION = System.getProperty("clawc.version", "");
    static final Path SEED = Path.of("examples/seed.json5").toAbsolutePath();

    @TempDir
    static Path scratch;
    static Path bin;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void minimalPath() throws IOException {
        Path tarball = BUILD_DIR.resolve("clawc-" + VERSION + "-" + platform() + ".tar.gz");
        if (!Files.isRegularFile(tarball)) {
            String message = "SKIPPED: no " + tarball + ": the build found no JDK 25 to link a runtime from (see the build log)";
            System.err.println(message);
            Assumptions.abort(message);
        }
        // Only what the launcher and npm need: no java, no mvn.
        bin = Files.createDirectories(scratch.resolve("bin"));
        for (String tool : List.of("sh", "dirname", "readlink", "node", "tar", "gzip")) {
            Optional<Path> found = onSystemPath(tool);
            if (found.isPresent()) {
                Files.createSymbolicLink(bin.resolve(tool), found.get());
            }
        }
    }

    static String platform() {
        String arch = System.getProperty("os.arch");
        return "linux-" + (arch.equals("amd64") ? "x64" : arch.equals("aarch64") ? "arm64" : arch);
    }

    static Optional<Path> onSystemPath(String command) {
        for (String dir : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Run run(Path dir, Map<String, String> extraEnv, List<String> command) throws IOException, InterruptedException {
        String path = extraEnv.getOrDefault("PATH", bin.toString());
        // Java looks a bare command up in its own PATH, not the child's: look it up in the child's here.
        List<String> resolved = new ArrayList<>(command);
        if (!resolved.get(0).contains("/")) {
            for (String entry : path.split(":")) {
                if (Files.isExecutable(Path.of(entry, resolved.get(0)))) {
                    resolved.set(0, Path.of(entry, resolved.get(0)).toString());
                    break;
                }
            }
        }
        ProcessBuilder builder = new ProcessBuilder(resolved).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", path);
        env.put("HOME", scratch.toString());
        env.putAll(extraEnv);
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "timed out: " + command);
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    static Path unpacked() throws IOException, InterruptedException {
        Path dir = scratch.resolve("unpacked");
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            Path tarball = BUILD_DIR.resolve("clawc-" + VERSION + "-" + platform() + ".tar.gz");
            Run untar = run(dir, Map.of(), List.of("tar", "xzf", tarball.toString()));
            assertEquals(0, untar.exitCode(), untar.err());
        }
        return dir.resolve("clawc-" + VERSION);
    }

    @Test
    void thePathHasNoJava() {
        assertFalse(Files.exists(bin.resolve("java")));
        assertFalse(Files.exists(bin.resolve("mvn")));
    }

    @Test
    void theTarballRunsWithoutJavaOnThePath() throws Exception {
        Path launcher = unpacked().resolve("bin/clawc");
        Run check = run(scratch, Map.of(), List.of(launcher.toString(), "check", "--openclaw-version", "2026.2.6", SEED.toString()));
        assertEquals(1, check.exitCode(), check.err());
        assertTrue(check.out().contains("error[cache-control-rejected]"), check.out());

        // every command runs on the linked runtime (only java.base): no missing class anywhere
        for (List<String> args : List.of(List.of("explain", SEED.toString()), List.of("compile", SEED.toString()),
                List.of("parse", SEED.toString()), List.of("fix", "--dry-run", SEED.toString()),
                List.of("check", "--format", "sarif", SEED.toString()), List.of("check", "--format", "json", SEED.toString()),
                List.of("rules"), List.of("rules", "unknown-key"), List.of("schema"), List.of("completion", "bash"), List.of("--version"))) {
            List<String> command = new ArrayList<>(List.of(launcher.toString()));
            command.addAll(args);
            Run result = run(scratch, Map.of(), command);
            assertTrue(result.exitCode() == 0 || result.exitCode() == 1, args + " -> " + result.exitCode() + "\n" + result.err());
            assertFalse(result.err().contains("Exception") || result.err().contains("internal error"), args + ": " + result.err());
            assertFalse(result.out().isEmpty(), args + " printed nothing");
        }
    }

    @Test
    void theLanguageServerAnswersOnTheLinkedRuntime() throws Exception {
        // LSP4J needs java.logging: a linked runtime without it failed `clawc lsp` with NoClassDefFoundError
        Path launcher = unpacked().resolve("bin/clawc");
        StringBuilder frames = new StringBuilder();
        for (String body : List.of("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}", "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}")) {
            frames.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n").append(body);
        }
        Path in = Files.createTempFile(scratch, "lsp", ".in");
        Files.writeString(in, frames.toString(), StandardCharsets.UTF_8);
        Path out = Files.createTempFile(scratch, "lsp", ".out");
        Path err = Files.createTempFile(scratch, "lsp", ".err");
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "lsp").directory(scratch.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", bin.toString());
        builder.environment().put("HOME", scratch.toString());
        Process process = builder.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String answer = Files.readString(out, StandardCharsets.UTF_8);
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertTrue(answer.contains("\"capabilities\"") && answer.contains("completionProvider"), answer + "\n" + errors);
        assertFalse(errors.contains("NoClassDefFoundError") || errors.contains("internal error"), errors);
    }

    @Test
    void theAotCacheGoesOnlyToTheBundledRuntime() throws Exception {
        Path launcher = unpacked().resolve("bin/clawc");
        // -XX:+PrintCommandLineFlags shows the flags the launcher gave the JVM
        Map<String, String> printFlags = new HashMap<>(Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags"));
        Run bundled = run(scratch, printFlags, List.of(launcher.toString(), "--version"));
        assertEquals(0, bundled.exitCode(), bundled.err());
        assertTrue(bundled.out().contains("-XX:AOTCache="), bundled.out());

        // another JVM (the one running this test, Java 17 here) runs the same jar without the cache
        String otherJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        printFlags.put("CLAWC_JAVA", otherJava);
        Run other = run(scratch, printFlags, List.of(launcher.toString(), "--version"));
        assertEquals(0, other.exitCode(), other.err());
        assertTrue(other.out().contains("clawc " + VERSION), other.out());
        assertFalse(other.out().contains("-XX:AOTCache="), other.out());
    }

    @Test
    void withoutTheBundledRuntimeJavaHomeOrThePathIsUsedAndNoneIsAClearError() throws Exception {
        Path copy = scratch.resolve("no-runtime");
        Files.createDirectories(copy.resolve("bin"));
        Files.createDirectories(copy.resolve("lib"));
        Files.copy(unpacked().resolve("bin/clawc"), copy.resolve("bin/clawc"));
        Files.copy(unpacked().resolve("lib/clawc.jar"), copy.resolve("lib/clawc.jar"));
        Files.copy(unpacked().resolve("lib/clawc.aot"), copy.resolve("lib/clawc.aot"));

        Run withJavaHome = run(scratch, Map.of("JAVA_HOME", System.getProperty("java.home")),
                List.of(copy.resolve("bin/clawc").toString(), "check", SEED.toString()));
        assertTrue(withJavaHome.out().contains("checking "), withJavaHome.out() + withJavaHome.err());

        Run none = run(scratch, Map.of(), List.of(copy.resolve("bin/clawc").toString(), "check", SEED.toString()));
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("no Java runtime found"), none.err());
    }

    @Test
    void theNpmPackageInstallsAndRunsWithoutJavaOrMaven() throws Exception {
        Path npmTarball = BUILD_DIR.resolve("clawc-" + VERSION + ".tgz");
        Optional<Path> npm = onSystemPath("npm");
        Assumptions.assumeTrue(Files.isRegularFile(npmTarball) && npm.isPresent() && Files.exists(bin.resolve("node")),
                "SKIPPED: no npm package or no npm/node on this machine");
        Path npmCli = npm.get().toRealPath(); // npm's bin is a link to npm-cli.js, run here with the node on our PATH
        Path prefix = scratch.resolve("prefix");
        Run install = run(scratch, Map.of("npm_config_update_notifier", "false"), List.of("node", npmCli.toString(),
                "install", "-g", "--prefix", prefix.toString(), "--offline", "--no-audit", "--no-fund", npmTarball.toString()));
        assertEquals(0, install.exitCode(), install.out() + install.err());

        Map<String, String> path = Map.of("PATH", prefix.resolve("bin") + ":" + bin);
        Run check = run(SEED.getParent(), path, List.of("clawc", "check", "--openclaw-version", "2026.2.6", "seed.json5"));
        assertEquals(1, check.exitCode(), check.err());
        assertTrue(check.out().contains("error[cache-control-rejected]"), check.out());
        assertTrue(check.out().contains("--> seed.json5:4:25"), check.out());
    }
}

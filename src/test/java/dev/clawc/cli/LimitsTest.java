package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Limits;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.ParseResult;
import dev.clawc.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input limit, each with the diagnostic a user sees. Nothing reads past a limit first. */
class LimitsTest {
    @TempDir
    Path dir;

    @Test
    void fileSizeIsConfigurableAndNeverReadPast() throws IOException {
        Path big = dir.resolve("openclaw.json5");
        Files.writeString(big, "{agents: {defaults: {workspace: '" + "x".repeat(4000) + "'}}}");
        Cli.Run run = Cli.run("check", "--max-file-size", "1K", big.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("error[file-too-large]: `" + big + "` is larger than the limit of 1 KiB"), run.out());
        assertEquals(0, Cli.run("check", "--no-process-env", "--max-file-size", "16K", big.toString()).exitCode());
        assertEquals(2, Cli.run("check", "--max-file-size", "-3", big.toString()).exitCode());
    }

    @Test
    void aLongStringAndAHugeContainerAreReportedOnce() {
        Json5Limits small = new Json5Limits(1000, 10, 3);
        ParseResult strings = Json5Reader.read(new SourceFile("f", "['0123456789abc', '0123456789abcdef']"), small);
        assertEquals(1, strings.diagnostics().stream().filter(d -> d.rule().equals("limit-exceeded")).count());
        assertTrue(strings.diagnostics().get(0).message().contains("13 characters"), strings.diagnostics().toString());
        ParseResult entries = Json5Reader.read(new SourceFile("f", "{a: [1, 2, 3, 4, 5], b: 1, c: 2, d: 3}"), small);
        assertEquals(1, entries.diagnostics().stream().filter(d -> d.rule().equals("limit-exceeded")).count());
    }

    @Test
    void nestingDepth() {
        Cli.Run run = Cli.runWithStdin("{agents: {defaults: {params: {x: " + "[".repeat(2000) + "]".repeat(2000) + "}}}}",
                "check", "--no-process-env", "-");
        assertTrue(run.out().contains("error[nesting-too-deep]"), run.out());
    }

    @Test
    void nulBytesAndUtf16() throws IOException {
        Path utf16 = dir.resolve("openclaw.json");
        Files.write(utf16, "\uFEFF{agents: {}}".getBytes(StandardCharsets.UTF_16LE));
        Cli.Run run = Cli.run("check", "--no-process-env", utf16.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("error[nul-byte]: the file is UTF-16, not UTF-8"), run.out());
        Cli.Run binary = Cli.runWithStdin("{agents: {}}\u0000\u0000", "check", "--no-process-env", "-");
        assertTrue(binary.out().contains("error[nul-byte]: the file contains 2 NUL bytes"), binary.out());
    }

    @Test
    void invalidUtf8() throws IOException {
        Path file = dir.resolve("openclaw.json5");
        Files.write(file, new byte[] {'{', (byte) 0xC3, '}'});
        assertTrue(Cli.run("check", file.toString()).out().contains("error[invalid-utf8]"));
    }

    @Test
    void aDirectoryOrFifoIsNotAConfigFile() throws Exception {
        Cli.Run directory = Cli.run("parse", dir.toString());
        assertEquals(2, directory.exitCode());
        assertTrue(directory.err().contains("is a directory"), directory.err());
        Path fifo = dir.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo unavailable");
        Cli.Run run = Cli.run("check", fifo.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("is not a regular file"), run.out());
    }

    @Test
    void anUnreadableFileIsAnIoError() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path file = dir.resolve("openclaw.json5");
        Files.writeString(file, "{}");
        assertTrue(file.toFile().setReadable(false));
        Cli.Run run = Cli.run("check", file.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("permission denied"), run.out());
    }

    @Test
    void anIncludeOfADeviceOrOfAHugeFileIsRefusedWithoutReadingIt() throws IOException {
        Path config = dir.resolve("openclaw.json5");
        Files.writeString(config, "{agents: {$include: '/dev/zero'}}");
        Cli.Run zero = Cli.run("check", "--no-process-env", config.toString());
        assertTrue(zero.out().contains("error[include-escapes-root]") || zero.out().contains("error[include-not-regular-file]"),
                zero.out());
        Path huge = dir.resolve("huge.json5");
        try (var out = Files.newOutputStream(huge)) {
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 3; i++) {
                out.write(block);
            }
        }
        Files.writeString(config, "{agents: {$include: './huge.json5'}}");
        Cli.Run run = Cli.run("check", "--no-process-env", config.toString());
        assertTrue(run.out().contains("error[include-too-large]"), run.out());
    }

    @Test
    void anIncludeLatticeStopsAtTheExpansionLimit() throws IOException {
        // level i includes level i+1 three times: 3^8 = 6561 expansions without a limit
        for (int level = 0; level < 8; level++) {
            String next = "./l" + (level + 1) + ".json5";
            Files.writeString(dir.resolve("l" + level + ".json5"),
                    "{$include: ['" + next + "', '" + next + "', '" + next + "']}");
        }
        Files.writeString(dir.resolve("l8.json5"), "{agents: {}}");
        Path config = dir.resolve("openclaw.json5");
        Files.writeString(config, "{$include: './l0.json5'}");
        Cli.Run run = Cli.run("check", "--no-process-env", config.toString());
        assertTrue(run.out().contains("error[include-count]: more than 1000 includes are expanded"), run.out());
    }
}

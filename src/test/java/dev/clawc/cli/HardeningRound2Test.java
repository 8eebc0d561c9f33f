package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repros of issue 15 ("Hardening round 2"), one test each: no internal error, no hang, the right
 * answer, no lost data. The hang guard is a generous timeout that only a hang (minutes) trips; speed
 * itself is measured in bench/, not asserted here.
 */
class HardeningRound2Test {
    private static final Duration HANG = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static Cli.Run run(String... args) {
        return Assertions.assertTimeoutPreemptively(HANG, (org.junit.jupiter.api.function.ThrowingSupplier<Cli.Run>) () -> Cli.run(args));
    }

    private static void noInternalError(Cli.Run run) {
        assertFalse(run.err().contains("internal error"), run.err());
        assertFalse(run.out().contains("internal error"), run.out());
    }

    @Test
    void aLongStringOnALineWithAFindingIsNoStackOverflow() throws IOException {
        Path file = write("long.json5", "{agents:{defaults:{model:\"" + "a".repeat(13_000) + "\", bogus: 1}}}");
        Cli.Run run = run("check", "--no-color", file.toString());
        noInternalError(run);
        assertEquals(1, run.exitCode());
    }

    @Test
    void hugeExponentsAreNoInternalError() throws IOException {
        for (String number : new String[] {"1e999999999", "1e2147483648", "1e-2147483649"}) {
            Path file = write("n.json5", "{models:{providers:{x:{baseUrl:'http://h', models:[{id:'m', name:'m', contextWindow:"
                    + number + "}]}}}}");
            for (String command : new String[] {"check", "parse", "compile", "explain"}) {
                Cli.Run run = run(command, file.toString());
                noInternalError(run);
                assertTrue(run.exitCode() <= 2, command + " " + number);
            }
        }
    }

    @Test
    void onePointFourHundredIsInfinityAsJson5ReadsIt() throws IOException {
        Cli.Run run = run("parse", write("e.json5", "{a: 1e400}").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("non-finite-number") || run.out().contains("non-finite-number"), run.out() + run.err());
    }

    @Test
    void manyFindingsOnOneLineAreCappedWithASummary() throws IOException {
        Path commas = write("commas.json5", "[" + ",".repeat(10_000) + "]");
        Cli.Run run = run("check", "--no-color", commas.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("too-many-findings"), run.out().substring(run.out().length() - 400));
        assertTrue(run.out().contains("200 errors"), run.out().substring(run.out().length() - 200));
    }

    @Test
    void syntaxErrorsPastTheReadersLimitAreStillCountedInTheSummary() throws IOException {
        // the reader builds at most 1000 syntax errors; the summary line counts the rest too (it said 800 more)
        Path commas = write("commas.json5", "[" + ",".repeat(5_000) + "]");
        Cli.Run run = run("check", "--no-color", "--format", "json", commas.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("and 4800 more finding(s)"), run.out().substring(run.out().length() - 600));
        Cli.Run parse = run("parse", commas.toString());
        assertTrue(parse.err().contains("and 4000 more finding(s)") || parse.out().contains("and 4000 more finding(s)"),
                parse.err().substring(Math.max(0, parse.err().length() - 600)));
    }

    @Test
    void sarifFingerprintsOfFindingsOnOneLineAreNumberedInTurn() throws IOException {
        // one line hash per rule and line (computed once), told apart by the occurrence number as before
        StringBuilder text = new StringBuilder("{agents: {defaults: {");
        for (int i = 0; i < 300; i++) {
            text.append(i == 0 ? "" : ",").append("bogus").append(i).append(":1");
        }
        Cli.Run run = run("check", "--format", "sarif", write("s.json5", text.append("}}}").toString()).toString());
        assertEquals(1, run.exitCode());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"primaryLocationLineHash\": \"([0-9a-f]+):(\\d+)\"")
                .matcher(run.out());
        java.util.Map<String, java.util.List<Integer>> byBase = new java.util.HashMap<>();
        while (m.find()) {
            byBase.computeIfAbsent(m.group(1), k -> new java.util.ArrayList<>()).add(Integer.parseInt(m.group(2)));
        }
        // the 200 shown findings share the line's hash, numbered 1..200 (the too-many-findings line has none of its own)
        java.util.List<Integer> line = byBase.values().stream().max(java.util.Comparator.comparingInt(java.util.List::size)).orElseThrow();
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 200).boxed().toList(), line, byBase.toString());
    }

    @Test
    void tenThousandUnknownKeysOnOneLineAreCapped() throws IOException {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < 10_000; i++) {
            text.append(i == 0 ? "" : ",").append('k').append(i).append(":1");
        }
        Cli.Run run = run("check", "--format", "json", write("u.json5", text.append('}').toString()).toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("\"too-many-findings\""));
        assertTrue(run.out().contains("9800 more finding(s)"), run.out().substring(run.out().length() - 600));
    }

    @Test
    void threeHundredThousandKeysStopAtTheEntriesLimit() throws IOException {
        StringBuilder text = new StringBuilder("{meta:{\n");
        for (int i = 0; i < 300_000; i++) {
            text.append(i == 0 ? "" : ",\n").append('k').append(i).append(":1");
        }
        Cli.Run run = run("check", "--no-color", write("big.json5", text.append("}}").toString()).toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("limit-exceeded"));
    }

    @Test
    void aLongRunOfLettersOutsideAStringIsNotQuadratic() throws IOException {
        Cli.Run run = run("check", "--no-color", write("r.json5", "{a: " + "x1".repeat(20_000) + "}").toString());
        noInternalError(run);
        assertEquals(1, run.exitCode());
    }

    @Test
    void hugeExponentInASchemaCheckedFieldIsQuick() throws IOException {
        Cli.Run run = run("check", "--no-color", write("c.json5",
                "{models:{providers:{x:{baseUrl:'http://h',models:[{id:'m',name:'m',contextWindow:1e999999}]}}}}").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("Infinity"), run.out());
    }

    @Test
    void loneSurrogateKeysStayDistinct() throws IOException {
        Path file = write("s.json5", "{\"\\ud800\": 1, \"\\ud801\": 2}");
        Cli.Run parse = run("parse", file.toString());
        assertTrue(parse.out().contains("\"\\ud800\"") && parse.out().contains("\"\\ud801\""), parse.out());
        Cli.Run check = run("check", "--no-color", file.toString());
        assertTrue(check.out().contains("`\\ud800`") && check.out().contains("`\\ud801`"), check.out());
    }

    @Test
    void escAndBelInKeysArePrintedEscaped() throws IOException {
        Path file = write("e.json5", "{\"a\\u001b[31mb\\u0007\": 1}");
        for (String format : new String[] {"human", "json", "sarif", "github"}) {
            Cli.Run run = run("check", "--no-color", "--format", format, file.toString());
            assertFalse(run.out().contains("\u001b") || run.out().contains("\u0007"), format + ": " + run.out());
        }
    }

    @Test
    void fixOfStandardInputIsAUsageError() {
        Cli.Run run = Cli.runWithStdin("{a:1}", "fix", "-");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cannot be `-`"), run.err());
    }

    private static final String MISSPELT = "{agents: {defaults: {model: 'anthropic/claude-sonnet-4-6'}},\r\n"
            + " models: {providers: {openai: {baseUrl: 'https://api.openai.com/v1', apiKye: '${OPENAI_API_KEY}'}}}}\r\n";

    @Test
    void fixEditsASymlinksTargetAndKeepsTheLink() throws IOException {
        Path target = write("real.json5", MISSPELT);
        Path link = dir.resolve("openclaw.json5");
        Files.createSymbolicLink(link, target);
        Cli.Run run = run("fix", "--no-backup", link.toString());
        noInternalError(run);
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a regular file");
        assertTrue(Files.readString(target).contains("apiKey:"), Files.readString(target));
    }

    @Test
    void twoRenamesToOneKeyAreRefusedAndNoValueIsDropped() throws IOException {
        Path file = write("two.json5", "{agents: {defaults: {model: 'anthropic/claude-sonnet-4-6'}},\n"
                + " models: {providers: {openai: {baseUrl: 'https://api.openai.com/v1', apiKye: 'one-value-1',"
                + " apiKey_: 'two-value-2'}}}}\n");
        String before = Files.readString(file);
        Cli.Run run = run("fix", "--no-backup", file.toString());
        noInternalError(run);
        String after = Files.readString(file);
        assertTrue(after.contains("one-value-1") && after.contains("two-value-2"), after);
        assertFalse(after.matches("(?s).*apiKey:.*apiKey:.*"), "both renamed onto apiKey:\n" + after);
        if (!after.equals(before)) {
            assertTrue(run.err().contains("refused"), run.err());
        }
    }

    @Test
    void aFileChangedWhileFixingIsNotOverwritten() throws IOException {
        // the concurrent writer is simulated by the check right before the rename comparing against stale bytes
        Path file = write("c.json5", MISSPELT);
        FixCommand fix = new FixCommand(new Streams(null, System.out, System.err, java.util.Map.of()));
        fix.file = file;
        fix.noBackup = true;
        Files.writeString(file, MISSPELT + "// edited meanwhile\n");
        try {
            java.lang.reflect.Method write = FixCommand.class.getDeclaredMethod("write", byte[].class, byte[].class);
            write.setAccessible(true);
            Object problem = write.invoke(fix, MISSPELT.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
            assertTrue(String.valueOf(problem).contains("changed"), String.valueOf(problem));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        assertTrue(Files.readString(file).endsWith("// edited meanwhile\n"));
    }

    @Test
    void insertedLinesUseTheFilesLineEnding() throws IOException {
        Path file = write("crlf.json5", "{\r\n  agents: {defaults: {model: 'anthropic/claude-sonnet-4-6'}},\r\n"
                + "  env: {\r\n    OPENAI_API_KEY: '${X}',\r\n  },\r\n}\r\n");
        run("fix", "--no-backup", file.toString());
        String text = Files.readString(file);
        assertFalse(text.replace("\r\n", "").contains("\n"), "a bare LF was inserted:\n" + text.replace("\r", "\\r"));
    }

    @Test
    void writeFailuresExitTwoWithTheReason() throws IOException {
        Path ok = write("ok.json5", "{agents:{defaults:{model:'anthropic/claude-sonnet-4-6'}}}");
        Cli.Run run = run("compile", "-o", dir.resolve("missing/dir/out.json").toString(), ok.toString());
        assertEquals(2, run.exitCode());
        assertFalse(run.err().contains("internal error"), run.err());
        assertTrue(run.err().contains("no such file or directory"), run.err());
    }

    @Test
    void fifosAreRefusedUpFront() throws Exception {
        Path fifo = dir.resolve("fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mk.waitFor() != 0) {
            return; // no mkfifo on this system: nothing to test
        }
        Path ok = write("ok.json5", "{agents:{defaults:{model:'anthropic/claude-sonnet-4-6'}}}");
        Supplier<String> names = () -> fifo.toString();
        Cli.Run env = run("check", "--env-file", names.get(), ok.toString());
        assertEquals(2, env.exitCode(), env.out() + env.err());
        Cli.Run models = run("explain", "--openrouter-models", names.get(), ok.toString());
        assertEquals(2, models.exitCode(), models.out() + models.err());
        Cli.Run input = run("check", names.get());
        assertEquals(2, input.exitCode(), input.out() + input.err());
        Cli.Run include = run("check", write("inc.json5", "{$include: './fifo'}").toString());
        noInternalError(include);
        assertTrue(include.out().contains("include-not-regular-file"), include.out());
    }

    /** A level the row's model does not offer, on a row with `supportsReasoningEffort` and no effort map (was an NPE). */
    @Test
    void aThinkingLevelMovedToTheNearestOfferedOneIsExplainedNotAnInternalError() throws Exception {
        Cli.Run run = run("explain", "--no-process-env", "--openclaw-version", "2026.9.6", "--thinking", "minimal",
                write("row.json5", "{ models: { providers: { proxy: { baseUrl: 'https://llm.example.com/v1',"
                        + " api: 'openai-completions', models: [{ id: 'gpt-5.2', name: 'g', reasoning: true,"
                        + " compat: { supportsReasoningEffort: true } }] } } },"
                        + " agents: { defaults: { model: { primary: 'proxy/gpt-5.2' } } } }").toString());
        noInternalError(run);
        assertTrue(run.out().contains("thinking level \"minimal\" from `--thinking minimal`, sent as \"low\""), run.out());
    }
}

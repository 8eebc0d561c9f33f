package fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clawc.testing.Cli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;

/**
 * Target (c): `clawc fix` on raw bytes (seeded with configs that have fixable findings). Either the file is left
 * byte for byte as it was, or it re-checks with no error that was not there before (and, if it parsed before, it
 * still parses); no temp file is left behind. Seeds and crashers: src/test/resources/fuzz/FixFuzzTestInputs/fix/.
 */
class FixFuzzTest {
    private static final String ENV = "OPENROUTER_API_KEY=" + FuzzSupport.SECRET + "\nANTHROPIC_API_KEY=" + FuzzSupport.SECRET
            + "\nOPENAI_API_KEY=" + FuzzSupport.SECRET + "\nHOST=llm.example.test\n";

    @BeforeAll
    static void warmUp() {
        // The first run loads the schema and the rule data; keep that out of the 2 s budget of an input.
        fixOnce("{ agents: { defaults: { model: 'openai/gpt-4o' } } }".getBytes(StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "10m")
    void fix(byte[] bytes) {
        FuzzSupport.withTimeout(() -> fixOnce(bytes));
    }

    private static void fixOnce(byte[] bytes) {
        Path dir = FuzzSupport.tempDir();
        try {
            Path file = dir.resolve("openclaw.json5");
            Path env = dir.resolve("keys.env");
            FuzzSupport.write(file, bytes);
            FuzzSupport.write(env, ENV.getBytes(StandardCharsets.UTF_8));
            String[] options = {"--no-process-env", "--env-file", env.toString()};
            Map<String, Integer> before = FuzzSupport.errors(check(options, file).out());

            Cli.Run fix = FuzzSupport.run(concat(new String[] {"fix", "--no-backup"}, options, file.toString()));
            byte[] after = FuzzSupport.read(file);
            assertEquals(List.of(env.getFileName().toString(), file.getFileName().toString()), listing(dir),
                    "fix left a file behind");
            if (Arrays.equals(bytes, after)) {
                return;
            }
            assertTrue(fix.exitCode() == 0 || fix.exitCode() == 1, "fix changed the file but exited " + fix.exitCode());
            Map<String, Integer> now = FuzzSupport.errors(check(options, file).out());
            boolean parsedBefore = before.keySet().stream().noneMatch(k -> k.startsWith("json5-syntax|"));
            if (parsedBefore) {
                assertFalse(now.keySet().stream().anyMatch(k -> k.startsWith("json5-syntax|")),
                        "the fixed file does not parse:\n" + new String(after, StandardCharsets.UTF_8) + "\n" + now);
            }
            // as core.Fixer judges a fix: per rule, never more errors than before (a rename moves paths, so
            // findings are counted, not matched by path)
            Map<String, Integer> beforePerRule = perRule(before);
            perRule(now).forEach((rule, count) -> assertTrue(count <= beforePerRule.getOrDefault(rule, 0),
                    "fix added a " + rule + " error: " + now.keySet() + "\nbefore: " + before.keySet()
                            + "\nfixed text:\n" + new String(after, StandardCharsets.UTF_8)));
        } finally {
            FuzzSupport.deleteTree(dir);
        }
    }

    private static Map<String, Integer> perRule(Map<String, Integer> errors) {
        Map<String, Integer> out = new java.util.HashMap<>();
        errors.forEach((key, count) -> out.merge(key.substring(0, key.indexOf('|')), count, Integer::sum));
        return out;
    }

    private static Cli.Run check(String[] options, Path file) {
        return FuzzSupport.run(concat(new String[] {"check", "--format", "json"}, options, file.toString()));
    }

    private static String[] concat(String[] a, String[] b, String last) {
        String[] all = Arrays.copyOf(a, a.length + b.length + 1);
        System.arraycopy(b, 0, all, a.length, b.length);
        all[all.length - 1] = last;
        return all;
    }

    private static List<String> listing(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.clawc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * File trees under {@code testdata/load/<case>/}: {@code openclaw.json} plus included files, an
 * optional {@code env.json} (the process environment), and two expectations:
 * <ul>
 *   <li>{@code openclaw-oracle.txt}: what OpenClaw 2026.9.6's own include resolver, env block and
 *       substitution produced for the same tree (first line the resolved config as JSON, or
 *       {@code error: message}; then {@code missing: VAR at path} per missing-variable warning);</li>
 *   <li>{@code diagnostics.approved.txt}: clawc's findings (approval test).</li>
 * </ul>
 */
class LoadGoldenTest {
    private static final Path CASES = Path.of("testdata/load");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesOpenClaw(String name) throws IOException {
        Path caseDir = CASES.resolve(name).toAbsolutePath();
        Path envFile = caseDir.resolve("env.json");
        Map<String, String> env = Files.exists(envFile)
                ? new ObjectMapper().readValue(envFile.toFile(), new TypeReference<Map<String, String>>() { })
                : Map.of();
        LoadResult result = LoadFixtures.load(caseDir.resolve("openclaw.json"), env);

        List<String> oracle = Files.readAllLines(caseDir.resolve("openclaw-oracle.txt"), StandardCharsets.UTF_8);
        String first = oracle.get(0);
        if (first.startsWith("error: ")) {
            String message = first.substring("error: ".length()).replace("<dir>", caseDir.toString());
            assertTrue(result.hasErrors(), "OpenClaw refuses this config");
            assertTrue(result.diagnostics().stream()
                            .filter(d -> d.severity() == Severity.ERROR)
                            .anyMatch(d -> d.notes().stream().anyMatch(n -> n.contains(message))),
                    () -> "no error quotes OpenClaw's `" + message + "`: " + LoadFixtures.describe(result.diagnostics()));
        } else {
            assertEquals(first, LoadFixtures.json(result.value()));
            TreeSet<String> expectedMissing = oracle.stream().skip(1).filter(l -> l.startsWith("missing: "))
                    .map(l -> l.substring("missing: ".length())).collect(Collectors.toCollection(TreeSet::new));
            TreeSet<String> actualMissing = result.diagnostics().stream()
                    .filter(d -> d.rule().equals(LoadRules.ENV_VAR_UNDEFINED))
                    .map(d -> d.message().replaceAll(".*`([A-Z0-9_]+)`.*", "$1") + " at " + d.path())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expectedMissing, actualMissing);
        }
        Golden.verify(render(result.diagnostics()), caseDir, "diagnostics", ".txt");
    }

    private static String render(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return "(no diagnostics)\n";
        }
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(d.severity().label()).append('[').append(d.rule()).append("] ")
                    .append(d.span()).append(' ').append(d.path()).append(": ").append(d.message()).append('\n');
        }
        return out.toString();
    }
}

package dev.clawc.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.release.OpenClawVersion;
import dev.clawc.release.Releases;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one switch table: read whole by code, gap-free ranges, and the only place release numbers decide anything. */
class SwitchTableTest {
    private static final Path SOURCES = Path.of("src/main/java");
    /** A release number in a Java string literal: 2026.8.1, 2026.3.x. */
    private static final Pattern RELEASE_LITERAL = Pattern.compile("\"[^\"\\n]*\\b20\\d\\d\\.\\d{1,2}\\.(\\d{1,2}|x)\\b[^\"\\n]*\"");

    @Test
    void everySwitchHasAnAccessorOrRuleThatReadsIt() throws IOException {
        SwitchTable table = SwitchTable.bundled();
        Set<String> accessors = new TreeSet<>();
        for (Method m : VersionProfile.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0) {
                accessors.add(m.getName());
            }
        }
        String code = allSourcesExcept("VersionProfile.java");
        String checksCode = sourcesUnder(Path.of("src/main/java/dev/clawc/rules/checks"));
        List<String> problems = new ArrayList<>();
        for (String name : table.switches().keySet()) {
            if (code.contains("when = \"" + name + "\"") || checksCode.contains("\"" + name + "\"")) {
                continue; // a rule gated on it (its @RuleInfo, or a per-setting table read with enabled(name))
            }
            if (!accessors.contains(name)) {
                problems.add(name + ": no typed accessor in VersionProfile (or a rule's `when`)");
            } else if (!code.contains("." + name + "()") && !code.contains("\"" + name + "\"")) {
                problems.add(name + ": no code reads it");
            }
        }
        for (String accessor : accessors) {
            if (!accessor.equals("version") && !accessor.equals("toString") && !accessor.equals("hashCode")
                    && !table.switches().containsKey(accessor)) {
                problems.add(accessor + ": an accessor without a switch");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void rangesCoverEverySyncedReleaseOnceWithoutGaps() {
        List<String> problems = new ArrayList<>();
        SwitchTable.bundled().switches().forEach((name, segments) -> {
            for (Releases.Release release : Releases.bundled().all()) {
                long holding = segments.stream().filter(s -> s.holds(release.version())).count();
                if (holding != 1) {
                    problems.add(name + " at " + release.version() + ": " + holding + " values");
                }
            }
            assertTrue(segments.get(segments.size() - 1).until() == null, name + ": the last range must stay open");
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void noReleaseLiteralInJavaOutsideTheTable() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).trim();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue; // comments may cite where a fact comes from
                    }
                    Matcher m = RELEASE_LITERAL.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "release numbers belong in rules/openclaw/switches.json5");
    }

    @Test
    void aReleaseBetweenRangesReadsTheRangeThatHoldsIt() {
        VersionProfile early = VersionProfiles.bundled().select(OpenClawVersion.parse("2026.2.6-3")).profile();
        VersionProfile late = VersionProfiles.bundled().select(OpenClawVersion.parse("2026.9.6")).profile();
        assertEquals("anthropic", early.defaultProvider());
        assertEquals("openai", late.defaultProvider());
        assertTrue(early.openrouterAnthropicCacheIgnoresRetention());
        assertEquals(OpenClawVersion.parse("2026.5.12"), late.firstWith("openrouterAnthropicCacheIgnoresRetention", false));
        assertEquals("`anthropic` up to 2026.4.11, `openai` from 2026.4.12", late.history("defaultProvider"));
    }

    private static String allSourcesExcept(String excluded) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith(excluded)).toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }

    private static String sourcesUnder(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }
}

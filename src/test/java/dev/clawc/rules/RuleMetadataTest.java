package dev.clawc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.RuleMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A rule's metadata lives on the rule (or its stage's rule list) only; docs and code agree with it. */
class RuleMetadataTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern HEADER = Pattern.compile("\\A# (\\S+)\\n\\n\\*\\*Severity:\\*\\* (\\w+)(?: \\([^)]*\\))?\\n");
    private static final Pattern RELEASES = Pattern.compile("(?m)^\\*\\*Releases:\\*\\* (.+)$");

    /** How a doc page states a rule's release range. */
    static String releases(RuleMeta meta) {
        if (meta.since().isEmpty() && meta.until().isEmpty()) {
            return null;
        }
        if (meta.until().isEmpty()) {
            return "OpenClaw " + meta.since() + " and later";
        }
        if (meta.since().isEmpty()) {
            return "OpenClaw releases before " + meta.until();
        }
        return "OpenClaw " + meta.since() + " up to (not including) " + meta.until();
    }

    @Test
    void everyDocHeaderMatchesItsRulesMetadata() throws IOException {
        for (RuleMeta meta : RuleRegistry.all()) {
            Path doc = Path.of("rules/docs/" + meta.id() + ".md");
            assertTrue(Files.exists(doc), "missing " + doc);
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            Matcher header = HEADER.matcher(text);
            assertTrue(header.find(), doc + " must start with `# id`, a blank line and `**Severity:** level`");
            assertEquals(meta.id(), header.group(1), doc + ": title");
            assertEquals(meta.severity().label(), header.group(2), doc + ": severity");
            Matcher releases = RELEASES.matcher(text);
            String stated = releases.find() ? releases.group(1).trim() : null;
            assertEquals(releases(meta), stated, doc + ": the **Releases:** line must state the rule's since/until");
        }
    }

    @Test
    void everyAnnotatedClassInChecksIsRegistered() throws IOException {
        Set<String> annotated = new TreeSet<>();
        try (Stream<Path> files = Files.list(MAIN.resolve("dev/clawc/rules/checks"))) {
            for (Path file : files.collect(Collectors.toList())) {
                if (Files.readString(file).contains("@RuleInfo(")) {
                    annotated.add(file.getFileName().toString().replace(".java", ""));
                }
            }
        }
        Set<String> registered = RuleRegistry.semanticRules().stream().map(r -> r.getClass().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(annotated, registered);
        assertTrue(registered.size() >= 25, "rules found: " + registered.size());
    }

    @Test
    void aRulesConditionHoldsInOneRunOfReleases() {
        for (Rule rule : RuleRegistry.semanticRules()) {
            RuleInfo info = rule.info();
            if (!info.when().isEmpty()) {
                var condition = dev.clawc.config.SwitchTable.Condition.parse(info.when());
                var segments = dev.clawc.config.SwitchTable.bundled().switches().get(condition.name());
                assertTrue(segments != null, info.id() + ": no switch " + condition.name());
                int runs = 0;
                boolean before = false;
                for (var segment : segments) {
                    boolean holds = condition.holds(segment.value());
                    runs += holds && !before ? 1 : 0;
                    before = holds;
                }
                assertEquals(1, runs, info.id() + ": " + info.when() + " must hold in exactly one run of releases");
            }
        }
    }

    /**
     * A rule id is typed once: in its rule's annotation or its stage's constant. Anywhere else in the
     * code a literal id drifts when the rule is renamed (messages may name rules inside backquotes).
     */
    @Test
    void ruleIdsAreNotTypedOutsideTheirRule() throws IOException {
        Map<String, RuleMeta> ids = RuleRegistry.all().stream().collect(Collectors.toMap(RuleMeta::id, m -> m));
        Pattern literal = Pattern.compile("\"([a-z0-9]+(?:-[a-z0-9]+)+)\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                String text = Files.readString(file);
                Matcher m = literal.matcher(text);
                while (m.find()) {
                    String id = m.group(1);
                    if (!ids.containsKey(id)) {
                        continue;
                    }
                    boolean own = text.contains("@RuleInfo(id = \"" + id + "\"")
                            || text.contains("public static final String") && text.contains("= \"" + id + "\";");
                    if (!own) {
                        found.add(MAIN.relativize(file) + ": \"" + id + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}

package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.RuleMeta;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleRegistry;
import dev.clawc.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

    @Test
    void listsEveryRule() {
        Cli.Run run = Cli.run("rules");
        assertEquals(0, run.exitCode());
        for (RuleMeta meta : RuleRegistry.all()) {
            assertTrue(run.out().contains(meta.id()), meta.id());
        }
    }

    @Test
    void printsARuleDoc() {
        Cli.Run run = Cli.run("rules", "bare-model-ref");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("# bare-model-ref"), run.out());
    }

    @Test
    void unknownRuleSuggests() {
        Cli.Run run = Cli.run("rules", "bare-model-refs");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("did you mean 'bare-model-ref'"), run.err());
    }

    /** Error Prone's discipline: every rule has metadata, a doc page and a test class; every doc has a rule. */
    @Test
    void everyRuleHasADocAndEveryDocHasARule() throws IOException {
        Set<String> ids = RuleRegistry.all().stream().map(RuleMeta::id).collect(Collectors.toSet());
        for (String id : ids) {
            assertNotNull(RulesCommand.doc(id), "rules/docs/" + id + ".md is missing");
        }
        try (Stream<Path> docs = Files.list(Path.of("rules/docs"))) {
            Set<String> documented = docs.map(p -> p.getFileName().toString().replace(".md", "")).collect(Collectors.toSet());
            Set<String> orphans = new HashSet<>(documented);
            orphans.removeAll(ids);
            assertEquals(Set.of(), orphans, "docs without a rule");
        }
    }

    @Test
    void everySemanticRuleHasATestClassAndUniqueId() {
        List<Rule> rules = RuleRegistry.semanticRules();
        Set<String> seen = new HashSet<>();
        for (Rule rule : rules) {
            assertTrue(seen.add(rule.info().id()), "duplicate id " + rule.info().id());
            assertTrue(rule.info().id().matches("[a-z0-9]+(-[a-z0-9]+)*"), rule.info().id());
            Path test = Path.of("src/test/java/dev/clawc/rules/checks/" + rule.getClass().getSimpleName() + "Test.java");
            assertTrue(Files.exists(test), "missing " + test);
        }
    }

    @Test
    void ruleLevelsCanBeChangedOnTheCommandLine() {
        Cli.Run off = Cli.runWithStdin("{agents: {defaults: {model: 'claude-sonnet-4-6'}}}", "check", "--no-process-env",
                "--rule", "bare-model-ref=off", "--rule", "unknown-model=off", "-");
        assertEquals(0, off.exitCode());
        assertTrue(off.out().contains("no problems"), off.out());
        Cli.Run error = Cli.runWithStdin("{agents: {defaults: {model: 'claude-sonnet-4-6'}}}", "check", "--no-process-env",
                "--rule", "bare-model-ref=error", "-");
        assertEquals(1, error.exitCode());
        assertTrue(error.out().contains("error[bare-model-ref]"), error.out());
        Cli.Run bad = Cli.run("check", "--rule", "bare-model-reff=off", "x.json5");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("did you mean 'bare-model-ref'"), bad.err());
    }
}

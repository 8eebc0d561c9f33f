package dev.clawc.cli;

import dev.clawc.diag.RuleMeta;
import dev.clawc.rules.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rules",
        description = {"List clawc's rules, or print one rule's documentation.",
                "Every finding names its rule; change a rule's severity with --rule ID=LEVEL."},
        mixinStandardHelpOptions = true,
        versionProvider = ClawcVersion.class)
final class RulesCommand implements Callable<Integer> {
    private final Streams streams;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "A rule id: print its documentation.")
    String id;

    RulesCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        if (id == null) {
            List<RuleMeta> all = RuleRegistry.all();
            int width = all.stream().mapToInt(m -> m.id().length()).max().orElse(10);
            for (RuleMeta meta : all) {
                streams.out().printf("%-" + width + "s  %-7s  %-6s  %s%n", meta.id(), meta.severity().label(), meta.stage(),
                        meta.summary());
            }
            streams.out().flush();
            return ExitCode.CLEAN;
        }
        RuleMeta meta = RuleRegistry.find(id);
        String doc = doc(id);
        if (meta == null || doc == null) {
            String suggestion = dev.clawc.diag.DidYouMean.closest(id, RuleRegistry.all().stream().map(RuleMeta::id).toList());
            streams.err().println("clawc: unknown rule '" + id + "'"
                    + (suggestion != null ? "; did you mean '" + suggestion + "'?" : "; run 'clawc rules' for the list"));
            return ExitCode.USAGE_OR_IO;
        }
        streams.out().print(doc.endsWith("\n") ? doc : doc + "\n");
        streams.out().flush();
        return ExitCode.CLEAN;
    }

    static String doc(String ruleId) {
        try (InputStream in = RulesCommand.class.getResourceAsStream("/clawc/rules/docs/" + ruleId + ".md")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}

package dev.clawc.testing;

import dev.clawc.config.ConfigModel;
import dev.clawc.release.OpenClawVersion;
import dev.clawc.config.ProviderCatalog;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.ParseResult;
import dev.clawc.load.ConfigLoader;
import dev.clawc.load.LoadOptions;
import dev.clawc.load.LoadResult;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs one rule over a config text (parsed and loaded as `check` would) and returns its findings. */
public final class RuleTester {
    private final Rule rule;
    private String version = dev.clawc.release.Releases.bundled().newest().toString();
    private Map<String, String> env = Map.of();

    private RuleTester(Rule rule) {
        this.rule = rule;
    }

    public static RuleTester of(Rule rule) {
        return new RuleTester(rule);
    }

    public RuleTester version(String openclawVersion) {
        this.version = openclawVersion;
        return this;
    }

    public RuleTester env(Map<String, String> environment) {
        this.env = environment;
        return this;
    }

    public List<Diagnostic> check(String configText) {
        ParseResult parsed = Json5Reader.read(new SourceFile("openclaw.json", configText));
        if (parsed.hasErrors()) {
            throw new IllegalArgumentException("test config does not parse: " + parsed.diagnostics());
        }
        LoadResult loaded = new ConfigLoader(LoadOptions.of(env)).load(parsed, Path.of("openclaw.json"));
        ConfigModel model = ConfigModel.of(loaded.value(), OpenClawVersion.parse(version), ProviderCatalog.bundled());
        return RuleRunner.run(List.of(rule), model, loaded.environment().asMap());
    }
}

package dev.clawc.payload;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.Route;
import dev.clawc.config.RoutePlanner;
import dev.clawc.core.AnalysisSettings;
import dev.clawc.core.Analyzer;
import java.util.List;
import java.util.Map;

/** Builds the explanation of the default agent's primary model for a config text, as `clawc explain` would. */
final class NativeFixture {
    static final Map<String, String> KEYS = Map.of("ANTHROPIC_API_KEY", "sk-ant-test", "OPENAI_API_KEY", "sk-test",
            "GEMINI_API_KEY", "gm-test", "XAI_API_KEY", "xai-test");

    private NativeFixture() {
    }

    static Explanation explain(String version, String json5, String thinking) {
        return explain(version, json5, thinking, KEYS);
    }

    static Explanation explain(String version, String json5, String thinking, Map<String, String> env) {
        ConfigModel config = Analyzer.analyzeText("openclaw.json5", json5,
                AnalysisSettings.defaults().withVersion(version).withEnvironment(env)).model();
        RoutePlanner planner = new RoutePlanner(config, env);
        List<Route> chain = planner.chain(planner.agentIds().get(0));
        assertNotNull(chain.isEmpty() ? null : chain.get(0), "no route");
        return RequestPlanner.explain(new RequestContext(config, chain.get(0), thinking, false, null, env));
    }

    /** A config whose primary model is {@code ref}, with optional `agents.defaults.models[ref].params` and extra root keys. */
    static String config(String ref, String params, String extraRoot) {
        return "{ agents: { defaults: { model: { primary: \"" + ref + "\" }"
                + (params == null ? "" : ", models: { \"" + ref + "\": { params: " + params + " } }")
                + " } }" + (extraRoot == null ? "" : ", " + extraRoot) + " }";
    }
}

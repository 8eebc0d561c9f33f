package dev.clawc.rules.checks;

import dev.clawc.config.Agent;
import dev.clawc.config.CompletionsCatalog;
import dev.clawc.config.ConfigModel;
import dev.clawc.config.CustomProvider;
import dev.clawc.config.Nodes;
import dev.clawc.config.ReasoningEffort;
import dev.clawc.config.Route;
import dev.clawc.config.RoutePlanner;
import dev.clawc.config.VersionProfile;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Value;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The thinking level of a model in an agent's chain against what its openai-completions endpoint does with
 * {@code reasoning_effort}, decided by {@link ReasoningEffort} (the same code the request builder uses):
 * <ul>
 * <li>error: the release sends an effort the endpoint refuses, e.g. Groq takes only {@code none}/{@code default} on
 * qwen3 models and OpenClaw before 2026.3.8 sends the thinking level ({@code low} by default for reasoning models)
 * as is (HTTP 400 {@code reasoning_effort must be one of none or default});</li>
 * <li>warning: a thinking level is configured for a reasoning model on a custom endpoint, but the release sends no
 * {@code reasoning_effort} there (releases that shape requests by endpoint class treat custom base URLs as
 * proxies) and the row does not say {@code compat.supportsReasoningEffort: true}: the setting does nothing.</li>
 * </ul>
 * The level considered: {@code agents.entries.<id>.thinkingDefault} or {@code agents.defaults.thinkingDefault}, else
 * (releases with the {@code catalog-low} policy) {@code low} for reasoning models; {@code --thinking} and per-model
 * {@code params.thinking} are left to {@code clawc explain}.
 */
@RuleInfo(id = "reasoning-effort-mismatch", severity = Severity.ERROR, category = RuleCategory.REQUEST,
        summary = "A thinking level sent as a `reasoning_effort` the endpoint refuses (HTTP 400), or configured for an endpoint OpenClaw sends none to.")
public final class ReasoningEffortMismatch implements Rule {

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        VersionProfile profile = config.profile();
        RoutePlanner planner = new RoutePlanner(config, context.env());
        Set<String> reported = new LinkedHashSet<>();
        for (Route route : planner.chains()) {
            if (route.slot() == null || !"openai-completions".equals(route.api()) || route.baseUrl() == null) {
                continue;
            }
            CustomProvider provider = config.providers().get(route.provider());
            Json5Object row = row(provider, route.upstreamId());
            Boolean reasoning = reasoning(route, row, profile);
            if (reasoning == null || !reasoning) {
                continue;
            }
            String[] source = new String[2];
            String level = level(config, route, profile, source);
            if (level == null || level.equals("off")) {
                continue;
            }
            Json5Object compat = row == null ? null : Nodes.object(row.get("compat"));
            Boolean rowSupports = compat != null && compat.get("supportsReasoningEffort") instanceof Json5Boolean b ? b.value() : null;
            ReasoningEffort.ReleaseCompat release = ReasoningEffort.releaseCompat(profile, route.provider(), route.baseUrl(),
                    route.upstreamId());
            boolean detected = ReasoningEffort.detectedSupport(profile, route.provider(), route.baseUrl(), route.endpointClass());
            boolean sends = rowSupports != null ? rowSupports : release != null ? release.supportsReasoningEffort() : detected;
            String key = route.slot().path() + "|" + route.agentId();
            if (sends) {
                String sent = ReasoningEffort.mapped(level.equals("xhigh") ? "high" : level, release, ReasoningEffort.rowMap(compat));
                List<String> accepted = ReasoningEffort.acceptedBy(route.provider(), route.baseUrl(), route.upstreamId());
                if (accepted == null || accepted.contains(sent) || !reported.add(key)) {
                    continue;
                }
                var d = context.diagnostic("OpenClaw " + profile.version() + " sends `reasoning_effort: \"" + sent + "\"` to `"
                        + route.key() + "`, which Groq refuses (it takes " + String.join(" or ", quoted(accepted)) + ")")
                        .at(route.slot().node().span(), "requests to this model fail with HTTP 400")
                        .path(route.slot().path())
                        .note("the thinking level \"" + level + "\" comes from " + source[0] + "; OpenClaw " + profile.version()
                                + " sends it as `reasoning_effort`, and Groq answers `400 reasoning_effort must be one of "
                                + String.join(" or ", accepted) + "` for " + route.upstreamId());
                if (!profile.groqReasoningCompat() && profile.firstWith("groqReasoningCompat", true) != null
                        && accepted.contains("default")) {
                    d.note("OpenClaw " + profile.firstWith("groqReasoningCompat", true) + " to "
                            + profile.lastWith("groqReasoningCompat", true) + " map the level to `default` for qwen/qwen3-32b");
                }
                d.note(FailoverNotes.rescue(config, planner, route, dev.clawc.config.Failover.Failure.BAD_REQUEST));
                d.help(accepted.contains("default")
                        ? "turn thinking off for this model (`thinkingDefault: \"off\"`), or map the levels on its row:"
                                + " `compat: { reasoningEffortMap: { low: \"default\", medium: \"default\", high: \"default\" } }`"
                        : "use one of the levels Groq accepts for this model: " + String.join(", ", accepted));
                context.report(d);
            } else if (row != null && rowSupports == null && source[1] != null && isCustom(route) && reported.add(key)) {
                context.report(context.diagnostic(Severity.WARNING, "OpenClaw " + profile.version() + " sends no"
                        + " `reasoning_effort` to `" + route.key() + "`: the thinking level \"" + level + "\" from " + source[0]
                        + " has no effect there")
                        .at(route.slot().node().span(), "thinking level not sent")
                        .path(route.slot().path())
                        .note("the model row says `reasoning: true`, but OpenClaw " + profile.version() + " treats "
                                + (route.host() == null ? "this base URL" : route.host()) + " as a proxy-like endpoint and sends"
                                + " `reasoning_effort` only where the row declares `compat.supportsReasoningEffort: true`")
                        .help("if the server takes `reasoning_effort`, add `compat: { supportsReasoningEffort: true }` (and"
                                + " `supportedReasoningEfforts: [...]` with the values it accepts) to the model row"));
            }
        }
    }

    private static boolean isCustom(Route route) {
        return "custom".equals(route.endpointClass()) || "local".equals(route.endpointClass());
    }

    /** The model row for the upstream id, or null. */
    private static Json5Object row(CustomProvider provider, String upstreamId) {
        if (provider == null || provider.models() == null) {
            return null;
        }
        for (Json5Value element : provider.models().elements()) {
            if (element instanceof Json5Object row && upstreamId.equals(Nodes.string(row.get("id")))) {
                return row;
            }
        }
        return null;
    }

    /** The model is a reasoning model: its row's `reasoning`, else the release's built-in catalog; null when unknown. */
    private static Boolean reasoning(Route route, Json5Object row, VersionProfile profile) {
        if (row != null) {
            return row.get("reasoning") instanceof Json5Boolean b ? b.value() : Boolean.FALSE;
        }
        if (!"endpoint-class".equals(profile.completionsCompat())) {
            CompletionsCatalog.Entry entry = CompletionsCatalog.bundled().find(route.provider(), route.upstreamId());
            return entry == null ? null : entry.reasoning();
        }
        return null;
    }

    /**
     * The configured thinking level (agent, then defaults), else the catalog-low default. source[0] says where it
     * comes from; source[1] is non-null when it was configured.
     */
    private static String level(ConfigModel config, Route route, VersionProfile profile, String[] source) {
        Agent agent = config.agent(route.agentId());
        String agentLevel = agent == null ? null : normalize(Nodes.string(agent.get("thinkingDefault")));
        if (agentLevel != null) {
            source[0] = "`" + agent.path().key("thinkingDefault") + "`";
            source[1] = agentLevel;
            return agentLevel;
        }
        String defaults = normalize(Nodes.string(config.defaults().get("thinkingDefault")));
        if (defaults != null) {
            source[0] = "`agents.defaults.thinkingDefault`";
            source[1] = defaults;
            return defaults;
        }
        if ("catalog-low".equals(profile.completionsThinkingPolicy())) {
            source[0] = "OpenClaw " + profile.version() + "'s default for reasoning models";
            return "low";
        }
        return null;
    }

    private static String normalize(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        String l = level.trim().toLowerCase(Locale.ROOT);
        return l.equals("none") || l.equals("disabled") ? "off" : l;
    }

    private static List<String> quoted(List<String> values) {
        return values.stream().map(v -> "`" + v + "`").toList();
    }
}

package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.CustomProvider;
import dev.clawc.config.Nodes;
import dev.clawc.config.Slot;
import dev.clawc.config.VersionProfile;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Number;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Value;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;

/**
 * Limits on a {@code models.providers.<id>.models[]} row that make the model unusable:
 * <ul>
 * <li>{@code contextWindow} below the smallest window the release runs a model with (switch
 * {@code contextWindowHardMin}): every run of the model stops with {@code Model context window too small}.</li>
 * <li>{@code contextWindow} no larger than the compaction reserve (switch {@code compactionReservePolicy}):
 * OpenClaw keeps that many tokens free for compaction, so the session compacts before every turn.</li>
 * <li>{@code maxTokens} above {@code contextWindow}: the request asks for more output than the whole context
 * holds, which servers refuse (400).</li>
 * </ul>
 */
@RuleInfo(id = "model-row-limits", severity = Severity.ERROR, category = RuleCategory.PROVIDER,
        summary = "A model row whose `contextWindow` or `maxTokens` makes the model unusable (blocked run, compaction on every turn, refused requests).")
public final class ModelRowLimits implements Rule {

    /** pi-coding-agent's default compaction reserve (the runtime default OpenClaw starts from). */
    static final int RUNTIME_RESERVE_TOKENS = 16_384;
    /** OpenClaw's default `agents.defaults.compaction.reserveTokensFloor`. */
    static final int RESERVE_TOKENS_FLOOR = 20_000;

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        VersionProfile profile = config.profile();
        int hardMin = Integer.parseInt(profile.contextWindowHardMin());
        for (CustomProvider provider : config.providers().values()) {
            for (CustomProvider.Row each : provider.rows()) {
                Json5Object row = each.body();
                ConfigPath rowPath = each.path();
                String id = Nodes.string(row.get("id"));
                String model = id == null ? "model row `" + rowPath + "`" : "`" + provider.id() + "/" + id + "`";
                Json5Member window = row.member("contextWindow");
                Long contextWindow = window == null ? null : whole(window.value());
                if (contextWindow != null && contextWindow < hardMin) {
                    // an error where an agent uses the model; a row nothing selects (e.g. an embedding model) only warns
                    boolean used = id != null && used(config, provider.id(), id);
                    context.report(context.diagnostic(used ? Severity.ERROR : Severity.WARNING, "OpenClaw " + context.version()
                            + (used ? " refuses to run " : " would refuse to run ") + model + ": its"
                            + " context window (" + contextWindow + " tokens) is below the minimum of " + hardMin)
                            .at(window.value().span(), "below " + hardMin)
                            .path(rowPath.key("contextWindow"))
                            .note("every run of the model stops with `Model context window too small (" + contextWindow
                                    + " tokens). Minimum is " + hardMin + ".`: the system prompt and tools alone need more room")
                            .note("the minimum by release: " + profile.history("contextWindowHardMin"))
                            .help("write the context length the server really serves (for Ollama or llama.cpp, raise the"
                                    + " server's context size, e.g. `num_ctx`, then set `contextWindow` to it)"));
                } else if (contextWindow != null) {
                    Integer reserve = compactionReserve(config.root(), profile.compactionReservePolicy());
                    if (reserve != null && contextWindow <= reserve) {
                        context.report(context.diagnostic(Severity.WARNING, "OpenClaw " + context.version() + " compacts "
                                + model + " before every turn: its context window (" + contextWindow + " tokens) is no larger"
                                + " than the compaction reserve (" + reserve + ")")
                                .at(window.value().span(), "at most the reserve of " + reserve + " tokens")
                                .path(rowPath.key("contextWindow"))
                                .note("OpenClaw keeps `reserveTokens` free for compaction (at least `reserveTokensFloor`, 20000 by"
                                        + " default; the runtime default 16384), and compacts when the prompt reaches the window"
                                        + " minus the reserve, which here is from the first token on")
                                .note("OpenClaw " + profile.firstWith("compactionReservePolicy", "capped")
                                        + " and later cap the reserve to the context window")
                                .help("write the context length the server really serves, or set"
                                        + (profile.compactionReservePolicy().equals("uncapped-floor")
                                                ? " `agents.defaults.compaction.reserveTokensFloor` and `reserveTokens`"
                                                : " `agents.defaults.compaction.reserveTokens`")
                                        + " below " + contextWindow));
                    }
                }
                Json5Member max = row.member("maxTokens");
                Long maxTokens = max == null ? null : whole(max.value());
                if (maxTokens != null && contextWindow != null && maxTokens > contextWindow) {
                    context.report(context.diagnostic(Severity.WARNING, model + " has `maxTokens` (" + maxTokens
                            + ") above its `contextWindow` (" + contextWindow + ")")
                            .at(max.value().span(), "more than the whole context window")
                            .label(window.value().span(), "context window")
                            .path(rowPath.key("maxTokens"))
                            .note("OpenClaw sends `maxTokens` as the request's output limit (`max_tokens` /"
                                    + " `max_completion_tokens`); a limit above the context window is refused by most servers"
                                    + " (400) and, where accepted, leaves no room for the prompt")
                            .help("`maxTokens` is the output limit, not the context: write the model's output limit (at most "
                                    + contextWindow + ")"));
                }
            }
        }
    }

    /** True when a model slot of some agent resolves to this provider and model id. */
    private static boolean used(ConfigModel config, String providerId, String modelId) {
        for (Slot slot : config.slots()) {
            ConfigModel.Resolution resolution = config.resolve(slot.text(), slot.agentId());
            if (resolution != null && providerId.equals(resolution.ref().provider()) && modelId.equals(resolution.ref().model())) {
                return true;
            }
        }
        return false;
    }

    /** The reserve that compacts a window no larger than it, on this release; null when the reserve is capped. */
    static Integer compactionReserve(Json5Object root, String policy) {
        Json5Value compaction = Nodes.at(root, "agents", "defaults", "compaction");
        Long reserveTokens = compaction == null ? null : whole(Nodes.at(compaction, "reserveTokens"));
        Long floor = compaction == null ? null : whole(Nodes.at(compaction, "reserveTokensFloor"));
        int reserve = reserveTokens != null ? reserveTokens.intValue() : RUNTIME_RESERVE_TOKENS;
        return switch (policy) {
            case "uncapped-floor" -> Math.max(reserve, floor != null ? floor.intValue() : RESERVE_TOKENS_FLOOR);
            case "reserve-uncapped" -> reserve;
            default -> null;
        };
    }

    /** A finite non-negative whole-number value, or null. */
    static Long whole(Json5Value value) {
        if (value instanceof Json5Number n && n.isFinite()) {
            double d = n.doubleValue();
            if (d >= 0 && d == Math.floor(d) && d < Long.MAX_VALUE) {
                return (long) d;
            }
        }
        return null;
    }
}

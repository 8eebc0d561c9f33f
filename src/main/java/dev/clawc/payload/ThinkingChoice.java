package dev.clawc.payload;

import dev.clawc.config.Agent;
import dev.clawc.config.Nodes;
import dev.clawc.config.Route;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5String;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The thinking level OpenClaw uses for the first turn on a native route, and where it came from. Two policies
 * (profile switch {@code thinkingLevelPolicy}):
 * <ul>
 * <li>{@code catalog-low} (2026.2.6): {@code --thinking}, else {@code agents.defaults.thinkingDefault}, else
 * {@code low} for catalog reasoning models and {@code off} for others; any level is passed on.</li>
 * <li>{@code model-profile} (2026.9.6): {@code --thinking}, the agent's {@code thinkingDefault}, {@code params.thinking},
 * {@code agents.defaults.thinkingDefault}, else the model's profile default (or {@code medium} for reasoning models);
 * a level the model does not list is refused when given on the command line for the primary model, and otherwise
 * moved to the nearest level the model lists.</li>
 * <li>{@code off-default} and {@code listed-only} (releases between): as model-profile, but without a level asked for
 * or configured thinking is off (listed-only: unless the model has an entry in a models map).</li>
 * </ul>
 *
 * @param level     the level the transport receives ("off" when thinking is off)
 * @param requested the level asked for before clamping
 * @param source    why, for a margin note
 * @param refusal   OpenClaw's error when it sends nothing, else null
 */
record ThinkingChoice(String level, String requested, String source, String refusal) {
    private static final Map<String, Integer> RANKS = Map.of("off", 0, "minimal", 10, "low", 20, "medium", 30,
            "high", 40, "adaptive", 30, "xhigh", 60, "max", 70);

    boolean off() {
        return level == null || level.equals("off");
    }

    /**
     * @param supported      levels the model lists under the model-profile policy (ignored under catalog-low)
     * @param profileDefault the model's own default level, or null
     * @param releaseLevels  levels the release accepts at all
     */
    static ThinkingChoice resolve(RequestContext context, NativeModels.ModelInfo model, List<String> supported,
            String profileDefault, List<String> releaseLevels) {
        Route route = context.route();
        String explicit = context.thinking();
        String modelRef = route.provider() + "/" + route.upstreamId();
        if (explicit != null && !releaseLevels.contains(explicit)) {
            return new ThinkingChoice("off", explicit, "--thinking " + explicit, "OpenClaw " + context.profile().version()
                    + " has no thinking level \"" + explicit + "\" (levels: " + String.join(", ", releaseLevels) + ")");
        }
        String defaults = thinkingDefault(context.config().defaults());
        if ("catalog-low".equals(context.profile().thinkingLevelPolicy())) {
            if (explicit != null) {
                return new ThinkingChoice(explicit, explicit, "--thinking " + explicit, null);
            }
            if (defaults != null) {
                return new ThinkingChoice(defaults, defaults, "agents.defaults.thinkingDefault", null);
            }
            String level = model.reasoning() ? "low" : "off";
            return new ThinkingChoice(level, level, model.reasoning()
                    ? "OpenClaw " + context.profile().version() + " thinks at `low` by default for models its catalog marks as reasoning"
                    : "thinking is off by default for a model not marked as reasoning", null);
        }
        String policy = context.profile().thinkingLevelPolicy();
        String requested;
        String source;
        Agent agent = context.config().agent(route.agentId());
        String agentDefault = agent == null ? null : thinkingDefault(agent);
        String paramLevel = paramThinking(route);
        if (explicit != null) {
            requested = explicit;
            source = "--thinking " + explicit;
        } else if (agentDefault != null) {
            requested = agentDefault;
            source = agent.path() + ".thinkingDefault";
        } else if (paramLevel != null) {
            requested = paramLevel;
            source = NativePayloadData.source(route.param("thinking"));
        } else if (defaults != null) {
            requested = defaults;
            source = "agents.defaults.thinkingDefault";
        } else if ("off-default".equals(policy) || "listed-only".equals(policy) && !listed(context)) {
            requested = "off";
            source = "OpenClaw " + context.profile().version() + " thinks by default only when asked"
                    + ("listed-only".equals(policy) ? " or for models with an entry in `agents.defaults.models`" : "")
                    + " (--thinking, thinkingDefault, params.thinking)";
        } else if (profileDefault != null) {
            requested = profileDefault;
            source = "the default level of " + modelRef + "'s thinking profile";
        } else {
            requested = model.reasoning() ? "medium" : "off";
            source = model.reasoning() ? "OpenClaw " + context.profile().version() + " thinks at `medium` by default for reasoning models"
                    : "thinking is off by default for a model not marked as reasoning";
        }
        if (!supported.contains(requested)) {
            boolean primary = route.slotName().equals("primary") || route.slotName().equals("model");
            if (explicit != null && primary) {
                return new ThinkingChoice("off", requested, source, "Thinking level \"" + requested + "\" is not supported for "
                        + modelRef + ". Use one of: " + String.join(", ", supported) + ".");
            }
            String clamped = nearest(requested, supported, profileDefault);
            return new ThinkingChoice(clamped, requested, source + " (`" + requested + "` is not a level of " + modelRef
                    + ", so OpenClaw uses `" + clamped + "`)", null);
        }
        return new ThinkingChoice(requested, requested, source, null);
    }

    /** Whether the route's model has an entry in {@code agents.defaults.models} or its agent's models map. */
    private static boolean listed(RequestContext context) {
        Route route = context.route();
        for (dev.clawc.config.ModelEntry entry : context.config().modelEntries()) {
            boolean scope = entry.agentId() == null || entry.agentId().equals(route.agentId());
            if (scope && entry.ref() != null && entry.ref().key().equals(route.key())) {
                return true;
            }
        }
        return false;
    }

    /** OpenClaw's resolveSupportedThinkingLevelFromProfile: the highest listed level not above the request. */
    static String nearest(String level, List<String> supported, String profileDefault) {
        if (supported.contains(level)) {
            return level;
        }
        if (level.equals("adaptive") && profileDefault != null && !profileDefault.equals("off")) {
            return profileDefault;
        }
        int rank = RANKS.getOrDefault(level, 30);
        String best = null;
        int bestRank = -1;
        String lowest = null;
        int lowestRank = Integer.MAX_VALUE;
        for (String s : supported) {
            if (s.equals("off")) {
                continue;
            }
            int r = RANKS.getOrDefault(s, 30);
            if (r <= rank && r > bestRank) {
                best = s;
                bestRank = r;
            }
            if (r < lowestRank) {
                lowest = s;
                lowestRank = r;
            }
        }
        return best != null ? best : lowest != null ? lowest : "off";
    }

    private static String thinkingDefault(Agent agent) {
        String s = Nodes.string(agent.get("thinkingDefault"));
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    private static String paramThinking(Route route) {
        Route.Param p = route.param("thinking");
        if (p == null) {
            return null;
        }
        if (p.value() instanceof Json5Boolean b && !b.value()) {
            return "off";
        }
        if (p.value() instanceof Json5String s) {
            String v = s.value().trim().toLowerCase(Locale.ROOT);
            return v.equals("disabled") ? "off" : v.isEmpty() ? null : v;
        }
        return null;
    }
}

package dev.clawc.payload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Thinking levels on chat-completions routes: which levels a model offers, which one a turn uses, and the
 * reasoning effort that level becomes. Two policies, chosen by the {@code completionsThinkingPolicy} switch:
 * {@code catalog-low} (2026.2.6: any level is sent; default low for reasoning models) and
 * {@code model-profile} (2026.9.6: levels come from the model; an explicit unsupported level stops the turn).
 */
final class CompletionsThinking {
    /** Every level OpenClaw knows, lowest first (the catalog order of 2026.9.6). */
    static final List<String> CATALOG_LEVELS = List.of("off", "minimal", "low", "medium", "high", "xhigh", "max");
    private static final List<String> BASE_LEVELS = List.of("off", "minimal", "low", "medium", "high");
    private static final Map<String, Integer> RANK = Map.of("off", 0, "minimal", 10, "low", 20, "medium", 30, "high", 40,
            "adaptive", 30, "xhigh", 60, "max", 70, "ultra", 80);
    private static final List<String> ENABLED_EFFORTS = List.of("minimal", "low", "medium", "high", "xhigh", "max");

    /** The levels a model offers and the one it defaults to (null: none declared). */
    record Profile(List<String> levels, String defaultLevel) {
        boolean supports(String level) {
            return levels.contains(level);
        }
    }

    /** The outcome: the level the request uses, what was asked for, and whether OpenClaw refuses the turn. */
    record Selection(String level, String requested, boolean supported) {
    }

    private CompletionsThinking() {
    }

    /** OpenClaw's spelling of a thinking level written in config ("on" is low, "extra-high" is xhigh, ...), or null. */
    static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String key = raw.trim().toLowerCase(Locale.ROOT);
        String collapsed = key.replaceAll("[\\s_-]+", "");
        if (collapsed.equals("xhigh") || collapsed.equals("extrahigh")) {
            return "xhigh";
        }
        switch (key) {
            case "off", "none", "disabled", "false":
                return "off";
            case "on", "enable", "enabled":
                return "low";
            case "min", "minimal":
                return "minimal";
            case "low", "thinkhard", "think-hard", "think_hard":
                return "low";
            case "mid", "med", "medium":
                return "medium";
            case "high", "max", "adaptive", "ultra":
                return key;
            default:
                return null;
        }
    }

    /**
     * The thinking profile of a model under the {@code model-profile} policy. Non-reasoning models offer
     * only "off". OpenRouter models with declared efforts offer those (default medium, else high, else low);
     * on/off models offer off and low; other reasoning models offer off..high with no declared default.
     */
    static Profile profile(CompletionsModel model, boolean openRouterLike) {
        if (!model.reasoning()) {
            return new Profile(List.of("off"), "off");
        }
        if (openRouterLike && model.binary()) {
            return new Profile(model.mandatory() ? List.of("low") : List.of("off", "low"), null);
        }
        if (openRouterLike && model.efforts() != null) {
            List<String> accepted = new ArrayList<>();
            accepted.add("off");
            for (String e : model.efforts()) {
                accepted.add(e.equals("none") ? "off" : e);
            }
            List<String> levels = new ArrayList<>();
            for (String level : CATALOG_LEVELS) {
                if (accepted.contains(level) && !(level.equals("off") && model.mandatory())) {
                    levels.add(level);
                }
            }
            String def = accepted.contains("medium") ? "medium" : accepted.contains("high") ? "high"
                    : accepted.contains("low") ? "low" : "off";
            return new Profile(levels, levels.contains(def) ? def : null);
        }
        return new Profile(BASE_LEVELS, null);
    }

    /** The level used for a request (model-profile policy): asked-for or configured level, clamped to the profile. */
    static Selection select(Profile profile, String asked, boolean reasoning) {
        String requested = asked != null ? asked
                : profile.defaultLevel() != null ? profile.defaultLevel()
                : reasoning ? clamp(profile, "medium") : "off";
        return new Selection(clamp(profile, requested), requested, profile.supports(requested));
    }

    /** The closest offered level at or below the requested one (never "off" when something else is offered). */
    static String clamp(Profile profile, String level) {
        if (profile.supports(level)) {
            return level;
        }
        if (level.equals("adaptive") && profile.defaultLevel() != null && !profile.defaultLevel().equals("off")) {
            return profile.defaultLevel();
        }
        int wanted = RANK.getOrDefault(level, 0);
        String best = null;
        String lowestOn = null;
        for (String l : profile.levels()) {
            if (l.equals("off")) {
                continue;
            }
            if (RANK.get(l) <= wanted && (best == null || RANK.get(l) > RANK.get(best))) {
                best = l;
            }
            if (lowestOn == null || RANK.get(l) < RANK.get(lowestOn)) {
                lowestOn = l;
            }
        }
        return best != null ? best : lowestOn != null ? lowestOn : "off";
    }

    /**
     * The reasoning effort a level becomes for a model that lists its efforts: the level itself when listed,
     * "none" for off when listed, else the highest listed effort at or below it (or the lowest one). Null when
     * reasoning is off and "none" is not listed (no effort is sent).
     */
    static String effort(String level, List<String> efforts) {
        String requested = level.equals("off") ? "off" : level;
        if (efforts.contains(requested)) {
            return requested;
        }
        if (requested.equals("off")) {
            return efforts.contains("none") ? "none" : null;
        }
        int rank = ENABLED_EFFORTS.indexOf(requested);
        String best = null;
        for (String e : ENABLED_EFFORTS) {
            if (efforts.contains(e) && rank >= 0 && ENABLED_EFFORTS.indexOf(e) <= rank) {
                best = e;
            }
        }
        if (best != null) {
            return best;
        }
        for (String e : ENABLED_EFFORTS) {
            if (efforts.contains(e)) {
                return e;
            }
        }
        return null;
    }
}

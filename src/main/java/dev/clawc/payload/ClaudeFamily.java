package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Claude model family an {@code anthropic-messages} model belongs to under OpenClaw's own library: its entry in
 * {@code families} of {@code rules/payload/anthropic-messages.json5} (thinking levels, adaptive thinking, sampling,
 * service tier). Before that library the family is empty and every flag is false.
 */
record ClaudeFamily(JsonNode entry) {
    private static final Pattern CLAUDE_TAIL = Pattern.compile("(?:^|[-/])(claude-[^/]+)$");

    static ClaudeFamily none() {
        return new ClaudeFamily(NativePayloadData.NODES.objectNode());
    }

    /** The first family whose pattern matches the model's Claude identity (the `claude-...` tail of its id). */
    static ClaudeFamily of(String modelId) {
        String normalized = modelId.trim().toLowerCase(Locale.ROOT);
        if (normalized.startsWith("anthropic/")) {
            normalized = normalized.substring("anthropic/".length());
        }
        normalized = normalized.replaceAll("[._\\s]+", "-");
        Matcher tail = CLAUDE_TAIL.matcher(normalized);
        String identity = tail.find() ? tail.group(1) : normalized;
        for (JsonNode f : NativePayloadData.file(AnthropicMessagesBuilder.DATA).path("families")) {
            String pattern = f.path("pattern").asText();
            if (pattern.isEmpty() || Pattern.compile(pattern).matcher(identity).find()) {
                return new ClaudeFamily(f);
            }
        }
        return none();
    }

    /** Thinking cannot be turned off: "off" becomes "low". */
    boolean mandatoryAdaptive() {
        return flag("mandatoryAdaptive");
    }

    boolean adaptive() {
        return flag("adaptive");
    }

    List<String> levels() {
        return NativePayloadData.strings(entry.path("levels"));
    }

    /** The family's own default thinking level, or null. */
    String defaultLevel() {
        return entry.path("defaultLevel").isTextual() ? entry.path("defaultLevel").asText() : null;
    }

    /** max_tokens is the model's full output limit, not capped at the transport's output cap. */
    boolean fullMaxTokens() {
        return flag("fullMaxTokens");
    }

    boolean serverFallback() {
        return flag("serverFallback");
    }

    /** OpenClaw sends no sampling params (temperature) for the family. */
    boolean defaultSampling() {
        return flag("defaultSampling");
    }

    boolean nativeXhigh() {
        return flag("nativeXhigh");
    }

    /** How fast mode is sent: "priority" (service_tier) or "native-fast" (speed: fast). */
    String serviceTierKind() {
        return entry.path("serviceTier").asText("priority");
    }

    /** OpenClaw's resolveAnthropicThinkingEffort: a thinking level as output_config.effort. */
    String effort(String level) {
        List<String> levels = levels();
        String resolved = levels.isEmpty() || levels.contains(level) ? level : ThinkingChoice.nearest(level, levels, null);
        switch (resolved) {
            case "off":
            case "minimal":
            case "low":
                return "low";
            case "medium":
                return "medium";
            case "xhigh":
                return nativeXhigh() ? "xhigh" : "high";
            case "max":
                return flag("nativeMax") ? "max" : "high";
            default:
                return "high";
        }
    }

    private boolean flag(String name) {
        return entry.path(name).asBoolean(false);
    }
}

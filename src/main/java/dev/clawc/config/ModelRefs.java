package dev.clawc.config;

import dev.clawc.release.OpenClawVersion;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses and normalizes model refs exactly as OpenClaw does (facts §1.1-1.2): split on the first
 * {@code /}, trim, lowercase the provider, keep the model id's case, take an {@code @profile} suffix
 * only after the last {@code /} (dates and quantization tags are part of the id), then apply the
 * built-in id rewrites (self-prefix strip, OpenRouter/NVIDIA bare-id prefix, Anthropic short names).
 */
public final class ModelRefs {
    private static final Pattern DATE_SUFFIX = Pattern.compile("\\d{8}");
    private static final Pattern QUANT_SUFFIX = Pattern.compile("(?i)(?:i?q\\d+(?:_[a-z0-9]+)*|\\d+bit).*");

    /** Anthropic short names OpenClaw 2026.9.6 expands (case-insensitive). */
    private static final Map<String, String> ANTHROPIC_ALIASES = Map.of(
            "opus", "claude-opus-5",
            "sonnet", "claude-sonnet-5",
            "haiku", "claude-haiku-4-5",
            "opus-4.6", "claude-opus-4-6",
            "sonnet-4.6", "claude-sonnet-4-6");

    /** Provider id rewrites OpenClaw 2026.2.6 applied (dropped by later releases). */
    private static final Map<String, String> LEGACY_PROVIDER_IDS = Map.of(
            "z.ai", "zai", "z-ai", "zai", "opencode-zen", "opencode", "qwen", "qwen-portal", "kimi-code", "kimi-coding");

    private ModelRefs() {
    }

    /** Null when the text is not a usable ref (empty, or an empty provider or model around the `/`). */
    public static ModelRef parse(String raw, OpenClawVersion version) {
        String text = raw.trim();
        if (text.isEmpty()) {
            return null;
        }
        if (text.equalsIgnoreCase("openrouter:auto") || text.equalsIgnoreCase("openrouter:free")) {
            String id = "openrouter/" + text.substring("openrouter:".length()).toLowerCase(Locale.ROOT);
            return new ModelRef(raw, "openrouter", id, null, "openrouter", id);
        }
        int slash = text.indexOf('/');
        String writtenProvider = slash < 0 ? null : text.substring(0, slash).trim();
        String rest = slash < 0 ? text : text.substring(slash + 1).trim();
        if ((writtenProvider != null && writtenProvider.isEmpty()) || rest.isEmpty()) {
            return null;
        }
        String profile = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0 && at > rest.lastIndexOf('/')) {
            String suffix = rest.substring(at + 1);
            if (!DATE_SUFFIX.matcher(suffix).matches() && !QUANT_SUFFIX.matcher(suffix).matches()) {
                profile = suffix;
                rest = rest.substring(0, at).trim();
                if (rest.isEmpty()) {
                    return null;
                }
            }
        }
        String provider = writtenProvider == null ? null : normalizeProvider(writtenProvider, version);
        String model = provider == null ? rest : normalizeModelId(provider, rest);
        return new ModelRef(raw, provider, model, profile, writtenProvider, rest);
    }

    public static String normalizeProvider(String provider, OpenClawVersion version) {
        String id = provider.trim().toLowerCase(Locale.ROOT);
        if (version != null && VersionProfiles.bundled().select(version).profile().providerIdRewrites()) {
            id = LEGACY_PROVIDER_IDS.getOrDefault(id, id);
        }
        return id;
    }

    /** The built-in model id rewrites for a (normalized) provider. */
    public static String normalizeModelId(String provider, String model) {
        String id = model;
        String selfPrefix = provider + "/";
        if (id.regionMatches(true, 0, selfPrefix, 0, selfPrefix.length())) {
            id = id.substring(selfPrefix.length());
        }
        switch (provider) {
            case "openrouter", "nvidia" -> {
                if (id.indexOf('/') < 0) {
                    id = provider + "/" + id;
                }
            }
            case "anthropic" -> id = ANTHROPIC_ALIASES.getOrDefault(id.toLowerCase(Locale.ROOT), id);
            case "vercel-ai-gateway" -> {
                if (id.equalsIgnoreCase("sonnet")) {
                    id = "anthropic/claude-sonnet-4-6";
                } else if (id.startsWith("claude-")) {
                    id = "anthropic/" + id;
                }
            }
            default -> {
                // no built-in rewrite
            }
        }
        return id;
    }

    /** OpenClaw's {@code modelKey}: no double prefix when the id already starts with {@code provider/}. */
    public static String canonicalKey(String provider, String model) {
        if (provider == null) {
            return model;
        }
        String prefix = provider + "/";
        return model.regionMatches(true, 0, prefix, 0, prefix.length()) ? model : prefix + model;
    }

    /** OpenClaw's secondary params lookup key: the raw {@code provider/modelId}. */
    public static String legacyKey(String provider, String model) {
        return provider == null ? model : provider + "/" + model;
    }

    /** True for a models-map key that is a wildcard ({@code provider/*}, {@code provider/ns/*}), not a ref. */
    public static boolean isWildcard(String key) {
        return key.endsWith("/*");
    }
}

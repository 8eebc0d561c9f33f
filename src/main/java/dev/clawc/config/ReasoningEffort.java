package dev.clawc.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The part of an openai-completions request that decides {@code reasoning_effort}, shared by the request builder
 * (payload) and the rules: whether the release sends an effort to an endpoint when the model row says nothing
 * ({@code compat.supportsReasoningEffort}), the effort map the release applies on its own (Groq's qwen3), and the
 * efforts an endpoint accepts.
 */
public final class ReasoningEffort {
    private ReasoningEffort() {
    }

    /** Groq qwen3: every enabled level becomes `default` (pi-ai 0.57.1 detectCompat; the bundled groq plugin adds off -> none). */
    private static final Map<String, String> GROQ_QWEN_MAP = Map.of("off", "none", "none", "none", "minimal", "default",
            "low", "default", "medium", "default", "high", "default", "xhigh", "default", "adaptive", "default", "max", "default");
    private static final List<String> GROQ_GPT_OSS = List.of("openai/gpt-oss-20b", "openai/gpt-oss-120b", "openai/gpt-oss-safeguard-20b");

    /** What the release itself declares for a model on an endpoint: efforts support and an effort map; null when nothing. */
    public record ReleaseCompat(boolean supportsReasoningEffort, Map<String, String> effortMap, String why) {
    }

    /**
     * Whether the release sends {@code reasoning_effort} by default (no {@code compat.supportsReasoningEffort} on the
     * row): {@code provider-url} releases (pi-ai detectCompat) to every endpoint but xAI and Z.AI; {@code endpoint-class}
     * releases only to default routes and native OpenAI, not to proxy-like or custom base URLs.
     */
    public static boolean detectedSupport(VersionProfile profile, String provider, String baseUrl, String endpointClass) {
        String p = provider == null ? "" : provider;
        String b = baseUrl == null ? "" : baseUrl;
        if (!"endpoint-class".equals(profile.completionsCompat())) {
            boolean grok = p.equals("xai") || b.contains("api.x.ai");
            boolean zai = p.equals("zai") || b.contains("api.z.ai");
            return !grok && !zai;
        }
        String ec = endpointClass == null ? "default" : endpointClass;
        boolean isDefault = ec.equals("default");
        boolean proxyLike = !isDefault && !ec.equals("openai");
        boolean zai = ec.equals("zai") || isDefault && p.equals("zai");
        boolean together = p.equals("together") || b.contains("api.together.ai") || b.contains("api.together.xyz");
        return !zai && !together && !p.equals("mistral") && !ec.equals("xai") && !proxyLike;
    }

    /** True for Groq's own endpoint (provider `groq`, or a base URL on groq.com). */
    public static boolean isGroq(String provider, String baseUrl) {
        return "groq".equals(provider) || baseUrl != null && baseUrl.toLowerCase(Locale.ROOT).contains("groq.com");
    }

    /** What the release declares on its own for this model, or null. */
    public static ReleaseCompat releaseCompat(VersionProfile profile, String provider, String baseUrl, String modelId) {
        if (!profile.groqReasoningCompat() || !isGroq(provider, baseUrl) || modelId == null) {
            return null;
        }
        String id = modelId.trim().toLowerCase(Locale.ROOT);
        if (id.equals("qwen/qwen3-32b")) {
            return new ReleaseCompat(true, GROQ_QWEN_MAP, "OpenClaw " + profile.version()
                    + " maps thinking levels to Groq's `default` effort for qwen/qwen3-32b");
        }
        if (GROQ_GPT_OSS.contains(id) && "endpoint-class".equals(profile.completionsCompat())) {
            return new ReleaseCompat(true, Map.of(), "OpenClaw " + profile.version() + "'s groq plugin declares efforts for " + id);
        }
        return null;
    }

    /** The effort sent for a level after the release's map (a row's `compat.reasoningEffortMap` wins), or the level. */
    public static String mapped(String level, ReleaseCompat release, Map<String, String> rowMap) {
        if (rowMap != null && rowMap.containsKey(level)) {
            return rowMap.get(level);
        }
        if (release != null && release.effortMap().containsKey(level)) {
            return release.effortMap().get(level);
        }
        return level;
    }

    /**
     * The {@code reasoning_effort} values an endpoint accepts for a model, or null when clawc does not know: Groq takes
     * only {@code none}/{@code default} on its Qwen3 models and {@code low}/{@code medium}/{@code high} on gpt-oss
     * (Groq API reference, reasoning_effort).
     */
    public static List<String> acceptedBy(String provider, String baseUrl, String modelId) {
        if (!isGroq(provider, baseUrl) || modelId == null) {
            return null;
        }
        String id = modelId.trim().toLowerCase(Locale.ROOT);
        if (id.startsWith("qwen/qwen3")) {
            return List.of("none", "default");
        }
        if (id.startsWith("openai/gpt-oss")) {
            return List.of("low", "medium", "high");
        }
        return null;
    }

    /** A model row's {@code compat.reasoningEffortMap} (level -> effort sent), or null when it has none. */
    public static Map<String, String> rowMap(dev.clawc.json5.Json5Object compat) {
        if (compat == null || !(compat.get("reasoningEffortMap") instanceof dev.clawc.json5.Json5Object map)) {
            return null;
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (dev.clawc.json5.Json5Member m : map.members()) {
            if (m.value() instanceof dev.clawc.json5.Json5String v) {
                out.put(m.name(), v.value());
            }
        }
        return out;
    }
}

package dev.clawc.payload;

import dev.clawc.config.CompletionsCatalog;
import dev.clawc.config.ReasoningEffort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Agent;
import dev.clawc.config.ConfigModel;
import dev.clawc.config.CustomProvider;
import dev.clawc.config.ModelEntry;
import dev.clawc.config.Nodes;
import dev.clawc.config.Route;
import dev.clawc.config.Route.Marker;
import dev.clawc.config.Route.Param;
import dev.clawc.config.Route.Where;
import dev.clawc.config.RoutePlanner;
import dev.clawc.config.VersionProfile;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Secrets;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Null;
import dev.clawc.json5.Json5Number;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.StrictJsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Requests of API kind {@code openai-completions} (OpenAI Chat Completions): OpenRouter, custom
 * OpenAI-compatible providers and the other built-in chat-completions providers. How the body is shaped
 * per release is driven by the profile switches {@code completionsCompat}, {@code completionsSystemLayout},
 * {@code completionsThinkingPolicy}, {@code completionsMaxTokens}, {@code customModelDefaultMaxTokens},
 * {@code completionsExtraParams}, {@code openrouterModelFacts}, {@code openrouterReasoningField},
 * {@code openrouterAttributionHeaders}, {@code openrouterAttributionRouteGate} and
 * {@code openrouterProviderRouting}; cache markers are placed where the route's {@link Route.CachePlan} says.
 */
public final class OpenAiCompletionsBuilder implements BodyBuilder {

    @Override
    public Explanation build(RequestContext context) {
        try {
            return new Run(context).explain();
        } catch (Refusal r) {
            return Explanation.refused(context.route(), r.getMessage());
        }
    }

    /** OpenClaw sends nothing on this route; the message says why. */
    private static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    /** Request-shape flags OpenClaw resolves for the model and endpoint. */
    private record Compat(boolean store, boolean developerRole, boolean reasoningEffort, boolean usageInStreaming,
            String maxTokensField, boolean strictFalse, boolean toolChoiceAuto, String thinkingFormat, String why) {
    }

    private record Row(Json5Object row, ConfigPath path) {
    }

    private static final class Run {
        private static final ObjectMapper JSON = new ObjectMapper();
        private static final JsonNodeFactory F = JsonNodeFactory.instance;
        private static final String OPENROUTER_CATEGORIES =
                "cli-agent,cloud-agent,programming-app,creative-writing,writing-assistant,general-chat,personal-agent";
        private static final Set<String> PI_AI_LEVELS = Set.of("off", "minimal", "low", "medium", "high", "xhigh");

        private final RequestContext ctx;
        private final Route route;
        private final VersionProfile profile;
        private final ConfigModel config;
        private final String release;
        private final List<Explanation.FieldNote> notes = new ArrayList<>();
        private final boolean managed;
        private final boolean openRouter;
        private final boolean openRouterLike;
        private final boolean modelList;
        private final CustomProvider custom;
        private final Row row;

        Run(RequestContext ctx) {
            this.ctx = ctx;
            this.route = ctx.route();
            this.profile = ctx.profile();
            this.config = ctx.config();
            this.release = "OpenClaw " + config.version();
            this.managed = "endpoint-class".equals(profile.completionsCompat());
            this.openRouter = "openrouter".equals(route.provider());
            this.openRouterLike = openRouter || "openrouter".equals(route.endpointClass());
            this.modelList = "model-list".equals(profile.openrouterModelFacts());
            this.custom = config.providers().get(route.provider());
            this.row = findRow(custom, route.upstreamId());
        }

        Explanation explain() {
            String url = url();
            CompletionsModel model = resolveModel();
            String level = thinkingLevel(model);
            Compat compat = managed ? endpointCompat(model) : providerUrlCompat(model);
            Map<String, Param> params = effectiveParams();

            Map<String, String> headers = headers(params);
            ObjectNode body = F.objectNode();
            body.put("model", route.upstreamId());
            note("/model", "the model id OpenClaw sends upstream for `" + route.key() + "`");
            boolean tools = !Boolean.FALSE.equals(model.supportsTools());
            body.set("messages", messages(model, compat, tools));
            body.put("stream", true);
            if (managed) {
                managedBody(body, model, compat, params, level, tools);
            } else {
                piAiBody(body, model, compat, params, level);
            }
            return new Explanation(route, new HttpRequest("POST", url, headers, body), List.copyOf(notes), null, true, List.of());
        }

        // ------------------------------------------------------------------ URL and model

        private String url() {
            String base = route.baseUrl();
            if (base == null || base.isBlank()) {
                throw new Refusal("OpenClaw has no base URL for provider `" + route.provider() + "`; set `models.providers."
                        + route.provider() + ".baseUrl`");
            }
            base = base.trim().replaceAll("/+$", "");
            if (managed && openRouter && base.equals("https://openrouter.ai/v1")) {
                base = "https://openrouter.ai/api/v1"; // the legacy OpenRouter URL is canonicalized
            }
            note("url", (route.customBaseUrl() ? "the configured base URL" : "the provider's default base URL") + " plus `/chat/completions`");
            return base + "/chat/completions";
        }

        private CompletionsModel resolveModel() {
            int customDefault = Integer.parseInt(profile.customModelDefaultMaxTokens());
            if (row != null) {
                int def = customDefault;
                int cap = 0;
                if (managed) {
                    Integer providerMax = CompletionsModel.positiveInt(custom.get("maxTokens"));
                    Integer window = CompletionsModel.positiveInt(row.row().get("contextWindow"));
                    cap = window != null ? window : 200_000;
                    def = providerMax != null ? providerMax : customDefault;
                }
                return CompletionsModel.fromRow(row.row(), def, cap, "the model row `" + row.path() + "`");
            }
            if (openRouter && modelList) {
                OpenRouterModels list = ctx.openRouterModels();
                if (list == null) {
                    return CompletionsModel.unknown(CompletionsModel.OPENROUTER_DEFAULT_MAX_TOKENS,
                            "no OpenRouter model list (the gateway could not fetch it)");
                }
                JsonNode entry = list.find(route.upstreamId());
                if (entry == null) {
                    entry = list.find(route.upstreamId().toLowerCase(Locale.ROOT));
                }
                if (entry == null) {
                    return CompletionsModel.unknown(CompletionsModel.OPENROUTER_DEFAULT_MAX_TOKENS,
                            "no entry for `" + route.upstreamId() + "` in the OpenRouter model list");
                }
                CompletionsModel listed = CompletionsModel.fromOpenRouterList(entry);
                // releases before it read tool support from the list send tools to every model
                return profile.openrouterToolSupportFromList() ? listed : listed.withToolSupportUnstated();
            }
            CompletionsCatalog catalog = CompletionsCatalog.bundled();
            if (!managed && catalog.hasProvider(route.provider())) {
                CompletionsCatalog.Entry entry = catalog.find(route.provider(), route.upstreamId());
                if (entry != null) {
                    return CompletionsModel.fromCatalog(entry, release + "'s built-in model catalog");
                }
                if (custom == null && openRouter && profile.openrouterImplicitProvider()) {
                    return CompletionsModel.unknown(CompletionsModel.OPENROUTER_DEFAULT_MAX_TOKENS, release
                            + "'s implicit `openrouter` provider entry (it accepts any id, with the OpenRouter Auto row's limit)");
                }
                if (custom == null) {
                    throw new Refusal(release + " does not know this model and sends no request: `Unknown model: "
                            + route.provider() + "/" + route.upstreamId() + "` (not in its built-in catalog, "
                            + catalog.source() + ")");
                }
            }
            if (custom != null && !managed) {
                // 2026.2.6 builds a stand-in model from the provider entry: no reasoning, the first row's limit
                Integer first = firstRowMaxTokens();
                return CompletionsModel.unknown(first != null ? first : 200_000,
                        "a stand-in model for provider `" + route.provider() + "` (its first model row's limit)");
            }
            return CompletionsModel.unknown(customDefault, "no model facts clawc knows for `" + route.key()
                    + "` (the release default is assumed; UNCERTAIN)");
        }

        private Integer firstRowMaxTokens() {
            Json5Array rows = custom == null ? null : custom.models();
            if (rows == null || rows.elements().isEmpty() || !(rows.elements().get(0) instanceof Json5Object first)) {
                return null;
            }
            return CompletionsModel.positiveInt(first.get("maxTokens"));
        }

        private static Row findRow(CustomProvider custom, String id) {
            if (custom == null || custom.models() == null) {
                return null;
            }
            Row found = null;
            List<Json5Value> rows = custom.models().elements();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) instanceof Json5Object o && id.equals(Nodes.string(o.get("id")))) {
                    found = new Row(o, custom.path().key("models").index(i));
                }
            }
            return found;
        }

        // ------------------------------------------------------------------ thinking

        private String thinkingLevel(CompletionsModel model) {
            String asked = ctx.thinking();
            if ("catalog-low".equals(profile.completionsThinkingPolicy())) {
                if (asked != null && !PI_AI_LEVELS.contains(asked)) {
                    throw new Refusal(release + " rejects the thinking level before any request: `Invalid thinking level \""
                            + asked + "\"` (it knows off, minimal, low, medium, high, xhigh)");
                }
                String configured = CompletionsThinking.normalize(Nodes.string(config.defaults().get("thinkingDefault")));
                String level = asked != null ? asked : configured != null ? configured : model.reasoning() ? "low" : "off";
                thinkingNote(asked != null ? "`--thinking " + asked + "`"
                        : configured != null ? "`agents.defaults.thinkingDefault`"
                        : model.reasoning() ? "the default for reasoning models (low)" : "the default for non-reasoning models (off)", level);
                return level;
            }
            boolean cold = openRouter && modelList && row == null && ctx.freshInstall() && ctx.openRouterModels() != null;
            CompletionsModel seen = cold ? model.withoutReasoning() : model;
            CompletionsThinking.Profile p = CompletionsThinking.profile(seen, openRouterLike);
            String[] source = new String[1];
            String configured = asked == null ? configuredThinking(source) : null;
            CompletionsThinking.Selection s = CompletionsThinking.select(p, asked != null ? asked : configured, seen.reasoning());
            String coldWhy = cold ? " (first turn of a new gateway: the OpenRouter model list is not cached yet, so the model"
                    + " counts as non-reasoning when the level is chosen)" : "";
            if (!s.supported() && asked != null) {
                throw new Refusal(release + " stops before any request: `Thinking level \"" + asked + "\" is not supported for "
                        + route.provider() + "/" + route.upstreamId() + ". Use one of: " + String.join(", ", p.levels()) + ".`"
                        + coldWhy);
            }
            String why = asked != null ? "`--thinking " + asked + "`"
                    : configured != null ? source[0] + (s.supported() ? "" : " (\"" + configured + "\" is not offered for this model,"
                            + " so OpenClaw silently uses \"" + s.level() + "\")")
                    : "the model's default level";
            thinkingNote(why + coldWhy, s.level());
            return s.level();
        }

        /** agents.entries.<id>.thinkingDefault, then per-model params.thinking, then agents.defaults.thinkingDefault. */
        private String configuredThinking(String[] source) {
            Agent agent = config.agent(route.agentId());
            String agentLevel = agent == null ? null : CompletionsThinking.normalize(Nodes.string(agent.get("thinkingDefault")));
            if (agentLevel != null) {
                source[0] = "`" + agent.path().key("thinkingDefault") + "`";
                return agentLevel;
            }
            RoutePlanner planner = new RoutePlanner(config, ctx.env());
            List<ModelEntry> entries = new ArrayList<>();
            if (agent != null && profile.agentsEntries()) {
                entries.add(planner.entryFor(agent.id(), route.ref()));
            }
            entries.add(planner.entryFor(null, route.ref()));
            for (ModelEntry entry : entries) {
                if (entry == null || entry.params() == null) {
                    continue;
                }
                Json5Value t = entry.params().get("thinking");
                String level = t instanceof Json5Boolean b && !b.value() ? "off"
                        : t instanceof Json5String str ? (str.value().equals("disabled") ? "off" : CompletionsThinking.normalize(str.value())) : null;
                if (level != null) {
                    source[0] = "`" + entry.path().key("params").key("thinking") + "`";
                    return level;
                }
            }
            String defaults = CompletionsThinking.normalize(Nodes.string(config.defaults().get("thinkingDefault")));
            if (defaults != null) {
                source[0] = "`agents.defaults.thinkingDefault`";
            }
            return defaults;
        }

        private String thinkingLevelWhy;

        private void thinkingNote(String why, String level) {
            thinkingLevelWhy = "thinking level \"" + level + "\" from " + why;
        }

        // ------------------------------------------------------------------ compat

        private Compat providerUrlCompat(CompletionsModel model) {
            String p = route.provider();
            String b = route.baseUrl();
            boolean zai = p.equals("zai") || b.contains("api.z.ai");
            boolean grok = p.equals("xai") || b.contains("api.x.ai");
            boolean nonStandard = p.equals("cerebras") || b.contains("cerebras.ai") || grok || p.equals("mistral")
                    || b.contains("mistral.ai") || b.contains("chutes.ai") || b.contains("deepseek.com") || zai
                    || p.equals("opencode") || b.contains("opencode.ai");
            boolean maxTokens = p.equals("mistral") || b.contains("mistral.ai") || b.contains("chutes.ai");
            // OpenClaw's own compat normalization on top of the model library's detection
            String normalization = profile.completionsNonNativeCompat();
            boolean nonNative = !b.isEmpty() && !"api.openai.com".equals(route.host());
            boolean moonshotLike = p.equals("moonshot") || b.contains("moonshot.ai") || b.contains("moonshot.cn")
                    || p.equals("dashscope") || b.contains("dashscope");
            boolean noDeveloperRole = nonNative && normalization.startsWith("developer-role")
                    || moonshotLike && !normalization.equals("zai");
            boolean noUsage = nonNative && normalization.equals("developer-role-and-usage");
            return override(model, new Compat(!nonStandard, !nonStandard && !noDeveloperRole,
                    ReasoningEffort.detectedSupport(profile, p, b, route.endpointClass()), !noUsage,
                    maxTokens ? "max_tokens" : "max_completion_tokens", true, false, zai ? "zai" : "openai",
                    nonStandard ? release + "'s model library treats this provider as non-standard"
                            : noUsage || noDeveloperRole ? release + " turns off the developer role" + (noUsage ? " and usage streaming" : "")
                            + " for OpenAI-compatible endpoints other than api.openai.com"
                            : release + "'s model library sends it to every OpenAI-compatible endpoint but a few non-standard ones"));
        }

        private Compat endpointCompat(CompletionsModel model) {
            String p = route.provider();
            String b = route.baseUrl() == null ? "" : route.baseUrl();
            String ec = route.endpointClass() == null ? "default" : route.endpointClass();
            boolean isDefault = ec.equals("default");
            boolean nativeOpenAI = ec.equals("openai");
            boolean proxyLike = !isDefault && !nativeOpenAI;
            boolean local = ec.equals("local");
            boolean zai = ec.equals("zai") || isDefault && p.equals("zai");
            boolean deepSeek = ec.equals("deepseek") || isDefault && p.equals("deepseek");
            boolean xiaomi = ec.equals("xiaomi") || isDefault && p.equals("xiaomi");
            boolean together = p.equals("together") || b.contains("api.together.ai") || b.contains("api.together.xyz");
            boolean moonshot = p.equals("moonshot") || ec.equals("moonshot");
            boolean moonshotLike = moonshot || p.equals("modelstudio") || ec.equals("modelstudio");
            boolean cloudflare = p.equals("cloudflare-ai-gateway") || b.contains("gateway.ai.cloudflare.com");
            boolean nonStandard = Set.of("cerebras", "chutes", "deepseek", "mistral", "opencode", "opencode-go", "xai").contains(ec)
                    || xiaomi || zai || isDefault && Set.of("cerebras", "chutes", "deepseek", "opencode", "xai").contains(p);
            boolean maxTokens = ec.equals("chutes") || ec.equals("mistral") || p.equals("mistral") || moonshot || cloudflare || zai
                    || together || isDefault && p.equals("chutes");
            String thinking = deepSeek || xiaomi ? "deepseek" : zai ? "zai" : together ? "together" : openRouterLike ? "openrouter" : "openai";
            String why = proxyLike ? "the base URL (" + (route.host() == null ? "custom" : route.host()) + ") is a proxy-like endpoint for "
                    + release + " (not native OpenAI)" : "a native OpenAI endpoint";
            return override(model, new Compat(!nonStandard && !p.equals("mistral") && !proxyLike,
                    !nonStandard && !moonshotLike && !proxyLike,
                    ReasoningEffort.detectedSupport(profile, p, b, route.endpointClass()),
                    !nonStandard && (local || !proxyLike),
                    maxTokens ? "max_tokens" : "max_completion_tokens", false, proxyLike, thinking, why));
        }

        /**
         * Explicit {@code compat} flags on the model row (or catalog entry) win over what the release declares for the
         * model, which wins over the detected ones.
         */
        private Compat override(CompletionsModel model, Compat c) {
            ReasoningEffort.ReleaseCompat release = releaseCompat();
            return new Compat(or(model.compatFlag("supportsStore"), c.store()), or(model.compatFlag("supportsDeveloperRole"), c.developerRole()),
                    or(model.compatFlag("supportsReasoningEffort"), release != null ? release.supportsReasoningEffort() : c.reasoningEffort()),
                    or(model.compatFlag("supportsUsageInStreaming"), c.usageInStreaming()),
                    model.compatText("maxTokensField") != null ? model.compatText("maxTokensField") : c.maxTokensField(),
                    c.strictFalse() && !Boolean.FALSE.equals(model.compatFlag("supportsStrictMode")), c.toolChoiceAuto(),
                    model.compatText("thinkingFormat") != null ? model.compatText("thinkingFormat") : c.thinkingFormat(), c.why());
        }

        private ReasoningEffort.ReleaseCompat releaseCompat() {
            return ReasoningEffort.releaseCompat(profile, route.provider(), route.baseUrl(), route.upstreamId());
        }

        /** The row's (or catalog entry's) `compat.reasoningEffortMap`, or null. */
        private static Map<String, String> effortMap(CompletionsModel model) {
            return ReasoningEffort.rowMap(model.compat());
        }

        private String mappedWhy(String level, String effort, CompletionsModel model) {
            if (effort.equals(level)) {
                return "";
            }
            Map<String, String> rowMap = effortMap(model);
            return rowMap != null && rowMap.containsKey(level) ? ", mapped to \"" + effort + "\" by `compat.reasoningEffortMap`"
                    : ", mapped to \"" + effort + "\": " + releaseCompat().why();
        }

        private static boolean or(Boolean explicit, boolean detected) {
            return explicit != null ? explicit : detected;
        }

        // ------------------------------------------------------------------ params

        /**
         * The params that shape the body. On releases that forward the full set, OpenRouter also merges
         * `models.providers.openrouter.params` and the model row's params underneath the agent/model layers.
         */
        private Map<String, Param> effectiveParams() {
            Map<String, Param> merged = new LinkedHashMap<>();
            if (managed && openRouter && "full".equals(profile.completionsExtraParams())) {
                if (custom != null && custom.get("params") instanceof Json5Object providerParams) {
                    layer(merged, providerParams, custom.path().key("params"));
                }
                if (row != null && row.row().get("params") instanceof Json5Object rowParams) {
                    layer(merged, rowParams, row.path().key("params"));
                }
            }
            merged.putAll(route.params());
            return merged;
        }

        private static void layer(Map<String, Param> merged, Json5Object params, ConfigPath path) {
            for (Json5Member m : params.members()) {
                merged.put(m.name(), new Param(m.name(), m.value(), path.key(m.name())));
            }
        }

        private static Param first(Map<String, Param> params, String... keys) {
            for (String key : keys) {
                Param p = params.get(key);
                if (p != null) {
                    return p;
                }
            }
            return null;
        }

        private static Double number(Param p) {
            return p != null && p.value() instanceof Json5Number n && n.isFinite() ? n.doubleValue() : null;
        }

        // ------------------------------------------------------------------ headers

        private Map<String, String> headers(Map<String, Param> params) {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("accept", "application/json");
            h.put("authorization", "Bearer <auth>");
            h.put("content-type", "application/json");
            h.put("user-agent", "OpenAI/JS <v>");
            note("header:authorization", "the provider's API key as a bearer token (OpenAI SDK)");
            String attribution = profile.openrouterAttributionHeaders();
            boolean toOpenRouterHost = route.host() != null && route.host().equals("openrouter.ai");
            if ("library-default".equals(attribution) && toOpenRouterHost) {
                h.put("http-referer", "https://pi.dev");
                h.put("x-openrouter-title", "pi");
                h.put("x-openrouter-categories", "cli-agent");
                String why = release + " leaves OpenRouter attribution to its model library, which names itself on every request to openrouter.ai";
                note("header:http-referer", why);
                note("header:x-openrouter-title", why);
            } else if ("none".equals(attribution) && openRouter) {
                note("header:http-referer", "no OpenRouter attribution headers: " + release + " sends none");
            } else if (openRouter && !"library-default".equals(attribution)) {
                boolean byProvider = "provider-id".equals(profile.openrouterAttributionRouteGate());
                String ec = route.endpointClass();
                boolean verified = "openrouter".equals(ec) || "default".equals(ec) || ec == null;
                if (byProvider || verified) {
                    h.put("http-referer", "https://openclaw.ai");
                    String why = byProvider ? release + " adds OpenRouter app attribution for provider `openrouter`, whatever the base URL"
                            : release + " adds OpenRouter app attribution only on requests to openrouter.ai";
                    note("header:http-referer", why);
                    if ("x-title".equals(attribution)) {
                        h.put("x-title", "OpenClaw");
                        note("header:x-title", why);
                    } else {
                        h.put("x-openrouter-title", "OpenClaw");
                        h.put("x-openrouter-categories", "openrouter-title-cli".equals(attribution) ? "cli-agent" : OPENROUTER_CATEGORIES);
                        note("header:x-openrouter-title", why);
                        note("header:x-openrouter-categories", why);
                    }
                } else {
                    note("header:http-referer", "no OpenRouter attribution headers: " + release + " sends them only to openrouter.ai,"
                            + " and this base URL points elsewhere");
                }
            }
            if (managed && openRouterLike && ("openrouter".equals(route.endpointClass()) || openRouter && "default".equals(route.endpointClass()))) {
                responseCacheHeaders(h, params);
            }
            customHeaders(h);
            return h;
        }

        /** OpenRouter response caching from params: X-OpenRouter-Cache[-TTL|-Clear] on openrouter.ai. */
        private void responseCacheHeaders(Map<String, String> h, Map<String, Param> params) {
            Boolean enabled = bool(first(params, "responseCache", "response_cache"));
            Boolean clear = bool(first(params, "responseCacheClear", "response_cache_clear"));
            Boolean cache = enabled != null ? enabled : Boolean.TRUE.equals(clear) ? Boolean.TRUE : null;
            if (cache == null) {
                return;
            }
            h.put("x-openrouter-cache", cache ? "true" : "false");
            note("header:x-openrouter-cache", "OpenRouter response caching from `responseCache` params");
            if (!cache) {
                return;
            }
            Double ttl = number(first(params, "responseCacheTtlSeconds", "response_cache_ttl_seconds", "responseCacheTtl", "response_cache_ttl"));
            if (ttl != null) {
                h.put("x-openrouter-cache-ttl", String.valueOf((long) Math.max(1, Math.min(86400, Math.floor(ttl)))));
            }
            if (Boolean.TRUE.equals(clear)) {
                h.put("x-openrouter-cache-clear", "true");
            }
        }

        private static Boolean bool(Param p) {
            if (p == null) {
                return null;
            }
            if (p.value() instanceof Json5Boolean b) {
                return b.value();
            }
            if (p.value() instanceof Json5String s) {
                String v = s.value().trim().toLowerCase(Locale.ROOT);
                return Set.of("true", "1", "yes", "on").contains(v) ? Boolean.TRUE : Set.of("false", "0", "no", "off").contains(v) ? Boolean.FALSE : null;
            }
            return null;
        }

        /** `models.providers.<p>.headers`, then the model row's `headers` (the row wins). Credentials are masked. */
        private void customHeaders(Map<String, String> h) {
            List<Object[]> sources = new ArrayList<>();
            if (custom != null && custom.get("headers") instanceof Json5Object ph) {
                sources.add(new Object[] {ph, custom.path().key("headers")});
            }
            if (row != null && row.row().get("headers") instanceof Json5Object rh) {
                sources.add(new Object[] {rh, row.path().key("headers")});
            }
            for (Object[] source : sources) {
                for (Json5Member m : ((Json5Object) source[0]).members()) {
                    String name = m.name().toLowerCase(Locale.ROOT);
                    String value;
                    if (m.value() instanceof Json5String s) {
                        value = name.equals("authorization") ? (s.value().startsWith("Bearer ") ? "Bearer <auth>" : "<auth>")
                                : Secrets.isSecretKey(name) && Secrets.isSecretValueUnderKey(s.value()) ? "<auth>"
                                : Secrets.maskKeyShaped(s.value());
                    } else if (m.value() instanceof Json5Object) {
                        value = "<auth>"; // a SecretRef
                    } else {
                        continue;
                    }
                    h.put(name, value);
                    note("header:" + name, "set by `" + ((ConfigPath) source[1]).key(m.name()) + "`");
                }
            }
        }

        // ------------------------------------------------------------------ messages

        private ArrayNode messages(CompletionsModel model, Compat compat, boolean tools) {
            String role = model.reasoning() && compat.developerRole() ? "developer" : "system";
            ObjectNode sysMarker = marker(Where.SYSTEM);
            ObjectNode userMarker = marker(Where.LAST_USER);
            ArrayNode messages = F.arrayNode();
            ObjectNode system = messages.addObject().put("role", role);
            ObjectNode user = messages.addObject().put("role", "user");
            note("/messages/0/role", role.equals("developer") ? "reasoning models get the `developer` role on this endpoint"
                    : "the system prompt goes in a `system` message" + (model.reasoning() ? " (this endpoint takes no `developer` role)" : ""));
            if ("stable-dynamic".equals(profile.completionsSystemLayout())) {
                if (route.cache().sendsMarkers()) {
                    ArrayNode parts = system.putArray("content");
                    ObjectNode stable = parts.addObject().put("type", "text").put("text", "<text:" + role + ":stable>");
                    if (sysMarker != null) {
                        stable.set("cache_control", sysMarker);
                        cacheNote("/messages/0/content/0/cache_control", sysMarker);
                    }
                    parts.addObject().put("type", "text").put("text", "<text:" + role + ":dynamic>");
                    note("/messages/0/content", "with cache markers the system prompt is split at OpenClaw's cache boundary:"
                            + " a stable block (cached) and a per-turn block");
                    ObjectNode prompt = user.putArray("content").addObject().put("type", "text").put("text", "<text:user:prompt>");
                    if (userMarker != null) {
                        prompt.set("cache_control", userMarker);
                        cacheNote("/messages/1/content/0/cache_control", userMarker);
                    }
                } else {
                    system.put("content", "<text:" + role + ":stable+dynamic>");
                    user.put("content", "<text:user:prompt+runtime>");
                    note("/messages/0/content", "no cache markers on this route, so the system prompt is one plain string and the"
                            + " Runtime line moves into the prompt" + (route.cache().reasons().isEmpty() ? "" : ": " + String.join("; ", route.cache().reasons())));
                }
                if (tools) {
                    messages.addObject().put("role", "user").putArray("content").addObject().put("type", "text")
                            .put("text", "<text:user:internal-context>");
                    note("/messages/2", release + " sends its internal context as a separate user message after the prompt");
                }
            } else {
                // plain-prompt releases print the cache boundary inside one block; older ones have none
                String systemText = "plain-prompt".equals(profile.completionsSystemLayout()) ? "<text:" + role + ":stable+dynamic>" : "<text:" + role + ">";
                if (sysMarker != null) {
                    ObjectNode part = system.putArray("content").addObject().put("type", "text").put("text", systemText);
                    part.set("cache_control", sysMarker);
                    cacheNote("/messages/0/content/0/cache_control", sysMarker);
                } else {
                    system.put("content", systemText);
                }
                if ("plain-prompt".equals(profile.completionsSystemLayout())) {
                    user.put("content", "<text:user:prompt>");
                    note("/messages/1/content", release + " sends the prompt as a plain string"
                            + (userMarker != null ? ", so it carries no cache marker" : ""));
                } else {
                    ObjectNode prompt = user.putArray("content").addObject().put("type", "text").put("text", "<text:user:prompt>");
                    if (userMarker != null) {
                        prompt.set("cache_control", userMarker);
                        cacheNote("/messages/1/content/0/cache_control", userMarker);
                    }
                }
            }
            return messages;
        }

        private ObjectNode marker(Where where) {
            for (Marker m : route.cache().markers()) {
                if (m.where() == where) {
                    ObjectNode cc = F.objectNode().put("type", "ephemeral");
                    if (m.ttl() != null) {
                        cc.put("ttl", m.ttl());
                    }
                    return cc;
                }
            }
            return null;
        }

        private void cacheNote(String field, ObjectNode marker) {
            StringBuilder why = new StringBuilder(String.join("; ", route.cache().reasons()));
            Route.Retention r = route.retention();
            if (r.param() != null) {
                why.append(r.ignored() ? "; `" + r.param().path() + "` is not read here" : "; retention from `" + r.param().path() + "`");
            }
            if (marker.has("ttl")) {
                why.append("; `cacheRetention: \"long\"` gives ttl 1h");
            }
            note(field, why.toString());
        }

        // ------------------------------------------------------------------ body: 2026.2.6 (pi-ai) shape

        private void piAiBody(ObjectNode body, CompletionsModel model, Compat compat, Map<String, Param> params, String level) {
            if (compat.usageInStreaming()) {
                body.putObject("stream_options").put("include_usage", true);
                note("/stream_options", "usage reporting, " + compat.why());
            }
            if (compat.store()) {
                body.put("store", false);
                note("/store", compat.why());
            }
            Double maxParam = number(params.get("maxTokens"));
            int maxTokens = maxParam != null && maxParam > 0 ? (int) Math.floor(maxParam) : Math.min(model.maxTokens(), 32_000);
            body.put(compat.maxTokensField(), maxTokens);
            note("/" + compat.maxTokensField(), maxParam != null && maxParam > 0 ? "from `" + params.get("maxTokens").path() + "`"
                    : "min(" + model.maxTokens() + " from " + model.source() + ", 32000): " + release + " caps the default at 32000");
            Double temperature = number(params.get("temperature"));
            if (temperature != null) {
                putNumber(body, "temperature", temperature);
                note("/temperature", "from `" + params.get("temperature").path() + "`");
            }
            body.set("tools", CompletionsTools.build(CompletionsTools.names(false, model.image()), compat.strictFalse(), marker(Where.LAST_TOOL)));
            note("/tools", "OpenClaw's agent tools (representative list)" + (compat.strictFalse() ? "; `strict: false` on each" : ""));
            if (marker(Where.LAST_TOOL) != null) {
                cacheNote("/tools/-1/cache_control", marker(Where.LAST_TOOL));
            }
            if ("zai".equals(compat.thinkingFormat()) && model.reasoning()) {
                body.putObject("thinking").put("type", level.equals("off") ? "disabled" : "enabled");
                note("/thinking", thinkingLevelWhy);
            } else if (openRouter && model.reasoning() && "reasoning-object".equals(profile.openrouterReasoningField())) {
                // OpenClaw's OpenRouter wrapper writes reasoning.effort itself ("off" as "none")
                body.putObject("reasoning").put("effort", level.equals("off") ? "none" : level);
                note("/reasoning", thinkingLevelWhy + "; " + release + "'s OpenRouter wrapper sends it as `reasoning.effort`");
            } else if (!level.equals("off") && model.reasoning() && compat.reasoningEffort()) {
                String effort = level.equals("xhigh") && !(route.upstreamId().contains("gpt-5.2") || route.upstreamId().contains("gpt-5.3"))
                        ? "high" : level;
                String mapped = ReasoningEffort.mapped(effort, releaseCompat(), effortMap(model));
                body.put("reasoning_effort", mapped);
                note("/reasoning_effort", thinkingLevelWhy + (effort.equals(level) ? "" : ", sent as \"high\" (xhigh is not supported)")
                        + "; " + model.source() + " marks the model as reasoning" + mappedWhy(effort, mapped, model));
            } else if (model.reasoning()) {
                note("/reasoning_effort", thinkingLevelWhy + ": no reasoning_effort");
            }
            if (route.baseUrl().contains("openrouter.ai") && model.compat() != null && model.compat().get("openRouterRouting") instanceof Json5Object routing
                    && !routing.isEmpty()) {
                body.set("provider", json(routing));
                note("/provider", "from the model's `compat.openRouterRouting`");
            } else if (openRouter && params.containsKey("provider") && !profile.openrouterProviderRouting()) {
                note("/provider", "`" + params.get("provider").path() + "` is not forwarded by " + release + " (no `provider` routing object)");
            }
        }

        // ------------------------------------------------------------------ body: 2026.9.6 (managed transport) shape

        private void managedBody(ObjectNode body, CompletionsModel model, Compat compat, Map<String, Param> params, String level,
                boolean tools) {
            if (compat.usageInStreaming()) {
                body.putObject("stream_options").put("include_usage", true);
                note("/stream_options", "usage reporting: " + compat.why());
            }
            if (compat.store()) {
                body.put("store", false);
                note("/store", compat.why());
            }
            boolean full = "full".equals(profile.completionsExtraParams());
            putNumberParam(body, "temperature", params.get("temperature"));
            if (full) {
                putNumberParam(body, "top_p", params.get("topP"));
                putNumberParam(body, "frequency_penalty", first(params, "frequencyPenalty", "frequency_penalty"));
                putNumberParam(body, "presence_penalty", first(params, "presencePenalty", "presence_penalty"));
                putNumberParam(body, "seed", params.get("seed"));
                Param stop = params.get("stop");
                ArrayNode stops = stop == null ? null : NativePayloadData.stopSequences(stop.value());
                if (stops != null && !stops.isEmpty()) {
                    body.set("stop", stops);
                    note("/stop", "from `" + stop.path() + "`");
                }
            }
            if (tools) {
                body.set("tools", CompletionsTools.build(CompletionsTools.names(true, model.image()), false, marker(Where.LAST_TOOL)));
                note("/tools", "OpenClaw's agent tools, sorted by name (representative list; image tools only for image-input models)");
                if (marker(Where.LAST_TOOL) != null) {
                    cacheNote("/tools/-1/cache_control", marker(Where.LAST_TOOL));
                }
                if (compat.toolChoiceAuto() && profile.completionsToolChoiceAuto()) {
                    body.put("tool_choice", "auto");
                    note("/tool_choice", release + " sets `auto` explicitly on proxy-like endpoints");
                }
            } else {
                note("/messages", model.source() + " says the model takes no tools: no `tools`, no `tool_choice`, no internal-context message");
            }
            maxTokens(body, model, compat, params);
            reasoning(body, model, compat, level);
            if (openRouter && profile.openrouterProviderRouting()) {
                routing(body, params);
            }
            if (full) {
                Param extra = first(params, "extra_body", "extraBody");
                if (extra != null && extra.value() instanceof Json5Object extraBody) {
                    JsonNode merged = json(extraBody);
                    merged.fields().forEachRemaining(e -> body.set(e.getKey(), e.getValue()));
                    note("/", "keys of `" + extra.path() + "` are merged into the body last");
                }
                Param kwargs = first(params, "chat_template_kwargs", "chatTemplateKwargs");
                if (kwargs != null && kwargs.value() instanceof Json5Object k) {
                    ObjectNode target = body.get("chat_template_kwargs") instanceof ObjectNode o ? o : body.putObject("chat_template_kwargs");
                    target.setAll((ObjectNode) json(k));
                    note("/chat_template_kwargs", "from `" + kwargs.path() + "`");
                }
                Param parallel = first(params, "parallel_tool_calls", "parallelToolCalls");
                if (parallel != null && parallel.value() instanceof Json5Boolean b) {
                    body.put("parallel_tool_calls", b.value());
                    note("/parallel_tool_calls", "from `" + parallel.path() + "`");
                }
            }
        }

        private void maxTokens(ObjectNode body, CompletionsModel model, Compat compat, Map<String, Param> params) {
            Param param = first(params, "maxTokens", "max_completion_tokens", "max_tokens");
            Double requested = number(param);
            String field = "/" + compat.maxTokensField();
            if (requested != null && requested >= 1) {
                int value = (int) Math.min(Math.floor(requested), model.maxTokens());
                body.put(compat.maxTokensField(), value);
                note(field, "from `" + param.path() + "`" + (value < requested ? ", clamped to the model's limit " + model.maxTokens()
                        + " (" + model.source() + ")" : ""));
                return;
            }
            body.put(compat.maxTokensField(), model.maxTokens());
            String src = openRouter && modelList && row == null
                    ? (model.source().equals("the OpenRouter model list") ? "`top_provider.max_completion_tokens` in the OpenRouter model list"
                            + " (8192 when it has none)" : model.source() + ", so OpenClaw's default 8192")
                    : model.source();
            note(field, "the model's output limit, from " + src + "; `params.maxTokens` overrides it");
        }

        private void reasoning(ObjectNode body, CompletionsModel model, Compat compat, String level) {
            if (!model.reasoning()) {
                String why = model.source().equals("the OpenRouter model list")
                        ? "the OpenRouter model list does not mark this model as reasoning" : model.source() + " does not mark this model as reasoning";
                note("/reasoning", "no reasoning field: " + why + (thinkingLevelWhy == null ? "" : " (" + thinkingLevelWhy + ")"));
                return;
            }
            if ("openrouter".equals(compat.thinkingFormat()) && "reasoning-object".equals(profile.openrouterReasoningField())) {
                if (model.binary()) {
                    body.putObject("reasoning").put("enabled", !level.equals("off"));
                    note("/reasoning", thinkingLevelWhy + "; the model has no effort selector, so reasoning is on/off");
                    return;
                }
                String effort = model.efforts() == null ? (level.equals("off") ? "none" : level)
                        : CompletionsThinking.effort(level, model.efforts());
                if (effort == null) {
                    note("/reasoning", thinkingLevelWhy + "; no effort to send");
                    return;
                }
                body.putObject("reasoning").put("effort", effort);
                note("/reasoning", thinkingLevelWhy + (level.equals("off") ? ", sent as effort \"none\"" : "")
                        + "; the effort list comes from " + model.source());
                return;
            }
            if (compat.reasoningEffort()) {
                List<String> efforts = model.efforts() != null ? model.efforts() : List.of("low", "medium", "high");
                String direct = ReasoningEffort.mapped(level, releaseCompat(), effortMap(model));
                String effort = !direct.equals(level) ? direct : CompletionsThinking.effort(level, efforts);
                if (effort != null) {
                    body.put("reasoning_effort", effort);
                    note("/reasoning_effort", thinkingLevelWhy + mappedWhy(level, effort, model));
                }
                return;
            }
            note("/reasoning_effort", "no reasoning effort: " + compat.why() + " (" + thinkingLevelWhy + ")");
        }

        /** OpenRouter provider routing: provider-level, model-row and agent/model `params.provider`, merged one level deep. */
        private void routing(ObjectNode body, Map<String, Param> params) {
            String ec = route.endpointClass();
            String base = route.baseUrl().trim().replaceAll("/+$", "");
            boolean verified = base.equals("https://openrouter.ai/api/v1") || base.equals("https://openrouter.ai/v1")
                    || ec == null || "default".equals(ec);
            ObjectNode merged = F.objectNode();
            List<String> sources = new ArrayList<>();
            if (custom != null && custom.get("params") instanceof Json5Object pp && pp.get("provider") instanceof Json5Object r) {
                merged.setAll((ObjectNode) json(r));
                sources.add("`" + custom.path().key("params").key("provider") + "`");
            }
            if (row != null && row.row().get("params") instanceof Json5Object rp && rp.get("provider") instanceof Json5Object r) {
                merged.setAll((ObjectNode) json(r));
                sources.add("`" + row.path().key("params").key("provider") + "`");
            }
            Param own = route.params().get("provider");
            if (own != null && own.value() instanceof Json5Object r) {
                merged.setAll((ObjectNode) json(r));
                sources.add("`" + own.path() + "`");
            }
            if (merged.isEmpty()) {
                return;
            }
            if (!verified) {
                note("/provider", "OpenRouter provider routing (" + String.join(", ", sources) + ") is not sent: " + release
                        + " adds it only on requests to openrouter.ai");
                return;
            }
            body.set("provider", merged);
            note("/provider", "OpenRouter provider routing from " + String.join(" + ", sources));
        }

        // ------------------------------------------------------------------ helpers

        private void putNumberParam(ObjectNode body, String field, Param p) {
            Double v = number(p);
            if (v != null) {
                putNumber(body, field, v);
                note("/" + field, "from `" + p.path() + "`");
            }
        }

        private static void putNumber(ObjectNode body, String field, double v) {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                body.put(field, (long) v);
            } else {
                body.put(field, v);
            }
        }


        /** A config value as JSON for the body (secrets redacted, as everywhere in clawc's output). */
        private static JsonNode json(Json5Value value) {
            if (value instanceof Json5Null) {
                return F.nullNode();
            }
            StringWriter out = new StringWriter();
            new StrictJsonWriter().write(value, out, false);
            try {
                return JSON.readTree(out.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void note(String field, String reason) {
            if (reason == null) {
                return;
            }
            for (int i = 0; i < notes.size(); i++) {
                if (notes.get(i).field().equals(field)) {
                    notes.set(i, new Explanation.FieldNote(field, notes.get(i).reason() + "; " + reason));
                    return;
                }
            }
            notes.add(new Explanation.FieldNote(field, reason));
        }
    }
}

package dev.clawc.config;

import dev.clawc.config.Route.CachePlan;
import dev.clawc.config.Route.Marker;
import dev.clawc.config.Route.Param;
import dev.clawc.config.Route.Retention;
import dev.clawc.config.Route.Where;
import dev.clawc.diag.ConfigPath;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Works out the {@link Route} of every model an agent can send requests to, the way the target
 * OpenClaw release does: the chat chain per agent (a per-agent model drops the default fallbacks),
 * provider and endpoint, the params layers that release merges (exact-key lookup), the cache
 * retention it resolves and the cache markers it emits (facts §2.2, §4.1, §5, §7).
 */
public final class RoutePlanner {
    /** Hosts on which OpenClaw upgrades an env-driven long retention to a 1h TTL (facts §7.2). */
    private static final List<String> LONG_TTL_HOSTS = List.of("api.anthropic.com", "aiplatform.googleapis.com",
            "aiplatform.us.rep.googleapis.com", "aiplatform.eu.rep.googleapis.com");

    private final ConfigModel config;
    private final VersionProfile profile;
    private final Map<String, String> env;

    public RoutePlanner(ConfigModel config, Map<String, String> env) {
        this.config = config;
        this.profile = config.profile();
        this.env = env;
    }

    /** The agents whose requests are planned: the configured ones, or OpenClaw's implicit "main". */
    public List<String> agentIds() {
        List<String> ids = new ArrayList<>();
        for (Agent agent : config.agents()) {
            ids.add(agent.id());
        }
        if (ids.isEmpty()) {
            ids.add("main");
        }
        return ids;
    }

    /** Every agent's chat chain: primary, then fallbacks in the order OpenClaw tries them. */
    public List<Route> chains() {
        List<Route> routes = new ArrayList<>();
        for (String agentId : agentIds()) {
            routes.addAll(chain(agentId));
        }
        return routes;
    }

    /** One agent's chat chain. Unresolvable entries are skipped, as OpenClaw skips them. */
    public List<Route> chain(String agentId) {
        Agent agent = config.agent(agentId);
        List<Slot> own = new ArrayList<>();
        boolean agentSetsModel = false;
        if (agent != null) {
            for (Slot slot : config.slots()) {
                if (agentId.equals(slot.agentId()) && slot.kind() != Slot.Kind.OTHER) {
                    own.add(slot);
                    agentSetsModel |= slot.kind() == Slot.Kind.PRIMARY;
                }
            }
        }
        List<Slot> chain = new ArrayList<>();
        if (agentSetsModel) {
            chain.addAll(own); // a per-agent model brings its own fallbacks, or none (facts §2.2)
        } else {
            for (Slot slot : config.slots()) {
                if (slot.agentId() == null && slot.kind() != Slot.Kind.OTHER && slot.path().segments().get(0).equals("agents")) {
                    chain.add(slot);
                }
            }
        }
        List<Route> routes = new ArrayList<>();
        for (Slot slot : chain) {
            String name = slot.kind() == Slot.Kind.PRIMARY ? "primary" : "fallbacks[" + slot.fallbackIndex() + "]";
            Route route = route(agentId, name, slot, slot.text());
            if (route != null) {
                routes.add(route);
            }
        }
        return routes;
    }

    /**
     * The API kind a provider's requests use: the model row's {@code api}, the provider's, the built-in provider's,
     * else {@code openai-completions} for a custom provider with a base URL (facts §5.2); null when none applies.
     */
    public static String apiOf(ConfigModel config, String providerId, Json5Object row) {
        CustomProvider custom = config.providers().get(providerId);
        ProviderCatalog.BuiltinProvider builtin = config.catalog().get(providerId.toLowerCase(Locale.ROOT));
        return firstNonNull(string(row, "api"), custom == null ? null : custom.api(), builtin == null ? null : builtin.api(),
                custom != null && custom.baseUrl() != null ? "openai-completions" : null);
    }

    /** The route for a ref as the given agent would use it; null when the text is not a usable ref. */
    public Route route(String agentId, String slotName, Slot slot, String refText) {
        String scope = config.agent(agentId) != null ? agentId : null;
        ConfigModel.Resolution resolution = config.resolve(refText, scope);
        if (resolution == null || resolution.ref() == null) {
            return null;
        }
        ModelRef ref = resolution.ref();
        if (ref.isBare()) {
            // an alias on a bare models-map key: OpenClaw resolves that key like any bare ref
            ConfigModel.Resolution bare = config.resolve(ref.model(), scope);
            ref = bare == null || bare.ref() == null || bare.ref().isBare()
                    ? ModelRefs.parse(config.defaultProvider() + "/" + ref.model(), config.version()) : bare.ref();
            if (ref == null) {
                return null;
            }
        }
        String provider = ref.provider();
        if (provider == null) {
            // Fuzz finding 5 (bench/fuzz.md) came from an alias on a bare models-map key, resolved above; this
            // guard stays so that any other ref without a provider gets no route instead of a crash.
            return null;
        }
        CustomProvider custom = config.providers().get(provider);
        ProviderCatalog.BuiltinProvider builtin = config.catalog().get(provider);
        Json5Object row = custom == null ? null : custom.row(ref.model());

        String api = apiOf(config, provider, row);
        String configuredBaseUrl = firstNonNull(string(row, "baseUrl"), custom == null ? null : custom.baseUrl());
        String baseUrl = configuredBaseUrl != null ? configuredBaseUrl : builtin == null ? null : builtin.baseUrl();
        BuiltinRows.Fate fate = BuiltinRows.fate(config, custom, row);
        if (fate != BuiltinRows.Fate.PROVIDER) {
            api = "openai-responses"; // the row does not inherit the built-in transport
            baseUrl = fate == BuiltinRows.Fate.OPENAI ? BuiltinRows.OPENAI_BASE_URL : null; // refused: no URL at all
        }
        String host = host(baseUrl);
        String endpointClass = endpointClass(provider, host, configuredBaseUrl != null);
        Map<String, Param> params = params(agentId, ref);
        Retention retention = retention(provider, api, host, ref, params, row, endpointClass);
        CachePlan cache = cachePlan(provider, api, host, endpointClass, ref, retention, row, custom);
        return new Route(agentId, slotName, slot, ref, resolution.via(), provider, api, baseUrl, host, endpointClass,
                configuredBaseUrl != null, ref.model(), Collections.unmodifiableMap(params), retention, cache);
    }

    // ------------------------------------------------------------------ params

    /**
     * The params OpenClaw merges for this agent and model, shallowly, later layers winning. Each layer
     * is looked up by the exact canonical key (or the legacy raw key), so a key written differently
     * never matches (facts §4.1). Which layers exist depends on the release (§4.3).
     */
    public Map<String, Param> params(String agentId, ModelRef ref) {
        Map<String, Param> merged = new LinkedHashMap<>();
        Agent agent = config.agent(agentId);
        if (profile.defaultsParams()) {
            layer(merged, config.defaults().params(), config.defaults().path().key("params"));
        }
        ModelEntry defaultsEntry = entryFor(null, ref);
        if (defaultsEntry != null) {
            layer(merged, defaultsEntry.params(), defaultsEntry.path().key("params"));
        }
        if (agent != null && !agent.legacy() && profile.agentsEntries()) {
            ModelEntry agentEntry = entryFor(agentId, ref);
            if (agentEntry != null) {
                layer(merged, agentEntry.params(), agentEntry.path().key("params"));
            }
        }
        if (agent != null && profile.agentParams()) {
            layer(merged, agent.params(), agent.path().key("params"));
        }
        return merged;
    }

    /** The models-map entry OpenClaw finds for a ref: by exact canonical key, else the legacy raw key. */
    public ModelEntry entryFor(String agentId, ModelRef ref) {
        String key = ModelRefs.canonicalKey(ref.provider(), ref.model());
        String legacy = ModelRefs.legacyKey(ref.provider(), ref.model());
        ModelEntry exact = null;
        ModelEntry old = null;
        for (ModelEntry entry : config.modelEntries(agentId)) {
            if (entry.key().equals(key)) {
                exact = entry; // duplicates: the last written wins, as in the parsed object
            } else if (entry.key().equals(legacy)) {
                old = entry;
            }
        }
        return exact != null ? exact : old;
    }

    private static void layer(Map<String, Param> merged, Json5Object params, ConfigPath path) {
        if (params == null) {
            return;
        }
        for (Json5Member member : params.members()) {
            merged.put(member.name(), new Param(member.name(), member.value(), path.key(member.name())));
        }
    }

    // ------------------------------------------------------------------ retention

    private Retention retention(String provider, String api, String host, ModelRef ref, Map<String, Param> params,
            Json5Object row, String endpointClass) {
        Param explicit = params.get("cacheRetention");
        String explicitValue = explicit != null && explicit.value() instanceof Json5String s
                && List.of("none", "short", "long").contains(s.value()) ? s.value() : null;
        if (explicitValue == null) {
            Param legacy = params.get("cacheControlTtl");
            if (legacy != null && legacy.value() instanceof Json5String s) {
                explicitValue = s.value().equals("5m") ? "short" : s.value().equals("1h") ? "long" : null;
                explicit = explicitValue != null ? legacy : explicit;
            }
        }
        String envDefault = "long".equals(env.get(profile.cacheRetentionEnv())) ? "long" : "short";
        String envSource = envDefault.equals("long") ? profile.cacheRetentionEnv() + "=long" : "the transport default";

        if (isOpenRouterAnthropic(provider, ref) && profile.openrouterAnthropicCacheIgnoresRetention()) {
            return new Retention(null, "ignored for OpenRouter on OpenClaw " + profile.version(), explicit, explicitValue != null);
        }
        if (profile.retentionOnlyForAnthropicProvider() && !provider.equals("anthropic")) {
            // the param never reaches the transport; Anthropic-style transports use their default
            return new Retention("anthropic-messages".equals(api) ? envDefault : null,
                    "anthropic-messages".equals(api) ? envSource : "not applied on this route", explicit, explicitValue != null);
        }
        boolean anthropicFormat = "anthropic".equals(string(object(row, "compat"), "cacheControlFormat"));
        if (explicitValue != null && (eligible(provider, api, endpointClass, ref) || anthropicFormat)) {
            return new Retention(explicitValue, "params", explicit, false);
        }
        if (explicitValue != null) {
            return new Retention(null, "not eligible", explicit, false);
        }
        if (provider.equals("anthropic") || provider.equals("anthropic-vertex") || "anthropic-messages".equals(api)
                || isOpenRouterAnthropic(provider, ref)) {
            return new Retention(envDefault, envSource, null, false);
        }
        return new Retention(null, "not eligible", null, false);
    }

    // ------------------------------------------------------------------ markers

    private CachePlan cachePlan(String provider, String api, String host, String endpointClass, ModelRef ref,
            Retention retention, Json5Object row, CustomProvider custom) {
        List<Marker> markers = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        boolean explicitLong = retention.param() != null && "long".equals(retention.value()) && !retention.ignored();

        if ("openai-completions".equals(api) || provider.equals("openrouter")) {
            boolean byHost = profile.openrouterMarkersByHost() && "openrouter".equals(endpointClass); // any provider id
            boolean openRouterRoute = byHost || provider.equals("openrouter")
                    && (profile.openrouterMarkerRouteGate().equals("provider-id") || "openrouter".equals(endpointClass));
            boolean anthropicFormat = "anthropic".equals(string(object(row, "compat"), "cacheControlFormat"))
                    && profile.openrouterToolMarker();
            if (!(openRouterRoute && ref.model().startsWith("anthropic/")) && !anthropicFormat) {
                if (provider.equals("openrouter") && ref.model().startsWith("anthropic/")) {
                    reasons.add("OpenClaw " + profile.version() + " adds cache markers only on requests to openrouter.ai;"
                            + " this route's base URL points elsewhere");
                }
                return new CachePlan(List.of(), reasons);
            }
            if (!profile.openrouterAnthropicMarkers()) {
                reasons.add("OpenClaw " + profile.version() + " sends no cache markers on OpenRouter `anthropic/*` requests");
                return new CachePlan(List.of(), reasons);
            }
            if (retention.ignored() || (retention.value() == null && profile.openrouterAnthropicCacheIgnoresRetention())) {
                reasons.add("OpenClaw " + profile.version() + " marks every OpenRouter `anthropic/*` request and does not"
                        + " read `cacheRetention` there");
            } else if ("none".equals(retention.value())) {
                reasons.add("`cacheRetention: \"none\"` removes the markers");
                return new CachePlan(List.of(), reasons);
            }
            boolean openRouterVerified = openRouterRoute && "openrouter".equals(endpointClass);
            boolean longAllowed = openRouterVerified ? !"false".equals(compatFlag(row, "supportsLongCacheRetention"))
                    : "true".equals(compatFlag(row, "supportsLongCacheRetention"));
            String ttl = profile.openrouterLongTtl() && explicitLong && longAllowed ? "1h" : null;
            if (profile.openrouterSystemPromptMarker()) {
                markers.add(new Marker(Where.SYSTEM, ttl));
            }
            markers.add(new Marker(Where.LAST_USER, ttl));
            if (profile.openrouterToolMarker()) {
                markers.add(new Marker(Where.LAST_TOOL, ttl));
            }
            reasons.add(provider.equals("openrouter") ? "OpenRouter `anthropic/*` models get Anthropic-style `cache_control` markers"
                    : "OpenClaw " + profile.version() + " marks `anthropic/*` requests to openrouter.ai whatever the provider id"
                    + " (`" + provider + "` here)");
            return new CachePlan(markers, reasons);
        }
        if ("anthropic-messages".equals(api)) {
            if ("none".equals(retention.value())) {
                reasons.add("`cacheRetention: \"none\"` removes the markers");
                return new CachePlan(List.of(), reasons);
            }
            boolean hostHasLong = host != null && (LONG_TTL_HOSTS.contains(host) || host.endsWith("-aiplatform.googleapis.com"));
            boolean longAllowed = !provider.equals("fireworks") && !"false".equals(compatFlag(row, "supportsLongCacheRetention"));
            String ttl = "long".equals(retention.value()) && (explicitLong || hostHasLong) && longAllowed ? "1h" : null;
            markers.add(new Marker(Where.SYSTEM, ttl));
            markers.add(new Marker(Where.LAST_USER, ttl));
            if (profile.anthropicToolMarker() && !provider.equals("fireworks")) {
                markers.add(new Marker(Where.LAST_TOOL, ttl));
            }
            reasons.add(provider.equals("anthropic") ? "Anthropic Messages requests carry cache markers"
                    : "the Anthropic Messages transport marks requests even for custom providers");
            return new CachePlan(markers, reasons);
        }
        return new CachePlan(List.of(), reasons);
    }

    /** Routes where OpenClaw applies a retention at all (facts §7.1, simplified to what clawc models). */
    private static boolean eligible(String provider, String api, String endpointClass, ModelRef ref) {
        if (provider.equals("anthropic") || provider.equals("anthropic-vertex") || "anthropic-messages".equals(api)) {
            return true;
        }
        if (provider.equals("amazon-bedrock") || "bedrock-converse-stream".equals(api)) {
            return true;
        }
        if (isOpenRouterAnthropic(provider, ref)) {
            return true;
        }
        if (api != null && api.startsWith("openai-") && "openai".equals(endpointClass)) {
            return true; // native OpenAI: prompt_cache_key and retention
        }
        return "google-generative-ai".equals(api) && (ref.model().startsWith("gemini-2.5") || ref.model().startsWith("gemini-3"));
    }

    private static boolean isOpenRouterAnthropic(String provider, ModelRef ref) {
        return provider.equals("openrouter") && ref.model().startsWith("anthropic/");
    }

    // ------------------------------------------------------------------ endpoint helpers

    private String endpointClass(String provider, String host, boolean configured) {
        if (host == null) {
            return configured ? "custom" : "default";
        }
        for (String id : config.catalog().ids()) {
            ProviderCatalog.BuiltinProvider p = config.catalog().get(id);
            for (String suffix : p.hosts()) {
                if (host.equals(suffix) || host.endsWith("." + suffix)) {
                    return p.id();
                }
            }
        }
        if (host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.startsWith("10.")
                || host.startsWith("192.168.") || host.endsWith(".local")) {
            return "local";
        }
        return "custom";
    }

    static String host(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(baseUrl.trim()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Json5Object object(Json5Object parent, String key) {
        return parent == null ? null : Nodes.object(parent.get(key));
    }

    private static String string(Json5Object o, String key) {
        return o == null ? null : Nodes.string(o.get(key));
    }

    /** "true", "false" or null: a model row's `compat` flag as written. */
    private static String compatFlag(Json5Object row, String key) {
        Json5Object compat = object(row, "compat");
        return compat != null && compat.get(key) instanceof Json5Boolean b ? String.valueOf(b.value()) : null;
    }

    static boolean flag(Json5Object o, String key) {
        return o != null && o.get(key) instanceof Json5Boolean b && b.value();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}

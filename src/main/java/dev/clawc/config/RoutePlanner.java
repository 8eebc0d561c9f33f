package dev.clawc.config;

import dev.clawc.config.Route.CachePlan;
import dev.clawc.config.Route.Param;
import dev.clawc.config.Route.Retention;
import dev.clawc.json5.Json5Object;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Works out the {@link Route} of every model an agent can send requests to, the way the target
 * OpenClaw release does: the chat chain per agent (a per-agent model drops the default fallbacks),
 * provider and endpoint, the params layers that release merges (exact-key lookup), the cache
 * retention it resolves and the cache markers it emits (facts §2.2, §4.1, §5, §7). The last three are
 * {@link RouteParams}, {@link RouteRetention} and {@link RouteCacheMarkers}; the endpoint class is {@link EndpointClass}.
 */
public final class RoutePlanner {
    private final ConfigModel config;
    private final RouteParams params;
    private final RouteRetention retention;
    private final RouteCacheMarkers markers;

    public RoutePlanner(ConfigModel config, Map<String, String> env) {
        this.config = config;
        this.params = new RouteParams(config);
        this.retention = new RouteRetention(config.profile(), env);
        this.markers = new RouteCacheMarkers(config.profile());
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
        return firstNonNull(Nodes.string(row, "api"), custom == null ? null : custom.api(), builtin == null ? null : builtin.api(),
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
        String configuredBaseUrl = firstNonNull(Nodes.string(row, "baseUrl"), custom == null ? null : custom.baseUrl());
        String baseUrl = configuredBaseUrl != null ? configuredBaseUrl : builtin == null ? null : builtin.baseUrl();
        BuiltinRows.Fate fate = BuiltinRows.fate(config, custom, row);
        if (fate != BuiltinRows.Fate.PROVIDER) {
            api = "openai-responses"; // the row does not inherit the built-in transport
            baseUrl = fate == BuiltinRows.Fate.OPENAI ? BuiltinRows.OPENAI_BASE_URL : null; // refused: no URL at all
        }
        String host = EndpointClass.host(baseUrl);
        String endpointClass = EndpointClass.of(config.catalog(), host, configuredBaseUrl != null);
        Map<String, Param> merged = params(agentId, ref);
        Retention kept = retention.of(provider, api, ref, merged, row, endpointClass);
        CachePlan cache = markers.plan(provider, api, host, endpointClass, ref, kept, row);
        return new Route(agentId, slotName, slot, ref, resolution.via(), provider, api, baseUrl, host, endpointClass,
                configuredBaseUrl != null, ref.model(), Collections.unmodifiableMap(merged), kept, cache);
    }

    /** The params OpenClaw merges for this agent and model (see {@link RouteParams}). */
    public Map<String, Param> params(String agentId, ModelRef ref) {
        return params.merged(agentId, ref);
    }

    /** The models-map entry OpenClaw finds for a ref: by exact canonical key, else the legacy raw key. */
    public ModelEntry entryFor(String agentId, ModelRef ref) {
        return params.entryFor(agentId, ref);
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


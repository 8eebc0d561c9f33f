package dev.clawc.config;

import dev.clawc.release.OpenClawVersion;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Number;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.ParseResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What clawc knows about individual models, read from {@code rules/models.json5}: caching behaviour, limits,
 * retirement and (for OpenRouter) the hosts behind a model, keyed by route = provider + upstream id; plus
 * which ids OpenClaw itself accepts per release where its catalog is closed. A model missing here is
 * unknown, which is never a finding by itself.
 */
public final class ModelCatalog {
    public static final String RESOURCE = "/clawc/rules/models.json5";

    private static volatile ModelCatalog bundled;

    private final List<ModelInfo> models;
    private final Map<String, ModelInfo> byRoute;
    private final Map<String, List<String>> idPrefixes;
    private final Map<OpenClawVersion, Release> releases;

    private ModelCatalog(List<ModelInfo> models, Map<String, List<String>> idPrefixes, Map<OpenClawVersion, Release> releases) {
        this.models = Collections.unmodifiableList(models);
        this.idPrefixes = idPrefixes;
        this.releases = releases;
        Map<String, ModelInfo> index = new HashMap<>();
        for (ModelInfo model : models) {
            index.putIfAbsent(route(model.provider(), model.id()), model);
        }
        for (ModelInfo model : models) {
            for (String alias : model.aliases()) {
                index.putIfAbsent(route(model.provider(), alias), model);
            }
        }
        this.byRoute = index;
    }

    /** What OpenClaw accepts on one release: closed providers with their ids, and ids it refuses anyway. */
    private record Release(Map<String, Closed> closed, Map<String, String> refused) {
    }

    private record Closed(Set<String> knows, List<String> prefixes, Map<String, String> aliases, Map<String, String> renames) {

        boolean accepts(String id) {
            String lower = id.toLowerCase(Locale.ROOT);
            String target = aliases.getOrDefault(lower, lower);
            if (knows.contains(target)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (lower.equals(prefix) || lower.startsWith(prefix + "-")) {
                    return true;
                }
            }
            return false;
        }
    }

    public static ModelCatalog bundled() {
        ModelCatalog instance = bundled;
        if (instance == null) {
            synchronized (ModelCatalog.class) {
                instance = bundled;
                if (instance == null) {
                    instance = parse(BundledData.text(RESOURCE), "models.json5");
                    bundled = instance;
                }
            }
        }
        return instance;
    }

    public static ModelCatalog parse(String text, String name) {
        ParseResult parsed = Json5Reader.read(new SourceFile(name, text));
        if (parsed.hasErrors() || !(parsed.value() instanceof Json5Object root)) {
            throw new IllegalStateException("bad model catalog " + name + ": " + parsed.diagnostics());
        }
        List<ModelInfo> models = new ArrayList<>();
        if (root.get("models") instanceof Json5Array array) {
            for (Json5Value value : array.elements()) {
                models.add(model((Json5Object) value));
            }
        }
        Map<String, List<String>> prefixes = new HashMap<>();
        if (root.get("idPrefixes") instanceof Json5Object o) {
            for (Json5Member member : o.members()) {
                prefixes.put(member.name(), strings(o, member.name()));
            }
        }
        Map<OpenClawVersion, Release> releases = new LinkedHashMap<>();
        if (root.get("openclawCatalog") instanceof Json5Object o) {
            for (Json5Member member : o.members()) {
                releases.put(OpenClawVersion.parse(member.name()), release((Json5Object) member.value()));
            }
        }
        return new ModelCatalog(models, prefixes, releases);
    }

    /** Every entry, in file order. */
    public List<ModelInfo> models() {
        return models;
    }

    /**
     * The entry for a route, matching ids and aliases (case-insensitively; a Bedrock cross-region prefix such
     * as {@code us.} is ignored). Null when clawc does not know the model.
     */
    public ModelInfo find(String provider, String upstreamId) {
        if (provider == null || upstreamId == null) {
            return null;
        }
        String p = provider.trim().toLowerCase(Locale.ROOT);
        String id = upstreamId.trim();
        ModelInfo found = byRoute.get(route(p, id));
        if (found == null) {
            for (String prefix : idPrefixes.getOrDefault(p, List.of())) {
                if (id.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    found = byRoute.get(route(p, id.substring(prefix.length())));
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Whether OpenClaw release {@code v} resolves {@code provider/modelId} without configuration: TRUE or FALSE
     * where its catalog for that provider is closed (FALSE: it stops with {@code Unknown model}, or refuses
     * the id with a reason), null where it resolves the provider's ids dynamically or clawc does not know
     * that release's catalog. Applies to the release recorded and its {@code -N} rebuilds only.
     */
    public Boolean knownToOpenClaw(String provider, String modelId, OpenClawVersion v) {
        Release release = release(v);
        if (release == null || provider == null || modelId == null) {
            return null;
        }
        String p = provider.trim().toLowerCase(Locale.ROOT);
        String id = modelId.trim();
        if (release.refused().containsKey(route(p, id))) {
            return Boolean.FALSE;
        }
        Closed closed = release.closed().get(p);
        if (closed == null) {
            return null;
        }
        return closed.accepts(id);
    }

    /** The reason OpenClaw release {@code v} gives when it refuses an id of an open provider, or null. */
    public String refusalReason(String provider, String modelId, OpenClawVersion v) {
        Release release = release(v);
        return release == null || provider == null || modelId == null ? null
                : release.refused().get(route(provider.trim().toLowerCase(Locale.ROOT), modelId.trim()));
    }

    /** The id OpenClaw's doctor rewrites an unknown id to on release {@code v} (closed catalogs), or null. */
    public String openClawRename(String provider, String modelId, OpenClawVersion v) {
        Release release = release(v);
        Closed closed = release == null || provider == null ? null : release.closed().get(provider.trim().toLowerCase(Locale.ROOT));
        return closed == null || modelId == null ? null : closed.renames().get(modelId.trim().toLowerCase(Locale.ROOT));
    }

    /** True when clawc has OpenClaw's catalog for this release (its closed providers are listed). */
    public boolean hasOpenClawCatalog(OpenClawVersion v) {
        return release(v) != null;
    }

    private Release release(OpenClawVersion v) {
        if (v == null) {
            return null;
        }
        for (Map.Entry<OpenClawVersion, Release> entry : releases.entrySet()) {
            OpenClawVersion key = entry.getKey();
            if (key.year() == v.year() && key.month() == v.month() && key.day() == v.day()) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String route(String provider, String id) {
        return provider + "\u0000" + id.toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ reading

    private static ModelInfo model(Json5Object o) {
        ModelInfo.Retirement retired = null;
        if (o.get("retired") instanceof Json5Object r) {
            retired = new ModelInfo.Retirement(string(r, "on"), string(r, "by"), string(r, "replacement"), string(r, "note"));
        }
        List<ModelInfo.Host> hosts = new ArrayList<>();
        if (o.get("hosts") instanceof Json5Array array) {
            for (Json5Value value : array.elements()) {
                Json5Object h = (Json5Object) value;
                hosts.add(new ModelInfo.Host(string(h, "slug"), string(h, "cachePoints"), string(h, "note")));
            }
        }
        String provider = string(o, "provider");
        return new ModelInfo(provider == null ? null : provider.toLowerCase(Locale.ROOT), string(o, "id"),
                strings(o, "aliases"), string(o, "caching"), integer(o, "maxBreakpoints"), strings(o, "ttls"),
                integer(o, "minCacheTokens"), number(o, "contextWindow"), number(o, "maxOutput"), retired,
                Collections.unmodifiableList(hosts), string(o, "note"), string(o, "source"), string(o, "asOf"));
    }

    private static Release release(Json5Object o) {
        Map<String, Map<String, String>> aliases = new HashMap<>();
        if (o.get("aliases") instanceof Json5Object a) {
            for (Json5Member member : a.members()) {
                aliases.put(member.name(), lowerMap(Nodes.object(member.value())));
            }
        }
        Map<String, List<String>> prefixes = new HashMap<>();
        if (o.get("knowsPrefixes") instanceof Json5Object a) {
            for (Json5Member member : a.members()) {
                prefixes.put(member.name(), lower(strings(a, member.name())));
            }
        }
        Map<String, Closed> closed = new LinkedHashMap<>();
        if (o.get("closed") instanceof Json5Object c) {
            for (Json5Member member : c.members()) {
                Json5Object body = (Json5Object) member.value();
                String provider = member.name();
                closed.put(provider, new Closed(new LinkedHashSet<>(lower(strings(body, "knows"))),
                        prefixes.getOrDefault(provider, List.of()), aliases.getOrDefault(provider, Map.of()),
                        lowerMap(Nodes.object(body.get("renames")))));
            }
        }
        Map<String, String> refused = new HashMap<>();
        if (o.get("refused") instanceof Json5Array array) {
            for (Json5Value value : array.elements()) {
                Json5Object r = (Json5Object) value;
                for (String id : strings(r, "ids")) {
                    refused.put(route(string(r, "provider"), id), string(r, "reason"));
                }
            }
        }
        return new Release(closed, refused);
    }

    private static String string(Json5Object o, String key) {
        return o.get(key) instanceof Json5String s ? s.value() : null;
    }

    private static Integer integer(Json5Object o, String key) {
        return o.get(key) instanceof Json5Number n ? (int) n.doubleValue() : null;
    }

    private static Long number(Json5Object o, String key) {
        return o.get(key) instanceof Json5Number n ? (long) n.doubleValue() : null;
    }

    private static List<String> strings(Json5Object o, String key) {
        List<String> out = new ArrayList<>();
        if (o.get(key) instanceof Json5Array array) {
            for (Json5Value v : array.elements()) {
                if (v instanceof Json5String s) {
                    out.add(s.value());
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static List<String> lower(List<String> in) {
        List<String> out = new ArrayList<>();
        for (String s : in) {
            out.add(s.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static Map<String, String> lowerMap(Json5Object o) {
        Map<String, String> out = new HashMap<>();
        if (o != null) {
            for (Json5Member member : o.members()) {
                if (member.value() instanceof Json5String s) {
                    out.put(member.name().toLowerCase(Locale.ROOT), s.value());
                }
            }
        }
        return out;
    }
}

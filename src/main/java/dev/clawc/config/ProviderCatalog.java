package dev.clawc.config;

import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.ParseResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The providers OpenClaw knows without configuration, read from {@code rules/providers.json5}. */
public final class ProviderCatalog {
    public static final String RESOURCE = "/clawc/rules/providers.json5";

    private static volatile ProviderCatalog bundled;

    private final Map<String, BuiltinProvider> byId;
    private final Set<String> overlayIds;

    private ProviderCatalog(Map<String, BuiltinProvider> byId, Set<String> overlayIds) {
        this.byId = byId;
        this.overlayIds = overlayIds;
    }

    /** One built-in provider. {@code api}, {@code baseUrl} may be null where not modelled. */
    public record BuiltinProvider(String id, List<String> aliases, String api, String baseUrl, List<String> hosts,
            List<String> envVars, String auth) {

        public boolean needsNoCredentials() {
            return auth.equals("local");
        }
    }

    public static synchronized ProviderCatalog bundled() {
        ProviderCatalog instance = bundled;
        if (instance == null) {
            instance = parse(BundledData.text(RESOURCE), "providers.json5");
            bundled = instance;
        }
        return instance;
    }

    public static ProviderCatalog parse(String text, String name) {
        ParseResult parsed = Json5Reader.read(new SourceFile(name, text));
        if (parsed.hasErrors() || !(parsed.value() instanceof Json5Object root)) {
            throw new IllegalStateException("bad provider catalog " + name + ": " + parsed.diagnostics());
        }
        Map<String, BuiltinProvider> byId = new LinkedHashMap<>();
        if (root.get("providers") instanceof Json5Array providers) {
            for (Json5Value entry : providers.elements()) {
                Json5Object p = (Json5Object) entry;
                BuiltinProvider provider = new BuiltinProvider(
                        Json.string(p, "id"), Json.strings(p, "aliases"), Json.string(p, "api"),
                        Json.string(p, "baseUrl"), Json.strings(p, "hosts"), Json.strings(p, "envVars"),
                        Json.string(p, "auth") == null ? "api-key" : Json.string(p, "auth"));
                byId.put(provider.id(), provider);
                for (String alias : provider.aliases()) {
                    byId.putIfAbsent(alias, provider);
                }
            }
        }
        Set<String> overlays = new LinkedHashSet<>(Json.strings(root, "overlayIds"));
        return new ProviderCatalog(Collections.unmodifiableMap(byId), Collections.unmodifiableSet(overlays));
    }

    /** The built-in provider for an id or alias (lowercase), or null. */
    public BuiltinProvider get(String id) {
        return byId.get(id);
    }

    public boolean isBuiltin(String id) {
        return byId.containsKey(id);
    }

    /** Ids that may be configured under `models.providers` without baseUrl and models. */
    public boolean isOverlay(String id) {
        return overlayIds.contains(id);
    }

    /** Every id and alias, for did-you-mean. */
    public Collection<String> ids() {
        return new ArrayList<>(byId.keySet());
    }

    /** Small helpers to read the catalog's own JSON5. */
    static final class Json {
        private Json() {
        }

        static String string(Json5Object o, String key) {
            return o.get(key) instanceof Json5String s ? s.value() : null;
        }

        static List<String> strings(Json5Object o, String key) {
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
    }
}

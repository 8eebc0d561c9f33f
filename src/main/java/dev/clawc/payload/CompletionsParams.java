package dev.clawc.payload;

import dev.clawc.config.Route.Param;
import dev.clawc.diag.ConfigPath;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Number;
import dev.clawc.json5.Json5Object;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The params that shape an {@code openai-completions} body, by name, with the readers OpenClaw applies to them. */
final class CompletionsParams {
    private final Map<String, Param> byName;

    private CompletionsParams(Map<String, Param> byName) {
        this.byName = byName;
    }

    /**
     * The route's params. On releases that forward the full set, OpenRouter also merges
     * `models.providers.openrouter.params` and the model row's params underneath the agent/model layers.
     */
    static CompletionsParams effective(CompletionsRoute r) {
        Map<String, Param> merged = new LinkedHashMap<>();
        if (r.managed() && r.openRouter() && "full".equals(r.profile().completionsExtraParams())) {
            if (r.custom() != null && r.custom().get("params") instanceof Json5Object providerParams) {
                layer(merged, providerParams, r.custom().path().key("params"));
            }
            if (r.row() != null && r.row().row().get("params") instanceof Json5Object rowParams) {
                layer(merged, rowParams, r.row().path().key("params"));
            }
        }
        merged.putAll(r.route().params());
        return new CompletionsParams(merged);
    }

    private static void layer(Map<String, Param> merged, Json5Object params, ConfigPath path) {
        for (Json5Member m : params.members()) {
            merged.put(m.name(), new Param(m.name(), m.value(), path.key(m.name())));
        }
    }

    Param get(String name) {
        return byName.get(name);
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    /** The first of the names that is set, or null. */
    Param first(String... names) {
        for (String name : names) {
            Param p = byName.get(name);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** A param's finite number, or null. */
    static Double number(Param p) {
        return p != null && p.value() instanceof Json5Number n && n.isFinite() ? n.doubleValue() : null;
    }

    /** A param as a boolean: true/false, or a string such as "yes" or "off"; null when unset or unreadable. */
    static Boolean bool(Param p) {
        return NativePayloadData.onOff(p, Set.of("true", "1", "yes", "on"), Set.of("false", "0", "no", "off"));
    }
}

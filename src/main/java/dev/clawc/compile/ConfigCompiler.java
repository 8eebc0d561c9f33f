package dev.clawc.compile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.ConfigModel;
import dev.clawc.config.ModelEntry;
import dev.clawc.config.ModelRefs;
import dev.clawc.config.Slot;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Secrets;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Number;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.load.LoadResult;
import dev.clawc.load.Substitution;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a loaded config into the normalized runtime config for the target release: includes inlined
 * (the loader merged them), the legacy agent list migrated where that release migrates it, model refs
 * and models-map keys canonical, aliases in slots expanded, model-related runtime defaults explicit.
 * {@code ${VAR}} stays a reference unless asked to resolve it; a resolved or literal secret is never
 * printed. The result is a fixed point: compiling it again changes nothing.
 */
public final class ConfigCompiler {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final LoadResult load;
    private final ConfigModel model;
    private final boolean resolveEnv;
    private final List<String> changes = new ArrayList<>();

    private ConfigCompiler(LoadResult load, ConfigModel model, boolean resolveEnv) {
        this.load = load;
        this.model = model;
        this.resolveEnv = resolveEnv;
    }

    /** The compiled config and a line per normalization it applied. */
    public record Compiled(ObjectNode config, List<String> changes) {
    }

    public static Compiled compile(LoadResult load, ConfigModel model, boolean resolveEnv) {
        ConfigCompiler compiler = new ConfigCompiler(load, model, resolveEnv);
        ObjectNode root = (ObjectNode) compiler.toJson(model.root(), null);
        compiler.canonicalizeSlots(root);
        compiler.canonicalizeModelKeys(root);
        compiler.migrateAgentList(root);
        compiler.makeDefaultsExplicit(root);
        return new Compiled(root, List.copyOf(compiler.changes));
    }

    /** The loaded config as JSON with no normalization (for --diff): includes merged, secrets redacted. */
    public static ObjectNode uncompiled(LoadResult load, ConfigModel model, boolean resolveEnv) {
        return (ObjectNode) new ConfigCompiler(load, model, resolveEnv).toJson(model.root(), null);
    }

    // ------------------------------------------------------------------ tree

    private JsonNode toJson(Json5Value value, String key) {
        if (value instanceof Json5Object object) {
            ObjectNode node = NODES.objectNode();
            for (Json5Member member : object.members()) {
                node.set(member.name(), toJson(member.value(), member.name())); // the last duplicate wins
            }
            return node;
        } else if (value instanceof Json5Array array) {
            ArrayNode node = NODES.arrayNode();
            for (Json5Value element : array.elements()) {
                node.add(toJson(element, key));
            }
            return node;
        } else if (value instanceof Json5String string) {
            return NODES.textNode(stringValue(string, key));
        } else if (value instanceof Json5Number number) {
            return number.isFinite() ? NODES.numberNode(number.decimalValue()) : NODES.nullNode();
        } else if (value instanceof Json5Boolean bool) {
            return NODES.booleanNode(bool.value());
        }
        return NODES.nullNode();
    }

    /** A string as it may be printed: env references kept (or resolved, secrets redacted), literal secrets redacted. */
    private String stringValue(Json5String string, String key) {
        Substitution substitution = load.substitution(string);
        if (substitution != null && substitution.fromEnvironment()) {
            if (!resolveEnv) {
                return substitution.original();
            }
            return Secrets.isSecretKey(key) || Secrets.containsKeyShaped(string.value()) ? substitution.redacted() : string.value();
        }
        if (Secrets.isSecretKey(key) && Secrets.isSecretValueUnderKey(string.value())) {
            return Secrets.REDACTED;
        }
        return Secrets.maskKeyShaped(string.value());
    }

    // ------------------------------------------------------------------ normalizations

    /** Slot values as canonical refs: aliases expanded, bare ids given their provider, case and prefixes normalized. */
    private void canonicalizeSlots(ObjectNode root) {
        for (Slot slot : model.slots()) {
            ConfigModel.Resolution resolution = model.resolve(slot.text(), slot.agentId());
            if (resolution == null || resolution.ref() == null || slot.text().contains("${")) {
                continue;
            }
            String canonical = resolution.ref().key() + (resolution.ref().profile() != null ? "@" + resolution.ref().profile() : "");
            if (!canonical.equals(slot.text()) && set(root, slot.path(), NODES.textNode(canonical))) {
                changes.add(slot.path() + ": `" + slot.text() + "` -> `" + canonical + "`"
                        + (resolution.via() == ConfigModel.Via.ALIAS ? " (alias)" : resolution.via() == ConfigModel.Via.DEFAULT_PROVIDER
                        ? " (default provider of OpenClaw " + model.version() + ")" : ""));
            }
        }
    }

    /** models-map keys as the canonical keys OpenClaw looks params and aliases up under. */
    private void canonicalizeModelKeys(ObjectNode root) {
        for (ModelEntry entry : model.modelEntries()) {
            if (entry.isWildcard() || entry.ref() == null || entry.ref().isBare()) {
                continue;
            }
            String canonical = entry.ref().key();
            if (canonical.equals(entry.key())) {
                continue;
            }
            JsonNode map = get(root, entry.path().parent());
            if (!(map instanceof ObjectNode models) || !models.has(entry.key())) {
                continue;
            }
            ObjectNode renamed = NODES.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = models.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals(entry.key())) {
                    if (!renamed.has(canonical)) {
                        renamed.set(canonical, field.getValue());
                    }
                } else if (!(field.getKey().equals(canonical) && renamed.has(canonical))) {
                    renamed.set(field.getKey(), field.getValue());
                }
            }
            models.removeAll();
            models.setAll(renamed);
            changes.add(entry.path() + ": key `" + entry.key() + "` -> `" + canonical + "` (the key OpenClaw looks up)");
        }
    }

    /** agents.list -> agents.entries, on releases that migrate it (the ids become keys, lowercased). */
    private void migrateAgentList(ObjectNode root) {
        if (!model.profile().agentsEntries() || !(root.get("agents") instanceof ObjectNode agents)
                || !(agents.get("list") instanceof ArrayNode list) || agents.has("entries")) {
            return;
        }
        ObjectNode entries = NODES.objectNode();
        for (JsonNode item : list) {
            if (item instanceof ObjectNode agent && agent.get("id") != null && agent.get("id").isTextual()) {
                ObjectNode copy = agent.deepCopy();
                String id = copy.remove("id").asText().trim().toLowerCase(Locale.ROOT);
                // a `default: true` marker stays: it is what makes a multi-agent roster valid without ownership
                entries.set(id, copy);
            }
        }
        agents.remove("list");
        agents.set("entries", entries);
        changes.add("agents.list -> agents.entries (OpenClaw " + model.version() + " migrates the legacy list on load)");
    }

    /** The defaults OpenClaw applies to model-related keys, written out. */
    private void makeDefaultsExplicit(ObjectNode root) {
        if (root.get("agents") instanceof ObjectNode agents && agents.get("defaults") instanceof ObjectNode defaults
                && defaults.get("model") != null && defaults.get("model").isTextual()) {
            ObjectNode chain = NODES.objectNode();
            chain.set("primary", defaults.get("model"));
            chain.set("fallbacks", NODES.arrayNode());
            defaults.set("model", chain);
            changes.add("agents.defaults.model: string form written as {primary, fallbacks: []}");
        }
        if (root.get("agents") instanceof ObjectNode agents && agents.get("entries") instanceof ObjectNode entries) {
            Iterator<Map.Entry<String, JsonNode>> it = entries.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!(entry.getValue() instanceof ObjectNode agent) || agent.get("model") == null) {
                    continue;
                }
                JsonNode m = agent.get("model");
                if (m.isTextual()) {
                    ObjectNode chain = NODES.objectNode();
                    chain.set("primary", m);
                    chain.set("fallbacks", NODES.arrayNode());
                    agent.set("model", chain);
                    changes.add("agents.entries." + entry.getKey() + ".model: a per-agent model has no fallbacks;"
                            + " written as {primary, fallbacks: []}");
                } else if (m instanceof ObjectNode chain && !chain.has("fallbacks") && chain.has("primary")) {
                    chain.set("fallbacks", NODES.arrayNode());
                    changes.add("agents.entries." + entry.getKey() + ".model.fallbacks: [] made explicit");
                }
            }
        }
        if (root.get("models") instanceof ObjectNode models && !models.has("mode")) {
            models.put("mode", "merge");
            changes.add("models.mode: \"merge\" (the default) made explicit");
        }
    }

    // ------------------------------------------------------------------ path helpers

    private static JsonNode get(JsonNode root, ConfigPath path) {
        JsonNode current = root;
        for (Object segment : path.segments()) {
            if (current == null) {
                return null;
            }
            current = segment instanceof Integer i ? current.get(i) : current.get((String) segment);
        }
        return current;
    }

    private static boolean set(JsonNode root, ConfigPath path, JsonNode value) {
        JsonNode parent = get(root, path.parent());
        List<Object> segments = path.segments();
        Object last = segments.get(segments.size() - 1);
        if (parent instanceof ObjectNode object && last instanceof String key && object.has(key)) {
            object.set(key, value);
            return true;
        }
        if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
            array.set(index, value);
            return true;
        }
        return false;
    }
}

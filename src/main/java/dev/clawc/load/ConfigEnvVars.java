package dev.clawc.load;

import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Applies the config's {@code env} block to the environment, as OpenClaw does before substituting
 * {@code ${VAR}}: entries of {@code env.vars} and shorthand string entries directly under {@code env}
 * (the latter win for the same name) fill names that are unset or blank. An entry is skipped when its
 * value is blank, when it contains a {@code ${NAME}} reference, when its (trimmed) name is not
 * {@code [A-Za-z_][A-Za-z0-9_]*}, or when the name is one OpenClaw never takes from config
 * ({@link BlockedEnvKeys}). {@code ZAI_API_KEY} and {@code Z_AI_API_KEY} count as one name.
 */
final class ConfigEnvVars {
    private static final Pattern PORTABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<String> ZAI_GROUP = List.of("ZAI_API_KEY", "Z_AI_API_KEY");

    /** The environment after the config block, and why entries of it were not applied. */
    record Applied(Environment environment, Map<String, String> skipped) {
    }

    private ConfigEnvVars() {
    }

    static Applied apply(Json5Value config, Environment environment) {
        Map<String, String> skipped = new LinkedHashMap<>();
        Map<String, String> entries = collect(config, skipped);
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String name = entry.getKey();
            String existing = higherPrecedenceValue(name, environment);
            if (existing != null) {
                if (!existing.equals(environment.get(name))) {
                    values.put(name, existing); // an alias of this name is set in the environment
                } else {
                    skipped.putIfAbsent(name, "the environment already sets it, and the environment wins");
                }
                continue;
            }
            values.put(name, entry.getValue());
        }
        Environment result = environment.withConfigValues(values);
        // OpenClaw copies Z_AI_API_KEY into an unset ZAI_API_KEY
        if (isBlank(result.get("ZAI_API_KEY")) && !isBlank(result.get("Z_AI_API_KEY"))) {
            result = result.withConfigValues(Map.of("ZAI_API_KEY", result.get("Z_AI_API_KEY")));
        }
        return new Applied(result, skipped);
    }

    /** The first non-blank value among a name and its aliases, or null. */
    private static String higherPrecedenceValue(String name, Environment environment) {
        List<String> group = ZAI_GROUP.contains(name) ? ZAI_GROUP : List.of(name);
        for (String candidate : group) {
            String value = environment.get(candidate);
            if (!isBlank(value)) {
                return value;
            }
        }
        return null;
    }

    private static Map<String, String> collect(Json5Value config, Map<String, String> skipped) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (!(config instanceof Json5Object root) || !(root.get("env") instanceof Json5Object env)) {
            return entries;
        }
        if (env.get("vars") instanceof Json5Object vars) {
            for (Json5Member member : JsonMerge.uniqueMembers(vars).values()) {
                consider(member, entries, skipped, "env.vars");
            }
        }
        for (Json5Member member : JsonMerge.uniqueMembers(env).values()) {
            if (!member.name().equals("shellEnv") && !member.name().equals("vars")) {
                consider(member, entries, skipped, "env");
            }
        }
        return entries;
    }

    private static void consider(Json5Member member, Map<String, String> entries, Map<String, String> skipped,
            String where) {
        if (!(member.value() instanceof Json5String string) || isBlank(string.value())) {
            return;
        }
        String name = jsTrim(member.name());
        if (!PORTABLE_NAME.matcher(name).matches()) {
            return;
        }
        String value = string.value();
        if (BlockedEnvKeys.isBlocked(name)) {
            skipped.put(name, "`" + where + "." + name + "` is ignored: OpenClaw never takes this variable from the config");
        } else if (EnvTemplate.containsReference(value)) {
            skipped.put(name, "`" + where + "." + name + "` is ignored: OpenClaw skips config env values that contain "
                    + "a `${...}` reference");
        } else {
            entries.put(name, value);
            skipped.remove(name);
        }
    }

    /** Blank as JavaScript's {@code trim()} sees it (which also strips no-break spaces and the BOM). */
    static boolean isBlank(String value) {
        return value == null || jsTrim(value).isEmpty();
    }

    static String jsTrim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isJsWhitespace(value.charAt(start))) {
            start++;
        }
        while (end > start && isJsWhitespace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isJsWhitespace(char c) {
        return switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F',
                    '\u3000', '\uFEFF' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }
}

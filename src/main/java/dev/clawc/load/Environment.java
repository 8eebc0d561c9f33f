package dev.clawc.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The environment variables a config is checked against, each with where its value came from.
 * Immutable. Precedence, highest first: {@code --env-file} values (explicit), the process
 * environment (ambient), then the config's own {@code env} block, which only fills names that are
 * unset or blank (see {@link ConfigLoader}).
 */
public final class Environment {

    /** Where a variable's value came from. */
    public enum Origin {
        /** The environment clawc itself runs in. */
        PROCESS,
        /** A file given with {@code --env-file}. */
        ENV_FILE,
        /** The config's {@code env.vars} (or shorthand {@code env.NAME}) entries. */
        CONFIG
    }

    private record Entry(String value, Origin origin) {
    }

    private static final Environment EMPTY = new Environment(Map.of());

    private final Map<String, Entry> entries;

    private Environment(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static Environment empty() {
        return EMPTY;
    }

    /** All values with origin {@link Origin#PROCESS}. */
    public static Environment of(Map<String, String> processEnv) {
        return combine(processEnv, Map.of());
    }

    /**
     * The process environment (null when disabled) overlaid with {@code --env-file} values: a name
     * set in both takes the file's value.
     */
    public static Environment combine(Map<String, String> processEnv, Map<String, String> envFileValues) {
        Map<String, Entry> merged = new LinkedHashMap<>();
        if (processEnv != null) {
            processEnv.forEach((name, value) -> merged.put(name, new Entry(Objects.requireNonNull(value), Origin.PROCESS)));
        }
        envFileValues.forEach((name, value) -> merged.put(name, new Entry(Objects.requireNonNull(value), Origin.ENV_FILE)));
        return new Environment(Collections.unmodifiableMap(merged));
    }

    /** The value, or null when unset. */
    public String get(String name) {
        Entry entry = entries.get(name);
        return entry == null ? null : entry.value();
    }

    /** Where the value came from, or null when unset. */
    public Origin origin(String name) {
        Entry entry = entries.get(name);
        return entry == null ? null : entry.origin();
    }

    public boolean contains(String name) {
        return entries.containsKey(name);
    }

    /** Name to value, in insertion order. */
    public Map<String, String> asMap() {
        Map<String, String> values = new LinkedHashMap<>();
        entries.forEach((name, entry) -> values.put(name, entry.value()));
        return Collections.unmodifiableMap(values);
    }

    /** A copy with {@code values} set, origin {@link Origin#CONFIG}, replacing existing names. */
    Environment withConfigValues(Map<String, String> values) {
        if (values.isEmpty()) {
            return this;
        }
        Map<String, Entry> merged = new LinkedHashMap<>(entries);
        values.forEach((name, value) -> merged.put(name, new Entry(value, Origin.CONFIG)));
        return new Environment(Collections.unmodifiableMap(merged));
    }

    @Override
    public String toString() {
        return "Environment" + entries.keySet(); // names only: values may be secrets
    }
}

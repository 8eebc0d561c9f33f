package dev.clawc.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A location inside the config value, written the way OpenClaw writes it in its own messages:
 * {@code agents.defaults.models["openai/gpt-4o"].params}, {@code agents.defaults.model.fallbacks[0]}.
 * Immutable; {@link #key} and {@link #index} return extended copies.
 */
public final class ConfigPath {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final ConfigPath ROOT = new ConfigPath(List.of());

    private final List<Object> segments;

    private ConfigPath(List<Object> segments) {
        this.segments = segments;
    }

    public static ConfigPath root() {
        return ROOT;
    }

    public static ConfigPath of(Object... segments) {
        // One list for the whole path: appending segment by segment copied it each time, quadratic in the
        // depth, which the fuzzer turned into seconds on a 1000-deep unclosed nesting (bench/fuzz.md).
        List<Object> list = new ArrayList<>(segments.length);
        for (Object segment : segments) {
            list.add(segment instanceof Integer i ? i : segment.toString());
        }
        return list.isEmpty() ? ROOT : new ConfigPath(Collections.unmodifiableList(list));
    }

    public ConfigPath key(String key) {
        return append(key);
    }

    public ConfigPath index(int index) {
        return append(index);
    }

    private ConfigPath append(Object segment) {
        List<Object> copy = new ArrayList<>(segments.size() + 1);
        copy.addAll(segments);
        copy.add(segment);
        return new ConfigPath(Collections.unmodifiableList(copy));
    }

    /** Segments: {@link String} keys and {@link Integer} indexes. */
    public List<Object> segments() {
        return segments;
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    public ConfigPath parent() {
        return segments.isEmpty() ? this : new ConfigPath(segments.subList(0, segments.size() - 1));
    }

    /** The last key, or null for the root or an array element. */
    public String lastKey() {
        return segments.isEmpty() || !(segments.get(segments.size() - 1) instanceof String s) ? null : s;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                String key = (String) segment;
                if (PLAIN_KEY.matcher(key).matches()) {
                    if (out.length() > 0) {
                        out.append('.');
                    }
                    out.append(key);
                } else {
                    out.append('[');
                    quote(key, out);
                    out.append(']');
                }
            }
        }
        return out.toString();
    }

    private static void quote(String key, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfigPath path && path.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }
}

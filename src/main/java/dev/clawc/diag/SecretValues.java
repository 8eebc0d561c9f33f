package dev.clawc.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secret strings one run has seen (values of secret fields, header values, URL credentials, secret env values),
 * and the one place output is cleaned of them: every line a command prints passes {@link #redact} (see
 * {@code RedactingPrintStream}), whatever produced it: messages, code frames, diffs, JSON paths, SARIF, explain and
 * compile output. Key-shaped tokens ({@link Secrets#maskKeyShaped}) are masked there too, known or not.
 */
public final class SecretValues {
    /** Shorter values are not masked everywhere: too likely to be ordinary words ("true", "admin"). */
    static final int MIN_LENGTH = 6;

    private final Set<String> values = ConcurrentHashMap.newKeySet();
    private volatile Map<String, List<String>> byPrefix = Map.of();
    private volatile boolean stale;

    /** A secret, with the forms output may show it in (JSON-escaped); blank and short values are ignored. */
    public void add(String value) {
        if (value == null) {
            return;
        }
        String trimmed = value.strip();
        if (trimmed.length() < MIN_LENGTH || Secrets.isEnvReference(trimmed)) {
            return;
        }
        boolean added = values.add(trimmed);
        String escaped = jsonEscaped(trimmed);
        added |= !escaped.equals(trimmed) && values.add(escaped);
        if (added) {
            stale = true; // sorted when next used: a config with thousands of secrets sorts once, not once per value
        }
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * The text with every known secret and every key-shaped token replaced by {@code <redacted>}. One pass over the
     * text: secrets are indexed by their first {@link #MIN_LENGTH} characters, so the cost does not grow with their
     * number.
     */
    public String redact(String text) {
        Map<String, List<String>> index = index();
        if (index.isEmpty() || text.length() < MIN_LENGTH) {
            return Secrets.maskKeyShaped(text);
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i + MIN_LENGTH <= text.length()) {
            List<String> candidates = index.get(text.substring(i, i + MIN_LENGTH));
            String hit = null;
            for (String candidate : candidates == null ? List.<String>of() : candidates) {
                if (text.startsWith(candidate, i)) {
                    hit = candidate; // candidates are longest first
                    break;
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            out = out == null ? new StringBuilder(text.length()) : out;
            out.append(text, copied, i).append(Secrets.REDACTED);
            i += hit.length();
            copied = i;
        }
        String cleaned = out == null ? text : out.append(text, copied, text.length()).toString();
        return Secrets.maskKeyShaped(cleaned);
    }

    /** Secrets by their first characters, each list longest first; rebuilt when secrets were added. */
    private Map<String, List<String>> index() {
        if (stale) {
            synchronized (this) {
                Map<String, List<String>> byPrefix = new HashMap<>();
                List<String> sorted = new ArrayList<>(values);
                sorted.sort(Comparator.comparingInt(String::length).reversed());
                for (String secret : sorted) {
                    byPrefix.computeIfAbsent(secret.substring(0, MIN_LENGTH), k -> new ArrayList<>()).add(secret);
                }
                byPrefix.replaceAll((k, v) -> List.copyOf(v));
                this.byPrefix = Map.copyOf(byPrefix);
                stale = false;
            }
        }
        return byPrefix;
    }

    private static String jsonEscaped(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

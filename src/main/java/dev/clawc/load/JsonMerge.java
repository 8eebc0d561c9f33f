package dev.clawc.load;

import dev.clawc.diag.Span;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deep merge OpenClaw applies to {@code $include} results: arrays concatenate, objects merge
 * key by key (recursively), anything else is replaced by the later value. Like OpenClaw, merged
 * objects hold one member per name (the last one written, at the position of the first) and drop
 * the names {@code __proto__}, {@code prototype} and {@code constructor}.
 *
 * <p>Every node keeps its own span, so merged values still point into the file they came from. A
 * container built by merging two takes {@code resultSpan} at the top level, else the span of the
 * later (overriding) container.
 */
final class JsonMerge {
    private static final Set<String> BLOCKED_KEYS = Set.of("__proto__", "prototype", "constructor");

    private JsonMerge() {
    }

    static Json5Value deepMerge(Json5Value base, Json5Value override, Span resultSpan) {
        if (base instanceof Json5Array left && override instanceof Json5Array right) {
            return concat(left, right, resultSpan);
        }
        if (!(base instanceof Json5Object left) || !(override instanceof Json5Object right)) {
            return override;
        }
        Map<String, Json5Member> merged = sanitizedMembers(left);
        for (Json5Member member : uniqueMembers(right).values()) {
            String name = member.name();
            if (BLOCKED_KEYS.contains(name)) {
                continue;
            }
            Json5Member current = merged.get(name);
            Json5Value currentValue = current == null ? null : current.value();
            Json5Value value = member.value();
            Json5Value result;
            if (value instanceof Json5Object object) {
                result = currentValue instanceof Json5Object ? deepMerge(currentValue, object, null) : sanitize(object);
            } else if (value instanceof Json5Array array && currentValue instanceof Json5Array currentArray) {
                result = concat(currentArray, array, null);
            } else {
                result = value;
            }
            merged.put(name, new Json5Member(member.key(), result, member.comments()));
        }
        return new Json5Object(resultSpan != null ? resultSpan : right.span(), List.copyOf(merged.values()),
                right.comments());
    }

    private static Json5Array concat(Json5Array left, Json5Array right, Span resultSpan) {
        List<Json5Value> elements = new ArrayList<>(left.elements().size() + right.elements().size());
        elements.addAll(left.elements());
        elements.addAll(right.elements());
        return new Json5Array(resultSpan != null ? resultSpan : right.span(), List.copyOf(elements), right.comments());
    }

    /** Members by name as a JavaScript object holds them: first position, last value. */
    static Map<String, Json5Member> uniqueMembers(Json5Object object) {
        Map<String, Json5Member> members = new LinkedHashMap<>();
        for (Json5Member member : object.members()) {
            members.put(member.name(), member);
        }
        return members;
    }

    private static Json5Object sanitize(Json5Object object) {
        return new Json5Object(object.span(), List.copyOf(sanitizedMembers(object).values()), object.comments());
    }

    private static Map<String, Json5Member> sanitizedMembers(Json5Object object) {
        Map<String, Json5Member> members = new LinkedHashMap<>();
        for (Json5Member member : uniqueMembers(object).values()) {
            if (BLOCKED_KEYS.contains(member.name())) {
                continue;
            }
            Json5Member kept = member.value() instanceof Json5Object nested
                    ? new Json5Member(member.key(), sanitize(nested), member.comments())
                    : member;
            members.put(member.name(), kept);
        }
        return members;
    }
}

package dev.clawc.config;

import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;

/** Null-safe navigation of the JSON5 tree: a missing or wrongly typed node reads as null. */
public final class Nodes {

    private Nodes() {
    }

    public static Json5Object object(Json5Value value) {
        return value instanceof Json5Object o ? o : null;
    }

    public static Json5Object object(Json5Value root, String... path) {
        return object(at(root, path));
    }

    public static Json5Value at(Json5Value root, String... path) {
        Json5Value current = root;
        for (String key : path) {
            if (!(current instanceof Json5Object o)) {
                return null;
            }
            current = o.get(key);
        }
        return current;
    }

    public static String string(Json5Value value) {
        return value instanceof Json5String s ? s.value() : null;
    }

    public static String string(Json5Value root, String... path) {
        return string(at(root, path));
    }
}

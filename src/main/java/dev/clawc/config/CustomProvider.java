package dev.clawc.config;

import dev.clawc.diag.ConfigPath;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Value;
import java.util.ArrayList;
import java.util.List;

/** One entry of {@code models.providers}: a custom provider, or an overlay on a built-in one. */
public record CustomProvider(String id, ConfigPath path, Json5Member member) {

    public Json5Object body() {
        return Nodes.object(member.value());
    }

    public Json5Value get(String key) {
        Json5Object body = body();
        return body == null ? null : body.get(key);
    }

    public String api() {
        return Nodes.string(get("api"));
    }

    public String baseUrl() {
        return Nodes.string(get("baseUrl"));
    }

    public Json5Array models() {
        return get("models") instanceof Json5Array a ? a : null;
    }

    /** A model row that is an object, with its path ({@code models.providers.<id>.models[i]}). */
    public record Row(Json5Object body, ConfigPath path) {
    }

    /** The rows of {@code models} that are objects (others are the schema's to report), in order. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        Json5Array rows = models();
        if (rows != null) {
            int index = 0;
            for (Json5Value element : rows.elements()) {
                ConfigPath path = this.path.key("models").index(index++);
                if (element instanceof Json5Object row) {
                    out.add(new Row(row, path));
                }
            }
        }
        return out;
    }

    /** The model row with this {@code id} (the last one when repeated, as OpenClaw reads them), or null. */
    public Json5Object row(String modelId) {
        Json5Array rows = models();
        Json5Object found = null;
        if (rows != null && modelId != null) {
            for (Json5Value row : rows.elements()) {
                if (row instanceof Json5Object o && modelId.equals(Nodes.string(o.get("id")))) {
                    found = o;
                }
            }
        }
        return found;
    }
}

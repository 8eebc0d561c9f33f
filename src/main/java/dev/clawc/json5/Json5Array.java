package dev.clawc.json5;

import dev.clawc.diag.Span;
import java.util.List;

/** An array; elements in source order. */
public record Json5Array(Span span, List<Json5Value> elements, List<Comment> comments) implements Json5Value {

    @Override
    public String kind() {
        return "array";
    }
}

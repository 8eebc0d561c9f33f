package dev.clawc.json5;

import dev.clawc.diag.Span;
import java.util.List;

/** A string literal: its decoded value; the span covers the quotes. */
public record Json5String(Span span, String value, List<Comment> comments) implements Json5Value {

    @Override
    public String kind() {
        return "string";
    }
}

package dev.clawc.json5;

import dev.clawc.diag.Span;
import java.util.List;

public record Json5Null(Span span, List<Comment> comments) implements Json5Value {

    @Override
    public String kind() {
        return "null";
    }
}

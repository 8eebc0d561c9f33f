package dev.clawc.json5;

import dev.clawc.diag.Span;
import java.util.List;

/** One {@code key: value} pair of an object, with the comments written around it. */
public record Json5Member(Json5Key key, Json5Value value, List<Comment> comments) {

    public String name() {
        return key.name();
    }

    /** From the start of the key to the end of the value. */
    public Span span() {
        return key.span().to(value.span());
    }
}

package dev.clawc.json5;

import dev.clawc.diag.Span;
import java.util.List;

/**
 * A node of the JSON5 syntax tree. Every node knows its span in the source; comments written next
 * to a value are attached to the {@link Json5Member} or array element they describe.
 */
public sealed interface Json5Value
        permits Json5Object, Json5Array, Json5String, Json5Number, Json5Boolean, Json5Null {

    Span span();

    /** Comments attached to this node (for object members they sit on the member instead). */
    List<Comment> comments();

    /** "object", "array", "string", "number", "boolean" or "null": the words diagnostics use. */
    String kind();
}

package dev.clawc.payload;

import dev.clawc.config.Route;
import dev.clawc.diag.Diagnostic;
import java.util.List;

/**
 * What OpenClaw does on one route: the request it sends (null when it sends none), why notable
 * fields are what they are ({@code notes}: field path -> reason), and, when no request is sent or
 * the API kind is not modelled, the reason.
 */
public record Explanation(Route route, HttpRequest request, List<FieldNote> notes, String refusal, boolean modelled,
        List<Diagnostic> diagnostics) {

    /** A margin note: why {@code field} (a JSON pointer into the request, or "url", "header:NAME") is what it is. */
    public record FieldNote(String field, String reason) {
    }

    public static Explanation refused(Route route, String why) {
        return new Explanation(route, null, List.of(), why, true, List.of());
    }

    public static Explanation notModelled(Route route, String why) {
        return new Explanation(route, null, List.of(), why, false, List.of());
    }
}

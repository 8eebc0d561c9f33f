package dev.clawc.payload;

import dev.clawc.config.Route;
import dev.clawc.diag.Diagnostic;
import java.util.List;

/**
 * What OpenClaw does on one route: the request it sends (null when it sends none), why notable
 * fields are what they are ({@code notes}: field path -> reason), and, when no request is sent or
 * the API kind is not modelled, the reason. For a fallback model, {@code failover} is the request it
 * receives once the models before it failed (null for a chain's first model or a single-model view).
 */
public record Explanation(Route route, HttpRequest request, List<FieldNote> notes, String refusal, boolean modelled,
        List<Diagnostic> diagnostics, FailoverTurn failover) {

    public Explanation(Route route, HttpRequest request, List<FieldNote> notes, String refusal, boolean modelled,
            List<Diagnostic> diagnostics) {
        this(route, request, notes, refusal, modelled, diagnostics, null);
    }

    /** A margin note: why {@code field} (a JSON pointer into the request, or "url", "header:NAME") is what it is. */
    public record FieldNote(String field, String reason) {
    }

    /**
     * The fallback's request after earlier models of its chain failed.
     *
     * @param reachedOn the failures of an earlier model that lead to this one (e.g. "HTTP 429 of `openrouter/x`")
     * @param unreached why no failure leads here, when {@code reachedOn} is empty; else null
     * @param request   the request then sent (null when unreached or when the first turn sends none)
     */
    public record FailoverTurn(List<String> reachedOn, String unreached, HttpRequest request, List<FieldNote> notes) {
    }

    public Explanation withFailover(FailoverTurn turn) {
        return new Explanation(route, request, notes, refusal, modelled, diagnostics, turn);
    }

    /** The request OpenClaw sends on the route, with its margin notes. */
    public static Explanation sent(Route route, HttpRequest request, List<FieldNote> notes) {
        return new Explanation(route, request, notes, null, true, List.of());
    }

    public static Explanation refused(Route route, String why) {
        return new Explanation(route, null, List.of(), why, true, List.of());
    }

    public static Explanation notModelled(Route route, String why) {
        return new Explanation(route, null, List.of(), why, false, List.of());
    }
}

package dev.clawc.diag;

/** A secondary span shown in a diagnostic's code frame, with a short text ("first defined here"). */
public record Label(Span span, String message) {
}

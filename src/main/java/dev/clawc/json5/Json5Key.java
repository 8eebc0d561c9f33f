package dev.clawc.json5;

import dev.clawc.diag.Span;

/** An object member's name: its decoded text and where it is written (quotes included). */
public record Json5Key(String name, Span span, boolean quoted) {
}

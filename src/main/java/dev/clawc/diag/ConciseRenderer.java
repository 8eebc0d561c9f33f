package dev.clawc.diag;

import java.util.List;

/**
 * One line per finding, {@code file:line:col: severity[rule] message}, the shape compilers and editors
 * parse (for hooks, CI logs and quickfix lists).
 */
public final class ConciseRenderer {

    public String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(d.fileName() == null ? "-" : d.fileName());
            if (d.span() != null) {
                out.append(':').append(d.span().startLine()).append(':').append(d.span().startColumn());
            }
            out.append(": ").append(d.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .append('[').append(d.rule()).append("] ")
                    .append(Secrets.maskKeyShaped(d.message()).replace('\n', ' ')).append('\n');
        }
        return out.toString();
    }
}

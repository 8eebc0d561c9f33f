package dev.clawc.diag;

import java.util.Collection;

/** Counts of findings by severity. */
public record Summary(int errors, int warnings, int infos) {

    public static Summary of(Collection<Diagnostic> diagnostics) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (Diagnostic d : diagnostics) {
            switch (d.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
        }
        return new Summary(errors, warnings, infos);
    }

    public boolean isClean() {
        return errors == 0 && warnings == 0 && infos == 0;
    }

    /** "2 errors, 1 warning", or "no problems". */
    public String describe() {
        StringBuilder out = new StringBuilder();
        append(out, errors, "error");
        append(out, warnings, "warning");
        append(out, infos, "info");
        return out.length() == 0 ? "no problems" : out.toString();
    }

    private static void append(StringBuilder out, int count, String noun) {
        if (count == 0) {
            return;
        }
        if (out.length() > 0) {
            out.append(", ");
        }
        out.append(count).append(' ').append(noun);
        if (count != 1) {
            out.append('s');
        }
    }
}

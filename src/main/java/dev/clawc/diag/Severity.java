package dev.clawc.diag;

import java.util.Locale;

/** How bad a finding is. Ordered from least to most severe. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    /** The lower-case name used in output and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}

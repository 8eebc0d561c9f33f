package dev.clawc.diag;

/** ANSI colour codes, applied only when colour is on. */
final class Ansi {
    static final String RED = "\u001B[31m";
    static final String YELLOW = "\u001B[33m";
    static final String BLUE = "\u001B[34m";
    static final String CYAN = "\u001B[36m";
    static final String GREEN = "\u001B[32m";
    static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

    private final boolean enabled;

    Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    String paint(String text, String codes) {
        return enabled && !text.isEmpty() ? codes + text + RESET : text;
    }
}

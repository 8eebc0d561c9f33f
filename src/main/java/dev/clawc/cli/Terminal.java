package dev.clawc.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Whether to colour output: only on a terminal, never with {@code --no-color} or a non-empty
 * {@code NO_COLOR} (https://no-color.org). The launcher script knows best whether stdout is a
 * terminal and says so in {@code -Dclawc.stdout.tty}; without it, ask the JVM.
 */
final class Terminal {

    private Terminal() {
    }

    static boolean useColor(boolean noColorFlag, Map<String, String> env) {
        if (noColorFlag) {
            return false;
        }
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return false;
        }
        return stdoutIsTerminal();
    }

    private static boolean stdoutIsTerminal() {
        String told = System.getProperty("clawc.stdout.tty");
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22+ returns a Console even when redirected; isTerminal() tells the truth there.
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 17-21: a console exists only when attached to a terminal
        }
    }
}

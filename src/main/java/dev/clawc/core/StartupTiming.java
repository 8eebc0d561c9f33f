package dev.clawc.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * With {@code -Dclawc.timing=true}, points of a run on stderr with the time since the process started
 * ({@code /proc}, 10 ms resolution; Linux only, else the time is shown as ?): where start-up goes before the
 * first stage and after the last (bench/startup.md).
 */
public final class StartupTiming {
    static final boolean ON = Boolean.getBoolean("clawc.timing");

    private StartupTiming() {
    }

    public static void mark(String point) {
        if (ON) {
            System.err.println("clawc timing: " + point + " at " + sinceProcessStart() + " ms");
        }
    }

    private static String sinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            // the fields after the command name (which is in parentheses and may hold spaces); starttime is field 22
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double started = Long.parseLong(fields[19]) / 100.0;
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return String.valueOf(Math.round((uptime - started) * 1000));
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}

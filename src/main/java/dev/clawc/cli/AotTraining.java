package dev.clawc.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The training run of the start-up archives ({@code mvn package}: the JDK 25 AOT cache of the distribution, the
 * JDK 17 class-data-sharing archive): the commands a pre-commit hook and a user at a terminal run first, in one
 * process, so that the archive holds the classes each of them loads (a check in the human format, the default, as
 * well as in JSON; {@code --version}; {@code --help}). Output is discarded. Argument: the config file to check.
 */
public final class AotTraining {
    private AotTraining() {
    }

    public static void main(String[] args) {
        String file = args[0];
        List<String[]> runs = List.of(
                new String[] {"check", "--no-process-env", file},
                new String[] {"check", "--no-process-env", "--format", "json", file},
                new String[] {"--version"},
                new String[] {"--help"});
        Warmup.startFor(runs.get(0));
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        for (String[] run : runs) {
            Main.run(run, new ByteArrayInputStream(new byte[0]), discard, discard, Map.of());
        }
        System.exit(0);
    }
}

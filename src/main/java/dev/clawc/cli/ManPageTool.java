package dev.clawc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the man pages (AsciiDoc, one per command) at package time: {@code target/man/}. Run by the
 * build (exec-maven-plugin), not shipped in the jar.
 */
public final class ManPageTool {

    private ManPageTool() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/man");
        Files.createDirectories(out);
        CommandLine commandLine = Main.commandLine(new Streams(System.in, System.out, System.err, Map.of()));
        ManPageGenerator.generateManPage(out.toFile(), null, new boolean[0], true, commandLine.getCommandSpec());
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            ManPageGenerator.generateManPage(out.toFile(), null, new boolean[0], true, sub.getCommandSpec());
        }
    }
}

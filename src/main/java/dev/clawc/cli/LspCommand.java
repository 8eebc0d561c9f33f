package dev.clawc.cli;

import dev.clawc.lsp.ClawcLanguageServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "lsp",
        description = {"Run the language server on standard input and output (Language Server Protocol).",
                "Editors start it; settings come from the client (openclawVersion, envFiles, rules, debounceMs)."},
        mixinStandardHelpOptions = true,
        versionProvider = ClawcVersion.class,
        footer = {"", "Exit status: 0 after the client's shutdown and exit, 1 when the client goes away without them."})
final class LspCommand implements Callable<Integer> {
    private final Streams streams;

    LspCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        return ClawcLanguageServer.serve(streams.in(), streams.protocolOut(), streams.env(), ClawcVersion.get());
    }
}

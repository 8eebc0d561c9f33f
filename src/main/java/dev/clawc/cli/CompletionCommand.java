package dev.clawc.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion",
        description = {"Print a shell completion script.",
                "bash: source <(clawc completion bash)   zsh: autoload -U bashcompinit && bashcompinit && source <(clawc completion zsh)"},
        mixinStandardHelpOptions = true,
        versionProvider = ClawcVersion.class)
final class CompletionCommand implements Callable<Integer> {
    private final Streams streams;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    String shell;

    CompletionCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "SHELL must be bash or zsh, got '" + shell + "'");
        }
        // picocli's script is bash; zsh runs it through bashcompinit
        String script = AutoComplete.bash("clawc", spec.root().commandLine());
        streams.out().print(script);
        streams.out().flush();
        return ExitCode.CLEAN;
    }
}

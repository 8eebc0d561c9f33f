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
        String script = withFileArguments(AutoComplete.bash("clawc", spec.root().commandLine()));
        if (shell.equals("zsh")) {
            // zsh runs the bash functions through its bash-compatibility layer, loaded here so that
            // `source <(clawc completion zsh)` is all it takes
            script = "#compdef clawc\n# clawc completion for zsh (bash completion functions run through bashcompinit)\n"
                    + "autoload -U +X compinit && { (( $+functions[compdef] )) || compinit; }\n"
                    + "autoload -U +X bashcompinit && bashcompinit\n" + script.replaceFirst("^#!/usr/bin/env bash\n", "");
        }
        streams.out().print(script);
        streams.out().flush();
        return ExitCode.CLEAN;
    }

    /** The commands whose positional arguments are files. */
    private static final java.util.List<String> FILE_COMMANDS = java.util.List.of("check", "parse", "explain", "compile", "fix");

    /**
     * picocli completes a positional argument only when its type is a file; clawc's FILE arguments are
     * strings (they may be `-` or a glob), so their completion is made a file-name one here.
     */
    static String withFileArguments(String script) {
        String generic = "    local positionals=\"\"\n    local IFS=$'\\n'\n"
                + "    COMPREPLY=( $(compgen -W \"${commands// /$'\\n'}${IFS}${positionals}\" -- \"${curr_word}\") )\n";
        String files = "    local IFS=$'\\n'\n    type compopt &>/dev/null && compopt -o filenames\n"
                + "    COMPREPLY=( $(compgen -f -- \"${curr_word}\") ) # files\n";
        StringBuilder out = new StringBuilder();
        for (String function : script.split("(?=\n# Generates completions for)")) {
            boolean takesFiles = FILE_COMMANDS.stream().anyMatch(c -> function.contains("function _picocli_clawc_" + c + "()"));
            out.append(takesFiles ? function.replace(generic, files) : function);
        }
        return out.toString();
    }
}

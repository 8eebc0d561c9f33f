package dev.clawc.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import dev.clawc.core.StartupTiming;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code clawc} command: a config compiler and static analyzer for OpenClaw's config file. */
@Command(name = "clawc",
        description = "Static analyzer and compiler for the OpenClaw gateway config (openclaw.json).",
        mixinStandardHelpOptions = true,
        versionProvider = ClawcVersion.class,
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Run 'clawc COMMAND --help' for a command's options.",
                "Exit status: 0 clean, 1 findings, 2 usage or I/O error."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec injectedSpec;

    @Override
    public void run() {
        // `clawc` alone: show what it can do, and fail as a usage error
        throw new CommandLine.ParameterException(injectedSpec.commandLine(), "Missing command: choose one of "
                + String.join(", ", injectedSpec.subcommands().keySet()));
    }

    public static void main(String[] args) {
        StartupTiming.mark("main");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Warmup.startFor(args);
        int code;
        try {
            code = run(args, System.in, out, err, System.getenv());
        } catch (Throwable e) { // an Error (say, a broken jar) still gets a message, never a stack trace
            out.flush();
            err.println("clawc: internal error: " + e);
            err.println("clawc: please report this with the input that caused it");
            code = ExitCode.USAGE_OR_IO;
        }
        out.flush();
        err.flush();
        StartupTiming.mark("exit");
        System.exit(code);
    }

    /** Every subcommand, in the order `clawc --help` lists them. */
    private static final Map<String, java.util.function.Function<Streams, Object>> COMMANDS = commands();

    private static Map<String, java.util.function.Function<Streams, Object>> commands() {
        Map<String, java.util.function.Function<Streams, Object>> commands = new java.util.LinkedHashMap<>();
        commands.put("check", CheckCommand::new);
        commands.put("parse", ParseCommand::new);
        commands.put("rules", RulesCommand::new);
        commands.put("explain", ExplainCommand::new);
        commands.put("compile", CompileCommand::new);
        commands.put("schema", SchemaCommand::new);
        commands.put("fix", FixCommand::new);
        commands.put("completion", CompletionCommand::new);
        commands.put("lsp", LspCommand::new);
        return commands;
    }

    /** The whole command tree, wired to the given streams. */
    static CommandLine commandLine(Streams streams) {
        CommandLine commandLine = new CommandLine(new Main());
        for (Map.Entry<String, java.util.function.Function<Streams, Object>> command : COMMANDS.entrySet()) {
            commandLine.addSubcommand(command.getKey(), command.getValue().apply(streams));
        }
        return commandLine;
    }

    /**
     * The tree for one invocation: when the first argument names a command, only that command is
     * built (picocli reads each command's annotations by reflection, which is most of start-up time).
     */
    private static CommandLine commandLineFor(String[] args, Streams streams) {
        if (args.length > 0 && COMMANDS.containsKey(args[0]) && !args[0].equals("completion")) {
            CommandLine commandLine = new CommandLine(new Main());
            commandLine.addSubcommand(args[0], COMMANDS.get(args[0]).apply(streams));
            return commandLine;
        }
        return commandLine(streams);
    }

    /** Runs clawc in-process; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        Streams streams = Streams.redacting(in, out, err, env);
        CommandLine commandLine = commandLineFor(args, streams);
        StartupTiming.mark("command line built");
        commandLine.setOut(new PrintWriter(streams.out(), true));
        commandLine.setErr(new PrintWriter(streams.err(), true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.USAGE_OR_IO);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            String io = IoFailure.describe(e);
            if (io != null) { // a file that cannot be written or read: the user's to fix, with the OS's reason
                streams.err().println("clawc: " + io);
                return ExitCode.USAGE_OR_IO;
            }
            // A bug of ours: say so plainly, without a stack trace, and exit like any other failure to run.
            streams.err().println("clawc: internal error: " + e);
            streams.err().println("clawc: please report this with the input that caused it");
            return ExitCode.USAGE_OR_IO;
        });
        commandLine.setParameterExceptionHandler((e, args1) -> {
            CommandLine failed = e.getCommandLine();
            streams.err().println("clawc: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, streams.err());
            streams.err().println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.USAGE_OR_IO;
        });
        try {
            return commandLine.execute(args);
        } finally {
            streams.out().flush(); // a last line without its newline still passes the redaction
            streams.err().flush();
        }
    }
}

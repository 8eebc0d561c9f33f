package dev.clawc.cli;

import dev.clawc.schema.SchemaValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "schema",
        description = {"Print the JSON Schema of the OpenClaw config (for editors: VS Code json.schemas, or a $schema key)."},
        mixinStandardHelpOptions = true,
        versionProvider = ClawcVersion.class)
final class SchemaCommand implements Callable<Integer> {
    private final Streams streams;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write it to FILE (e.g. schema/openclaw.schema.json).")
    Path output;

    SchemaCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        byte[] schema;
        try (InputStream in = SchemaCommand.class.getResourceAsStream(SchemaValidator.RESOURCE)) {
            schema = in.readAllBytes();
        }
        if (output == null) {
            streams.out().write(schema);
            streams.out().flush();
            return ExitCode.CLEAN;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(output, schema);
        streams.err().println("clawc: wrote " + output);
        return ExitCode.CLEAN;
    }
}

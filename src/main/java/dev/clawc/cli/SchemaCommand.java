package dev.clawc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.diag.PrettyJson;
import dev.clawc.release.OpenClawVersion;
import dev.clawc.release.Releases;
import dev.clawc.schema.PreparedSchemas;
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

    @Option(names = "--openclaw-version", paramLabel = "VERSION",
            description = "Print that release's own config schema (the whole config, facts only: keys, types, values, bounds) instead of clawc's annotated schema.")
    String openclawVersion;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    SchemaCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        byte[] schema;
        if (openclawVersion != null) {
            schema = releaseSchema();
        } else {
            try (InputStream in = SchemaCommand.class.getResourceAsStream(SchemaValidator.RESOURCE)) {
                schema = in.readAllBytes();
            }
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

    /** The chosen release's schema as synced from it, named in a `$comment`. */
    private byte[] releaseSchema() throws IOException {
        if (!OpenClawVersion.isVersion(openclawVersion)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--openclaw-version must be a release such as "
                    + Releases.bundled().newest() + "; got '" + openclawVersion + "'");
        }
        OpenClawVersion asked = OpenClawVersion.parse(openclawVersion);
        OpenClawVersion release = Releases.bundled().factsFor(asked);
        ObjectNode document = ((ObjectNode) PreparedSchemas.of(release)).deepCopy();
        ObjectNode out = JSON.createObjectNode();
        out.put("$comment", "The config schema of OpenClaw " + release + (release.equals(asked) ? "" : " (the synced release"
                + " nearest below " + asked + ")") + ", as tools/openclaw-sync recorded it: keys, types, values and bounds only.");
        out.setAll(document);
        return (JSON.writer(PrettyJson.printer()).writeValueAsString(out) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
}

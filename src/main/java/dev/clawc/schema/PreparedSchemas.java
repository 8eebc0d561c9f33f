package dev.clawc.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.release.OpenClawVersion;
import dev.clawc.release.RangeTree;
import dev.clawc.release.Releases;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One release's schema, ready for the validator: cut out of the synced range tree and rewritten (zod literal
 * unions to enums, ECMAScript patterns to Java ones).
 *
 * <p>The range tree (rules/openclaw/releases/schema.json) stays the one place the knowledge is kept. Cutting one
 * release out of it means reading all 1.7 MB, which start-up cannot afford, so the build runs {@link #main} once
 * ({@code process-classes}) and writes each release's prepared schema as a generated resource, one file per distinct
 * schema, with an index from release to file. At run time the resource is read when present; without it (a class
 * path without the build step) the schema is cut from the tree as before, with the same result
 * ({@code PreparedSchemasTest} checks every release).
 */
public final class PreparedSchemas {
    static final String DIR = "/clawc/generated/schema/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile JsonNode index;

    private PreparedSchemas() {
    }

    /** The prepared schema of a synced release (use {@link Releases#factsFor} first). */
    public static JsonNode of(OpenClawVersion release) {
        String file = generatedIndex().path(release.toString()).asText(null);
        if (file != null) {
            try (InputStream in = PreparedSchemas.class.getResourceAsStream(DIR + file)) {
                if (in != null) {
                    return JSON.readTree(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cut(release);
    }

    /** The schema of {@code release} cut from the range tree and rewritten: what the generated files hold. */
    static JsonNode cut(OpenClawVersion release) {
        return ConstUnions.rewrite(EcmaPattern.rewrite(RangeTree.bundledAt("schema", release)));
    }

    /** The generated index (release to file), or an empty object when the build step did not run. */
    static JsonNode generatedIndex() {
        JsonNode known = index;
        if (known == null) {
            try (InputStream in = PreparedSchemas.class.getResourceAsStream(DIR + "index.json")) {
                known = in == null ? JSON.createObjectNode() : JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            index = known;
        }
        return known;
    }

    /** Build step: writes every synced release's prepared schema under {@code args[0]} (the classes folder). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0] + DIR);
        Files.createDirectories(out);
        try (var stale = Files.list(out)) { // a schema changed by a sync must not linger in the jar
            for (Path old : stale.toList()) {
                Files.delete(old);
            }
        }
        ObjectNode releaseToFile = JSON.createObjectNode();
        Set<String> written = new LinkedHashSet<>();
        for (Releases.Release release : Releases.bundled().all()) {
            byte[] bytes = JSON.writeValueAsBytes(cut(release.version()));
            String file = sha256(bytes).substring(0, 16) + ".json";
            if (written.add(file)) {
                Files.write(out.resolve(file), bytes);
            }
            releaseToFile.put(release.version().toString(), file);
        }
        Files.writeString(out.resolve("index.json"), JSON.writeValueAsString(releaseToFile), StandardCharsets.UTF_8);
        System.out.println("[clawc] prepared schemas: " + releaseToFile.size() + " releases, " + written.size()
                + " distinct schemas in " + out);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.clawc.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.release.BundledJson;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One release's schema, ready for the validator: cut out of the synced range tree and rewritten (zod literal
 * unions to enums, ECMAScript patterns to Java ones).
 *
 * <p>The range tree (rules/openclaw/releases/schema.json) stays the one place the knowledge is kept. Cutting one
 * release out of it means reading all 1.7 MB, which start-up cannot afford, so the build runs {@link #main} once
 * ({@code process-classes}) and writes each release's prepared schema as generated resources: a skeleton per
 * distinct schema with its large top-level sections as files of their own (shared between releases), and an index
 * from release to skeleton, so that a check reads the sections its config has and no others ({@link SectionedSchema}). At run time the resource is read when present; without it (a class
 * path without the build step) the schema is cut from the tree as before, with the same result
 * ({@code PreparedSchemasTest} checks every release).
 */
public final class PreparedSchemas {
    static final String DIR = "/clawc/generated/schema/";
    /** A section this large or larger (as written) is a file of its own; smaller ones stay in the skeleton. */
    static final int SECTION_FILE_BYTES = 2048;
    private static volatile JsonNode index;
    private static final Map<String, SectionedSchema> BY_FILE = new ConcurrentHashMap<>();

    private PreparedSchemas() {
    }

    /** The prepared schema of a synced release (use {@link Releases#factsFor} first), whole. */
    public static JsonNode of(OpenClawVersion release) {
        return sectioned(release).whole();
    }

    /**
     * The prepared schema of a synced release, its sections read as they are asked for: the generated skeleton
     * when the build step ran, else the schema cut from the range tree, whole.
     */
    static SectionedSchema sectioned(OpenClawVersion release) {
        String file = generatedIndex().path(release.toString()).asText(null);
        if (file != null) {
            SectionedSchema known = BY_FILE.get(file);
            if (known != null) {
                return known;
            }
            JsonNode skeleton = readGenerated(file);
            if (skeleton != null) {
                SectionedSchema schema = SectionedSchema.of(skeleton, PreparedSchemas::readSection);
                SectionedSchema raced = BY_FILE.putIfAbsent(file, schema);
                return raced != null ? raced : schema;
            }
        }
        return SectionedSchema.whole(cut(release));
    }

    private static JsonNode readSection(String file) {
        JsonNode section = readGenerated(file);
        if (section == null) {
            throw new IllegalStateException("generated schema section missing: " + DIR + file);
        }
        return section;
    }

    private static JsonNode readGenerated(String file) {
        try (InputStream in = PreparedSchemas.class.getResourceAsStream(DIR + file)) {
            return in == null ? null : BundledJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema of {@code release} cut from the range tree and rewritten: what the generated files hold. */
    static JsonNode cut(OpenClawVersion release) {
        return ConstUnions.rewrite(EcmaPattern.rewrite(RangeTree.bundledAt("schema", release)));
    }

    /** The generated index (release to skeleton file), or an empty object when the build step did not run. */
    static JsonNode generatedIndex() {
        JsonNode known = index;
        if (known == null) {
            known = readGenerated("index.json");
            if (known == null) {
                known = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            }
            index = known;
        }
        return known;
    }

    /**
     * Build step: writes every synced release's prepared schema under {@code args[0]} (the classes folder) as a
     * skeleton and section files, each named by its content's hash (releases share most sections).
     */
    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path out = Path.of(args[0] + DIR);
        Files.createDirectories(out);
        try (var stale = Files.list(out)) { // a schema changed by a sync must not linger in the jar
            for (Path old : stale.toList()) {
                Files.delete(old);
            }
        }
        ObjectNode releaseToFile = json.createObjectNode();
        Set<String> written = new LinkedHashSet<>();
        for (Releases.Release release : Releases.bundled().all()) {
            JsonNode schema = cut(release.version());
            JsonNode skeleton = schema.deepCopy();
            if (skeleton.get("properties") instanceof ObjectNode properties) {
                for (String name : fieldNames(properties)) {
                    JsonNode section = properties.get(name);
                    byte[] bytes = json.writeValueAsBytes(section);
                    if (bytes.length >= SECTION_FILE_BYTES && !section.has("not") && !SectionedSchema.isStub(section)) {
                        properties.putObject(name).put(SectionedSchema.STUB, write(out, bytes, written));
                    }
                }
            }
            releaseToFile.put(release.version().toString(), write(out, json.writeValueAsBytes(skeleton), written));
        }
        Files.writeString(out.resolve("index.json"), json.writeValueAsString(releaseToFile), StandardCharsets.UTF_8);
        System.out.println("[clawc] prepared schemas: " + releaseToFile.size() + " releases, " + written.size()
                + " distinct skeletons and sections in " + out);
    }

    /** Writes {@code bytes} once under the name of their hash; returns the name. */
    private static String write(Path out, byte[] bytes, Set<String> written) throws IOException {
        String file = sha256(bytes).substring(0, 16) + ".json";
        if (written.add(file)) {
            Files.write(out.resolve(file), bytes);
        }
        return file;
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

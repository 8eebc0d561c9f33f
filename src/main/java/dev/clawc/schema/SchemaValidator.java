package dev.clawc.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.json5.Json5Value;
import dev.clawc.release.OpenClawVersion;
import dev.clawc.release.Releases;
import java.util.concurrent.ConcurrentHashMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a loaded config against clawc's JSON Schema ({@code schema/openclaw.schema.json}) and
 * turns each finding into a diagnostic at the offending node's span: {@code unknown-key},
 * {@code invalid-type}, {@code invalid-value}, {@code missing-key}.
 *
 * <p>For {@code anyOf}/{@code oneOf} the validator reports the failures of every alternative; only
 * the alternative the value was evidently meant to be (its type and discriminator match) is kept,
 * so a user sees "missing key `id`" rather than "expected a string" for a SecretRef object.
 */
public final class SchemaValidator {
    public static final String RESOURCE = "/clawc/schema/openclaw.schema.json";

    private static volatile SchemaValidator bundled;

    private final SectionedSchema schema;
    private final SpecVersion.VersionFlag dialect;
    /** Compiled schemas by the top-level sections a config has (see {@link #schemaFor}); a few at most. */
    private final Map<Set<String>, JsonSchema> bySections = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Set<String>, JsonSchema> eldest) {
            return size() > 8;
        }
    };

    private static final Map<OpenClawVersion, SchemaValidator> BY_RELEASE = new ConcurrentHashMap<>();

    private SchemaValidator(SectionedSchema schema, SpecVersion.VersionFlag dialect) {
        this.schema = schema;
        this.dialect = dialect;
    }

    /**
     * The compiled schema for a config with these top-level keys. The validator builds the validators of every
     * subschema it is given up front, and a release's schema is 600 KB (channels alone 250 KB); a section the
     * config does not have cannot produce a finding, so only the present sections' {@code properties} are
     * compiled. Paths, keywords and messages stay those of the whole schema, which the mapper reads.
     */
    private JsonSchema schemaFor(JsonNode instance) {
        JsonNode properties = schema.skeleton().get("properties");
        Set<String> sections = new java.util.TreeSet<>();
        if (instance.isObject() && properties instanceof ObjectNode) {
            instance.fieldNames().forEachRemaining(name -> {
                if (properties.has(name)) {
                    sections.add(name);
                }
            });
        }
        return bySections.computeIfAbsent(sections, present -> {
            JsonNode document = schema.withSections(present);
            // preloading would compile referenced subschemas up front; lazily, only those a config reaches are
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                    .preloadJsonSchema(false).build();
            return JsonSchemaFactory.getInstance(dialect).getSchema(document, config);
        });
    }

    private SchemaValidator(JsonNode schemaDocument) {
        this(SectionedSchema.whole(schemaDocument), SpecVersion.VersionFlag.V202012);
    }

    /**
     * The validator of one OpenClaw release: that release's own config schema (draft-07, facts only) as synced by
     * tools/openclaw-sync, covering every section. A version between synced releases uses the one below it.
     */
    public static SchemaValidator forRelease(OpenClawVersion version) {
        OpenClawVersion release = Releases.bundled().factsFor(version);
        return BY_RELEASE.computeIfAbsent(release,
                r -> new SchemaValidator(PreparedSchemas.sectioned(r), SpecVersion.VersionFlag.V7));
    }

    /** The schema shipped in the jar, loaded once per process on first use. */
    public static SchemaValidator bundled() {
        SchemaValidator instance = bundled;
        if (instance == null) {
            synchronized (SchemaValidator.class) {
                instance = bundled;
                if (instance == null) {
                    try (InputStream in = SchemaValidator.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("schema resource missing: " + RESOURCE);
                        }
                        instance = new SchemaValidator(dev.clawc.release.BundledJson.read(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    bundled = instance;
                }
            }
        }
        return instance;
    }

    public static SchemaValidator of(JsonNode schemaDocument) {
        return new SchemaValidator(schemaDocument);
    }

    /** Sets up the validator library (its factory and meta-schema, the first use's class set-up), for the warm-up. */
    public SchemaValidator prepare() {
        JsonSchemaFactory.getInstance(dialect);
        return this;
    }

    /** The whole schema (every section read). */
    public JsonNode document() {
        return schema.whole();
    }

    /** One top-level section of the schema ({@code properties.NAME} of the root); a missing node if there is none. */
    public JsonNode section(String name) {
        return schema.section(name);
    }

    public List<Diagnostic> validate(Json5Value root) {
        if (root == null) {
            return List.of();
        }
        Set<ValidationMessage> messages;
        JsonNode instance = JsonTree.of(root);
        synchronized (bySections) { // subschemas compile lazily on first use; batch checks share this instance
            messages = schemaFor(instance).validate(instance);
        }
        List<SchemaFinding> findings = new ArrayList<>(messages.size());
        for (ValidationMessage message : messages) {
            findings.add(SchemaFinding.of(message));
        }
        List<SchemaFinding> kept = BranchPruner.prune(findings, 0);
        FindingMapper mapper = new FindingMapper(schema);
        Map<String, Diagnostic> unique = new LinkedHashMap<>();
        int unmapped = 0;
        for (SchemaFinding finding : kept) {
            if (unique.size() >= MAX_MAPPED) {
                unmapped++; // a report shows FindingCap.MAX_PER_FILE findings; mapping 20,000 would cost seconds
                continue;
            }
            AstLocator.Located located = AstLocator.find(root, finding.instance());
            if (located == null) {
                continue;
            }
            Diagnostic diagnostic = mapper.map(finding, located);
            if (diagnostic != null) {
                String identity = diagnostic.rule() + "@" + diagnostic.span().start() + ":" + diagnostic.message();
                unique.putIfAbsent(identity, diagnostic);
            }
        }
        List<Diagnostic> out = new ArrayList<>(unique.values());
        if (unmapped > 0) {
            out.add(dev.clawc.diag.FindingCap.more(unmapped, root.span().file().displayName()));
        }
        return out;
    }

    /** Findings mapped to diagnostics per validation; the rest are only counted. */
    static final int MAX_MAPPED = 2 * dev.clawc.diag.FindingCap.MAX_PER_FILE;

    /** The property names a schema object at a JSON pointer allows, for did-you-mean. */
    static Set<String> propertyNames(JsonNode schemaNode) {
        Set<String> names = new LinkedHashSet<>();
        JsonNode properties = schemaNode.path("properties");
        properties.fieldNames().forEachRemaining(name -> {
            JsonNode property = properties.get(name);
            if (!property.has("not")) { // retired keys are listed only to be refused
                names.add(name);
            }
        });
        return names;
    }

    static ConfigPath parentPath(AstLocator.Located located) {
        return located.path();
    }
}

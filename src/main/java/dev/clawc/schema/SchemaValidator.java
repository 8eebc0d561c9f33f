package dev.clawc.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.clawc.release.RangeTree;
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

    private final JsonNode schemaDocument;
    private final JsonSchema schema;

    private static final Map<OpenClawVersion, SchemaValidator> BY_RELEASE = new ConcurrentHashMap<>();

    private SchemaValidator(JsonNode schemaDocument, SpecVersion.VersionFlag dialect) {
        this.schemaDocument = schemaDocument;
        // preloading compiles every subschema up front; lazily, only the parts a config touches are compiled
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                .preloadJsonSchema(false).build();
        this.schema = JsonSchemaFactory.getInstance(dialect).getSchema(schemaDocument, config);
    }

    private SchemaValidator(JsonNode schemaDocument) {
        this(schemaDocument, SpecVersion.VersionFlag.V202012);
    }

    /**
     * The validator of one OpenClaw release: that release's own config schema (draft-07, facts only) as synced by
     * tools/openclaw-sync, covering every section. A version between synced releases uses the one below it.
     */
    public static SchemaValidator forRelease(OpenClawVersion version) {
        OpenClawVersion release = Releases.bundled().factsFor(version);
        // streamed: only the chosen release's nodes are built (the whole tree cost start-up 300+ ms)
        return BY_RELEASE.computeIfAbsent(release, r -> {
            return new SchemaValidator(ConstUnions.rewrite(EcmaPattern.rewrite(RangeTree.bundledAt("schema", r))),
                    SpecVersion.VersionFlag.V7);
        });
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
                        instance = new SchemaValidator(new ObjectMapper().readTree(in));
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

    public JsonNode document() {
        return schemaDocument;
    }

    public List<Diagnostic> validate(Json5Value root) {
        if (root == null) {
            return List.of();
        }
        Set<ValidationMessage> messages;
        synchronized (schema) { // subschemas compile lazily on first use; batch checks share this instance
            messages = schema.validate(JsonTree.of(root));
        }
        List<SchemaFinding> findings = new ArrayList<>(messages.size());
        for (ValidationMessage message : messages) {
            findings.add(SchemaFinding.of(message));
        }
        List<SchemaFinding> kept = BranchPruner.prune(findings, 0);
        FindingMapper mapper = new FindingMapper(schemaDocument);
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

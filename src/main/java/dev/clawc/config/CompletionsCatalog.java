package dev.clawc.config;

import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Number;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The built-in openai-completions models of OpenClaw's model library for releases that resolve models
 * from a bundled catalog (2026.2.6: pi-ai 0.52.7), read from
 * {@code rules/payload/openai-completions-catalog-<release>.json5}.
 */
public final class CompletionsCatalog {
    private static final String RESOURCE = "/clawc/rules/payload/openai-completions-catalog-pi-ai.json5";
    private static volatile CompletionsCatalog bundled;

    /** One catalog model. {@code compat} holds the library's request-shape overrides, or null. */
    public record Entry(String provider, String id, boolean reasoning, int maxTokens, boolean image, Json5Object compat,
            String baseUrl) {
    }

    private final Map<String, Map<String, Entry>> byProvider;
    private final String source;

    private CompletionsCatalog(Map<String, Map<String, Entry>> byProvider, String source) {
        this.byProvider = byProvider;
        this.source = source;
    }

    public static CompletionsCatalog bundled() {
        CompletionsCatalog instance = bundled;
        if (instance == null) {
            instance = read();
            bundled = instance;
        }
        return instance;
    }

    /** True when the catalog lists this provider at all. */
    public boolean hasProvider(String provider) {
        return byProvider.containsKey(provider);
    }

    /** The entry for provider/id, or null. */
    public Entry find(String provider, String id) {
        Map<String, Entry> models = byProvider.get(provider);
        return models == null ? null : models.get(id);
    }

    public String source() {
        return source;
    }

    private static CompletionsCatalog read() {
        try (InputStream in = CompletionsCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            ParseResult parsed = Json5Reader.read(new SourceFile("openai-completions-catalog-pi-ai.json5",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            if (parsed.hasErrors() || !(parsed.value() instanceof Json5Object root)) {
                throw new IllegalStateException("bad catalog " + RESOURCE + ": " + parsed.diagnostics());
            }
            Map<String, Map<String, Entry>> out = new HashMap<>();
            Json5Object providers = (Json5Object) root.get("providers");
            for (Json5Member provider : providers.members()) {
                Json5Object body = (Json5Object) provider.value();
                String baseUrl = body.get("baseUrl") instanceof Json5String s ? s.value() : null;
                Map<String, Entry> models = new HashMap<>();
                for (Json5Value v : ((Json5Array) body.get("models")).elements()) {
                    Json5Object m = (Json5Object) v;
                    String id = ((Json5String) m.get("id")).value();
                    models.put(id, new Entry(provider.name(), id, m.get("reasoning") instanceof Json5Boolean b && b.value(),
                            (int) ((Json5Number) m.get("maxTokens")).doubleValue(),
                            m.get("image") instanceof Json5Boolean i && i.value(),
                            m.get("compat") instanceof Json5Object c ? c : null, baseUrl));
                }
                out.put(provider.name(), Collections.unmodifiableMap(models));
            }
            String source = root.get("source") instanceof Json5String s ? s.value() : RESOURCE;
            return new CompletionsCatalog(Collections.unmodifiableMap(out), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

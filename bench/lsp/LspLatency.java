import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Latency of diagnostics after a change: an LSP4J client starts `clawc lsp` as a separate process (as an
 * editor does), opens a config, then sends changes one at a time and times each didChange until the
 * publishDiagnostics carrying that document version arrives. Debounce is 0 here, so the figure is
 * analysis plus transport; an editor adds the debounce (150 ms by default) on purpose.
 *
 *   java -cp target/clawc.jar bench/lsp/LspLatency.java JAVA_COMMAND... (run by bench/lsp/run.sh)
 */
public class LspLatency {
    static final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();

    public static void main(String[] args) throws Exception {
        List<String> command = new ArrayList<>(List.of(args));
        command.add("lsp");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), process.getInputStream(), process.getOutputStream());
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        com.google.gson.JsonObject options = new com.google.gson.JsonObject();
        options.addProperty("debounceMs", 0);
        init.setInitializationOptions(options);
        server.initialize(init).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());

        Path dir = Files.createTempDirectory("clawc-lsp-bench");
        String typical = Files.readString(Path.of("examples/seed.json5"));
        String large = largeConfig(2000);
        System.out.printf("typical config: examples/seed.json5 (%d lines); large config: generated (%d lines)%n",
                typical.split("\n").length, large.split("\n").length);
        measure(server, dir.resolve("typical/openclaw.json5"), typical, 100, 300);
        measure(server, dir.resolve("large-catalog/openclaw.json5"), largeCatalog(2000), 30, 100);
        measure(server, dir.resolve("large-roster/openclaw.json5"), large, 30, 100);
        server.shutdown().get(10, TimeUnit.SECONDS);
        server.exit();
        process.waitFor(10, TimeUnit.SECONDS);
        process.destroy();
        System.exit(0);
    }

    static void measure(LanguageServer server, Path file, String text, int warmup, int runs) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        String uri = file.toUri().toString();
        published.clear();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "json5", 1, text)));
        await(uri, 1);
        List<Double> millis = new ArrayList<>();
        int findings = 0;
        for (int i = 0; i < warmup + runs; i++) {
            int version = i + 2;
            // a change an editor makes: one value edited (a number in a trailing comment changes each time)
            String changed = text + "// edit " + i + "\n";
            long start = System.nanoTime();
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(changed))));
            PublishDiagnosticsParams params = await(uri, version);
            long end = System.nanoTime();
            findings = params.getDiagnostics().size();
            if (i >= warmup) {
                millis.add((end - start) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf("%-8s %5d lines, %3d findings: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms (%d runs after %d warm-up)%n",
                file.getParent().getFileName(), text.split("\n").length, findings, pct(millis, 50), pct(millis, 95),
                millis.get(0), millis.get(millis.size() - 1), runs, warmup);
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static PublishDiagnosticsParams await(String uri, int version) throws InterruptedException {
        while (true) {
            PublishDiagnosticsParams params = published.poll(60, TimeUnit.SECONDS);
            if (params == null) {
                throw new IllegalStateException("no diagnostics for version " + version);
            }
            if (params.getUri().equals(uri) && params.getVersion() != null && params.getVersion() == version) {
                return params;
            }
        }
    }

    /** A config of about {@code lines} lines, long because of a custom provider's model rows (a few agents). */
    static String largeCatalog(int lines) {
        StringBuilder out = new StringBuilder("{\n  meta: { lastTouchedVersion: \"2026.9.6\" },\n  models: { providers: {\n");
        out.append("    lab: { baseUrl: \"http://localhost:8000/v1\", api: \"openai-completions\", apiKey: \"${LAB_KEY}\", models: [\n");
        int row = 0;
        while (out.toString().split("\n").length < lines - 14) {
            out.append("      {\n        // row ").append(row).append("\n        id: \"lab-model-").append(row).append("\",\n        name: \"Lab ")
                    .append(row).append("\",\n        contextWindow: 128000,\n        maxTokens: 8192,\n        reasoning: false,\n      },\n");
            row++;
        }
        out.append("    ] },\n  } },\n  agents: {\n    defaults: {\n      model: { primary: \"lab/lab-model-0\", fallbacks: [\"lab/lab-model-1\"] },\n");
        out.append("      models: { \"lab/lab-model-0\": {}, \"lab/lab-model-1\": {} },\n    },\n");
        out.append("    entries: { ops: { model: \"lab/lab-model-2\" }, main: { default: true } },\n  },\n}\n");
        return out.toString();
    }

    /** A config of about {@code lines} lines: many agents with model chains, models maps and params. */
    static String largeConfig(int lines) {
        StringBuilder out = new StringBuilder("{\n  meta: { lastTouchedVersion: \"2026.9.6\" },\n  models: { providers: {\n");
        out.append("    lab: { baseUrl: \"http://localhost:8000/v1\", api: \"openai-completions\", apiKey: \"${LAB_KEY}\", models: [\n");
        for (int i = 0; i < 20; i++) {
            out.append("      { id: \"lab-model-").append(i).append("\", name: \"Lab ").append(i).append("\", contextWindow: 128000, maxTokens: 8192 },\n");
        }
        out.append("    ] },\n  } },\n  agents: {\n    defaults: {\n      model: { primary: \"anthropic/claude-sonnet-4-5\", fallbacks: [\"openai/gpt-5\"] },\n");
        out.append("      models: {\n        \"anthropic/claude-sonnet-4-5\": { alias: \"sonnet\", params: { cacheRetention: \"long\" } },\n        \"openai/gpt-5\": {},\n      },\n    },\n    entries: {\n");
        int agent = 0;
        while (out.toString().split("\n").length < lines - 6) {
            out.append("      agent").append(agent).append(": {\n")
                    .append("        // agent ").append(agent).append(" of a generated roster\n")
                    .append("        model: { primary: \"lab/lab-model-").append(agent % 20).append("\", fallbacks: [\"sonnet\", \"openai/gpt-5\"] },\n")
                    .append("        models: {\n")
                    .append("          \"lab/lab-model-").append(agent % 20).append("\": { params: { temperature: 0.").append(agent % 9 + 1).append(" } },\n")
                    .append("          \"openai/gpt-5\": { params: { maxTokens: 4096 } },\n")
                    .append("        },\n")
                    .append("        params: { cacheRetention: \"short\" },\n")
                    .append("      },\n");
            agent++;
        }
        out.append("    },\n  },\n}\n");
        return out.toString();
    }

    static final class Client implements LanguageClient {
        public void telemetryEvent(Object object) {
        }

        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.add(diagnostics);
        }

        public void showMessage(MessageParams messageParams) {
        }

        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        public void logMessage(MessageParams message) {
        }
    }
}

package dev.clawc.lsp;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real LSP client (LSP4J's launcher) talking to {@code clawc lsp}'s server over a pair of pipes, as an
 * editor does over stdio. Diagnostics the server publishes are collected per URI.
 */
final class LspHarness implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 30;

    final LanguageServer server;
    private final CompletableFuture<Integer> serverExit;
    private final Map<String, PublishDiagnosticsParams> latest = new ConcurrentHashMap<>();
    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private final Pipe toServer;
    private final Pipe toClient;

    LspHarness(JsonObject options) throws Exception {
        // nio pipes, not java.io's Piped streams, which fail when the thread that last wrote has ended
        toServer = Pipe.open();
        toClient = Pipe.open();
        InputStream serverIn = Channels.newInputStream(toServer.source());
        OutputStream clientOut = Channels.newOutputStream(toServer.sink());
        InputStream clientIn = Channels.newInputStream(toClient.source());
        OutputStream serverOut = Channels.newOutputStream(toClient.sink());
        serverExit = CompletableFuture.supplyAsync(() ->
                ClawcLanguageServer.serve(serverIn, serverOut, Map.of(), "test"));
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        init.setInitializationOptions(options);
        server.initialize(init).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    static JsonObject options(String openclawVersion, long debounceMs) {
        JsonObject options = new JsonObject();
        if (openclawVersion != null) {
            options.addProperty("openclawVersion", openclawVersion);
        }
        options.addProperty("debounceMs", debounceMs);
        return options;
    }

    static String uri(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    void open(Path path, String text) {
        versions.put(uri(path), 1);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(path), "json5", 1, text)));
    }

    void change(Path path, String text) {
        int version = versions.merge(uri(path), 1, Integer::sum);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(path), version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** Waits for a publication for this file that satisfies the predicate (earlier ones are skipped). */
    PublishDiagnosticsParams awaitDiagnostics(Path path, Predicate<PublishDiagnosticsParams> accept) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        PublishDiagnosticsParams current = latest.get(uri(path));
        if (current != null && accept.test(current)) {
            return current;
        }
        while (System.nanoTime() < deadline) {
            PublishDiagnosticsParams next = published.poll(100, TimeUnit.MILLISECONDS);
            if (next != null && next.getUri().equals(uri(path)) && accept.test(next)) {
                return next;
            }
        }
        throw new AssertionError("no diagnostics for " + path + " matched; last: " + latest.get(uri(path)));
    }

    /** Waits for the diagnostics of a given document version. */
    PublishDiagnosticsParams awaitVersion(Path path, int version) throws InterruptedException {
        return awaitDiagnostics(path, p -> p.getVersion() != null && p.getVersion() == version);
    }

    int version(Path path) {
        return versions.getOrDefault(uri(path), 0);
    }

    List<CompletionItem> complete(Path path, Position at) throws Exception {
        Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri(path)), at)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return result.isLeft() ? result.getLeft() : result.getRight().getItems();
    }

    Hover hover(Path path, Position at) throws Exception {
        return server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri(path)), at))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    List<? extends Location> definition(Path path, Position at) throws Exception {
        return server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri(path)), at))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).getLeft();
    }

    List<DocumentSymbol> symbols(Path path) throws Exception {
        List<Either<SymbolInformation, DocumentSymbol>> result = server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri(path)))).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return result.stream().map(Either::getRight).toList();
    }

    List<CodeAction> codeActions(Path path, Range range, List<org.eclipse.lsp4j.Diagnostic> diagnostics) throws Exception {
        List<Either<Command, CodeAction>> result = server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri(path)), range, new CodeActionContext(diagnostics)))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return result.stream().map(Either::getRight).toList();
    }

    @Override
    public void close() throws Exception {
        server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        server.exit();
        int code = serverExit.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        toServer.sink().close();
        toClient.sink().close();
        if (code != 0) {
            throw new IOException("server exit code " + code);
        }
    }

    private final class Client implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            latest.put(diagnostics.getUri(), diagnostics);
            published.add(diagnostics);
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}

package dev.clawc.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * {@code clawc lsp}: a language server for OpenClaw configs on top of the analysis {@code check} runs.
 * Lifecycle and capabilities here; documents in {@link ConfigDocumentService}, analyses in {@link Workspace}.
 */
public final class ClawcLanguageServer implements LanguageServer, LanguageClientAware {
    private final Map<String, String> processEnv;
    private final String version;
    private final Workspace workspace;
    private final ConfigDocumentService documents;
    private final SettingsService settingsService;
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile ServerSettings settings;
    private volatile boolean shutdown;

    public ClawcLanguageServer(Map<String, String> processEnv, String version) {
        this.processEnv = processEnv;
        this.version = version;
        this.settings = ServerSettings.defaults(processEnv);
        this.workspace = new Workspace(settings.analysis(), settings.debounceMillis());
        this.documents = new ConfigDocumentService(workspace, SchemaIndex.bundled());
        this.settingsService = new SettingsService(this);
    }

    /**
     * Serves the protocol on the given streams until the client sends {@code exit} or closes the input.
     * Returns the exit code the protocol asks for: 0 after {@code shutdown}, 1 otherwise.
     */
    public static int serve(InputStream in, OutputStream out, Map<String, String> env, String version) {
        ClawcLanguageServer server = new ClawcLanguageServer(env, version);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        CompletableFuture<Object> closed = CompletableFuture.supplyAsync(() -> {
            try {
                return listening.get();
            } catch (InterruptedException | ExecutionException e) {
                return null;
            }
        });
        try {
            CompletableFuture.anyOf(closed, server.exited).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the connection broke: end as after an exit without shutdown
        }
        listening.cancel(true);
        server.workspace.shutdown();
        return server.exited.getNow(server.shutdown ? 0 : 1);
    }

    @Override
    public void connect(LanguageClient client) {
        workspace.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        configure(params.getInitializationOptions());
        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Full);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        capabilities.setCompletionProvider(new CompletionOptions(false, List.of("\"", "'", "/", "{", "$", ":")));
        capabilities.setHoverProvider(true);
        capabilities.setDefinitionProvider(true);
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("clawc", version)));
    }

    void configure(Object options) {
        settings = settings.with(options, processEnv);
        workspace.configure(settings.analysis(), settings.debounceMillis());
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exited.complete(shutdown ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return settingsService;
    }
}

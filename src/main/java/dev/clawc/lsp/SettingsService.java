package dev.clawc.lsp;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The workspace half of the protocol: new settings re-analyze the open configs. */
final class SettingsService implements WorkspaceService {
    private final ClawcLanguageServer server;

    SettingsService(ClawcLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        server.configure(params.getSettings());
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        // includes are re-read on every analysis; nothing is cached between them
    }
}

package dev.clawc.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/** The text-document half of the protocol: full-text sync, then each request answered from the current analysis. */
final class ConfigDocumentService implements TextDocumentService {
    private final Workspace workspace;
    private final Completions completions;
    private final Hovers hovers;

    ConfigDocumentService(Workspace workspace, SchemaIndex schema) {
        this.workspace = workspace;
        this.completions = new Completions(schema);
        this.hovers = new Hovers(schema);
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        workspace.opened(params.getTextDocument().getUri(), params.getTextDocument().getVersion(), params.getTextDocument().getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
        if (changes.isEmpty()) {
            return;
        }
        // full sync: the last change holds the whole text
        workspace.changed(params.getTextDocument().getUri(), params.getTextDocument().getVersion(),
                changes.get(changes.size() - 1).getText());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        workspace.closed(params.getTextDocument().getUri());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        workspace.saved(params.getTextDocument().getUri());
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return request(params.getTextDocument().getUri(), (file, text) -> {
            int offset = new Positions(text).offset(params.getPosition());
            return Either.forRight(new CompletionList(false, completions.at(file, text, offset, workspace.current(file))));
        }, Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return request(params.getTextDocument().getUri(), (file, text) ->
                hovers.at(file, text, new Positions(text).offset(params.getPosition()), workspace.current(file)), null);
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return request(params.getTextDocument().getUri(), (file, text) -> Either.forLeft(
                Definitions.at(file, text, new Positions(text).offset(params.getPosition()), workspace.current(file))),
                Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return request(params.getTextDocument().getUri(), (file, text) -> {
            List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
            for (DocumentSymbol symbol : Symbols.of(file, workspace.current(file))) {
                out.add(Either.forRight(symbol));
            }
            return out;
        }, List.of());
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return request(params.getTextDocument().getUri(), (file, text) -> {
            Positions positions = new Positions(text);
            List<Either<Command, CodeAction>> out = new ArrayList<>();
            for (CodeAction action : CodeActions.in(file, text, positions.offset(params.getRange().getStart()),
                    positions.offset(params.getRange().getEnd()), workspace.current(file))) {
                out.add(Either.forRight(action));
            }
            return out;
        }, List.of());
    }

    private interface Request<T> {
        T answer(Path file, String text) throws Exception;
    }

    /** Answers on the analysis worker, from the editor's text (or the file on disk when it is not open). */
    private <T> CompletableFuture<T> request(String uri, Request<T> request, T none) {
        Path file = Uris.path(uri);
        if (file == null) {
            return CompletableFuture.completedFuture(none);
        }
        return workspace.submit(() -> {
            Workspace.Document document = workspace.document(file);
            String text;
            if (document != null) {
                text = document.text();
            } else {
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return none;
                }
            }
            T answer = request.answer(file, text);
            return answer == null ? none : answer;
        });
    }
}

package dev.clawc.lsp;

import dev.clawc.config.Agent;
import dev.clawc.config.ConfigModel;
import dev.clawc.config.CustomProvider;
import dev.clawc.config.ModelEntry;
import dev.clawc.diag.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;

/** The document outline: agents, providers and the models of each models map, where they are written in this file. */
final class Symbols {
    private Symbols() {
    }

    static List<DocumentSymbol> of(Path file, Snapshot snapshot) {
        ConfigModel config = snapshot.model();
        if (config == null) {
            return List.of();
        }
        List<DocumentSymbol> out = new ArrayList<>();
        List<DocumentSymbol> agents = new ArrayList<>();
        List<Agent> all = new ArrayList<>();
        if (config.defaults() != null) {
            all.add(config.defaults());
        }
        all.addAll(config.agents());
        for (Agent agent : all) {
            if (agent.node() == null || !in(agent.node().span(), file)) {
                continue;
            }
            DocumentSymbol symbol = symbol(agent.isDefaults() ? "defaults" : agent.id(), SymbolKind.Class,
                    agent.node().span(), agent.node().span(), agent.path().toString());
            List<DocumentSymbol> models = new ArrayList<>();
            for (ModelEntry entry : config.modelEntries(agent.id())) {
                if (in(entry.member().span(), file)) {
                    models.add(symbol(entry.key(), SymbolKind.Field, entry.member().span(), entry.member().key().span(),
                            entry.alias() == null ? null : "alias " + entry.alias()));
                }
            }
            if (!models.isEmpty()) {
                symbol.setChildren(models);
            }
            agents.add(symbol);
        }
        out.addAll(agents);
        for (CustomProvider provider : config.providers().values()) {
            if (!in(provider.member().span(), file)) {
                continue;
            }
            DocumentSymbol symbol = symbol(provider.id(), SymbolKind.Module, provider.member().span(),
                    provider.member().key().span(), "provider" + (provider.api() == null ? "" : " · " + provider.api()));
            out.add(symbol);
        }
        return out;
    }

    private static DocumentSymbol symbol(String name, SymbolKind kind, Span range, Span selection, String detail) {
        Positions positions = new Positions(range.file().text());
        DocumentSymbol symbol = new DocumentSymbol(name.isEmpty() ? "\"\"" : name, kind,
                positions.range(range.start(), range.end()), positions.range(selection.start(), selection.end()));
        symbol.setDetail(detail);
        return symbol;
    }

    private static boolean in(Span span, Path file) {
        return span != null && file.equals(Uris.fromDisplayName(span.file().displayName()));
    }
}

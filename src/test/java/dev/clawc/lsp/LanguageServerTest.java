package dev.clawc.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.core.AnalysisSettings;
import dev.clawc.core.Analyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import dev.clawc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@code clawc lsp} through a real LSP4J client over pipes, as an editor would. */
class LanguageServerTest {
    private static final String SEED_LIKE = """
            {
              agents: {
                defaults: {
                  model: { primary: "openrouter/anthropic/claude-3.5-sonnet", fallbacks: ["openrouter/openai/gpt-4o-mini"] },
                  models: {
                    "openrouter/anthropic/claude-3.5-sonnet": { params: { cacheRetention: "none" } },
                    "openrouter/openai/gpt-4o-mini": {},
                  },
                },
              },
            }
            """;

    @TempDir
    Path dir;

    private LspHarness lsp;

    @BeforeEach
    void start() throws Exception {
        lsp = new LspHarness(LspHarness.options("2026.2.6", 0));
    }

    @AfterEach
    void stop() throws Exception {
        lsp.close();
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static List<String> codes(PublishDiagnosticsParams params) {
        List<String> codes = new ArrayList<>();
        for (Diagnostic d : params.getDiagnostics()) {
            codes.add(d.getCode().getLeft());
        }
        return codes;
    }

    private static String text(Hover hover) {
        MarkupContent content = hover.getContents().getRight();
        return content.getValue();
    }

    private static String apply(String text, List<TextEdit> edits) {
        Positions positions = new Positions(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit e) -> positions.offset(e.getRange().getStart())).reversed());
        StringBuilder out = new StringBuilder(text);
        for (TextEdit edit : sorted) {
            out.replace(positions.offset(edit.getRange().getStart()), positions.offset(edit.getRange().getEnd()), edit.getNewText());
        }
        return out.toString();
    }

    @Test
    void diagnosticsOnOpenAreTheFindingsCheckReports() throws Exception {
        Path file = write("openclaw.json5", SEED_LIKE);
        lsp.open(file, SEED_LIKE);
        PublishDiagnosticsParams published = lsp.awaitVersion(file, 1);

        // the same findings `check` gets from the core driver
        dev.clawc.core.AnalysisResult check = Analyzer.analyzeText(file.toString(), SEED_LIKE,
                AnalysisSettings.defaults().withVersion("2026.2.6"));
        List<String> expected = check.diagnostics().stream().map(dev.clawc.diag.Diagnostic::rule).toList();
        assertEquals(expected, codes(published));
        assertTrue(codes(published).contains("cache-control-rejected"), codes(published).toString());
        Diagnostic rejected = published.getDiagnostics().get(codes(published).indexOf("cache-control-rejected"));
        assertEquals(3, rejected.getRange().getStart().getLine());
        assertEquals("clawc", rejected.getSource());
        assertEquals(org.eclipse.lsp4j.DiagnosticSeverity.Error, rejected.getSeverity());
    }

    @Test
    void diagnosticsFollowChanges() throws Exception {
        Path file = write("openclaw.json5", "{ agents: { defaults: {} } }\n");
        lsp.open(file, "{ agents: { defaults: {} } }\n");
        assertEquals(List.of(), codes(lsp.awaitVersion(file, 1)));

        lsp.change(file, "{ agents: { defaults: {} } \n");
        assertTrue(codes(lsp.awaitVersion(file, 2)).contains("json5-syntax"));

        lsp.change(file, "{ agents: { defaults: {} }, gatewy: {} }\n");
        PublishDiagnosticsParams third = lsp.awaitVersion(file, 3);
        assertEquals(List.of("unknown-key"), codes(third));
        assertEquals(0, third.getDiagnostics().get(0).getRange().getStart().getLine());
    }

    @Test
    void theProjectSettingsApplyAsInCheck() throws Exception {
        write(".clawc.json5", "{ rules: { 'unknown-key': 'off', 'bare-model-ref': 'error' } }");
        String text = "{ gatewy: {}, agents: { defaults: { model: { primary: 'gpt-4o' } } } }\n";
        Path file = write("openclaw.json5", text);
        lsp.open(file, text);
        PublishDiagnosticsParams published = lsp.awaitVersion(file, 1);
        assertFalse(codes(published).contains("unknown-key"), codes(published).toString());
        Diagnostic bare = published.getDiagnostics().get(codes(published).indexOf("bare-model-ref"));
        assertEquals(org.eclipse.lsp4j.DiagnosticSeverity.Error, bare.getSeverity());
        Cli.Run check = Cli.run("check", "--format", "concise", "--no-process-env", file.toString());
        assertFalse(check.out().contains("unknown-key"), check.out()); // the same file, the same settings
    }

    @Test
    void includedFilesFindingsAppearInThatFile() throws Exception {
        Path part = write("agents.json5", "{ defaults: { modle: {} } }\n");
        String root = "{ agents: { $include: \"./agents.json5\" } }\n";
        Path file = write("openclaw.json5", root);
        lsp.open(file, root);
        PublishDiagnosticsParams inPart = lsp.awaitDiagnostics(part, p -> !p.getDiagnostics().isEmpty());
        assertEquals(List.of("unknown-key"), codes(inPart));
        assertEquals(0, inPart.getDiagnostics().get(0).getRange().getStart().getLine());
        assertEquals(14, inPart.getDiagnostics().get(0).getRange().getStart().getCharacter());
    }

    @Test
    void completesKeysFromTheSchemaWithDescriptions() throws Exception {
        Marked marked = Marked.of("{ agents: { defaults: { mo| } } }\n");
        Path file = write("openclaw.json5", marked.text());
        lsp.open(file, marked.text());
        List<CompletionItem> items = lsp.complete(file, marked.cursor());
        CompletionItem model = items.stream().filter(i -> i.getLabel().equals("model")).findFirst().orElseThrow();
        assertTrue(items.stream().anyMatch(i -> i.getLabel().equals("models")));
        assertTrue(model.getDocumentation().getRight().getValue().contains("Default chat model"));
        TextEdit edit = model.getTextEdit().getLeft();
        assertEquals("{ agents: { defaults: { model } } }\n", apply(marked.text(), List.of(edit)));
    }

    @Test
    void completesEnumValues() throws Exception {
        Marked marked = Marked.of("{ models: { mode: \"|\" } }\n");
        Path file = write("openclaw.json5", marked.text());
        lsp.open(file, marked.text());
        List<String> labels = lsp.complete(file, marked.cursor()).stream().map(CompletionItem::getLabel).toList();
        assertEquals(List.of("merge", "replace"), labels);
    }

    @Test
    void completesKeysOfEverySectionFromTheChosenReleasesSchema() throws Exception {
        // gateway is an open object in our own schema; the synced release schema knows its keys, per release
        Marked marked = Marked.of("{ gateway: { | } }\n");
        Path file = write("openclaw.json5", marked.text());
        lsp.open(file, marked.text());
        List<String> oldLabels = lsp.complete(file, marked.cursor()).stream().map(CompletionItem::getLabel).toList();
        assertTrue(oldLabels.containsAll(List.of("bind", "port", "mode")), oldLabels.toString());
        assertFalse(oldLabels.contains("publicOrigin"), "2026.2.6 has no gateway.publicOrigin: " + oldLabels);

        try (LspHarness newer = new LspHarness(LspHarness.options("2026.9.6", 0))) {
            newer.open(file, marked.text());
            List<String> labels = newer.complete(file, marked.cursor()).stream().map(CompletionItem::getLabel).toList();
            assertTrue(labels.containsAll(List.of("bind", "port", "mode", "publicOrigin", "customBindHost")), labels.toString());
        }
    }

    @Test
    void completesEnumValuesOfEverySectionFromTheReleasesSchema() throws Exception {
        Marked marked = Marked.of("{ gateway: { bind: \"|\" } }\n");
        Path file = write("openclaw.json5", marked.text());
        lsp.open(file, marked.text());
        List<String> labels = lsp.complete(file, marked.cursor()).stream().map(CompletionItem::getLabel).toList();
        assertEquals(List.of("auto", "lan", "loopback", "custom", "tailnet"), labels);
    }

    @Test
    void completesModelRefsFromCatalogsAndTheConfig() throws Exception {
        Marked marked = Marked.of("""
                {
                  models: { providers: { lab: { baseUrl: "http://localhost:8000/v1", api: "openai-completions", models: [{ id: "qwen-7b", name: "Qwen" }] } } },
                  agents: { defaults: {
                    models: { "anthropic/claude-sonnet-4-5": { alias: "sonnet" } },
                    model: { primary: "|" },
                  } },
                }
                """);
        Path file = write("openclaw.json5", marked.text());
        lsp.open(file, marked.text());
        List<CompletionItem> items = lsp.complete(file, marked.cursor());
        List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
        assertTrue(labels.contains("openrouter/anthropic/claude-3.5-sonnet"), labels.toString());
        assertTrue(labels.contains("lab/qwen-7b"), labels.toString());
        assertTrue(labels.contains("sonnet"), labels.toString());
        CompletionItem alias = items.get(labels.indexOf("sonnet"));
        assertEquals("alias for anthropic/claude-sonnet-4-5", alias.getDetail());
        assertTrue(apply(marked.text(), List.of(alias.getTextEdit().getLeft())).contains("primary: \"sonnet\""));
    }

    @Test
    void completesIncludePathsAndVariableNames() throws Exception {
        write("parts/agents.json5", "{}\n");
        write("parts/notes.txt", "not a config\n");
        Marked marked = Marked.of("{ agents: { $include: \"./parts/|\" } }\n");
        Path file = write("openclaw.json5", marked.text());
        lsp.open(file, marked.text());
        List<String> labels = lsp.complete(file, marked.cursor()).stream().map(CompletionItem::getLabel).toList();
        assertEquals(List.of("./parts/agents.json5"), labels);

        Marked env = Marked.of("{ env: { vars: { LAB_TOKEN: \"x\" } }, models: { providers: { lab: { apiKey: \"${LAB|\" } } } }\n");
        lsp.change(file, env.text());
        List<CompletionItem> vars = lsp.complete(file, env.cursor());
        CompletionItem token = vars.stream().filter(i -> i.getLabel().equals("LAB_TOKEN")).findFirst().orElseThrow();
        assertTrue(apply(env.text(), List.of(token.getTextEdit().getLeft())).contains("\"${LAB_TOKEN}\""));
    }

    @Test
    void hoverOnAModelRefShowsItsRouteAndRequest() throws Exception {
        Path file = write("openclaw.json5", SEED_LIKE);
        lsp.open(file, SEED_LIKE);
        int line = 3;
        int column = SEED_LIKE.lines().toList().get(line).indexOf("openrouter/anthropic") + 3;
        Hover hover = lsp.hover(file, new org.eclipse.lsp4j.Position(line, column));
        assertNotNull(hover);
        String text = text(hover);
        assertTrue(text.contains("| provider | `openrouter` |"), text);
        assertTrue(text.contains("cache markers"), text);
        assertTrue(text.contains("POST https://openrouter.ai/api/v1/chat/completions"), text);
        assertTrue(text.contains("cache-control-rejected"), text); // the finding on it, with its rule doc
    }

    @Test
    void hoverOnAKeyShowsItsDescription() throws Exception {
        Marked marked = Marked.of("{ agents: { defaults: { mod|el: \"openai/gpt-5\" } } }\n");
        Path file = write("openclaw.json5", marked.text());
        lsp.open(file, marked.text());
        String text = text(lsp.hover(file, marked.cursor()));
        assertTrue(text.contains("agents.defaults.model"), text);
        assertTrue(text.contains("Default chat model"), text);
    }

    // 2026.2.6 takes `model` only as an object (its schema has no string form)
    @Test
    void codeActionFixIsAppliedAndTheFindingGoes() throws Exception {
        String original = "{ agents: { defaults: { modle: { primary: \"openai/gpt-5\" } } } }\n";
        Path file = write("openclaw.json5", original);
        lsp.open(file, original);
        PublishDiagnosticsParams first = lsp.awaitVersion(file, 1);
        assertEquals(List.of("unknown-key"), codes(first));
        Diagnostic finding = first.getDiagnostics().get(0);

        List<CodeAction> actions = lsp.codeActions(file, finding.getRange(), List.of(finding));
        CodeAction fix = actions.stream().filter(a -> Boolean.TRUE.equals(a.getIsPreferred())).findFirst().orElseThrow();
        String fixed = apply(original, fix.getEdit().getChanges().get(LspHarness.uri(file)));
        assertEquals("{ agents: { defaults: { model: { primary: \"openai/gpt-5\" } } } }\n", fixed);
        lsp.change(file, fixed);
        PublishDiagnosticsParams second = lsp.awaitVersion(file, 2);
        assertEquals(List.of(), codes(second), () -> second.getDiagnostics().toString());

        CodeAction suppress = actions.stream().filter(a -> a.getTitle().startsWith("Suppress")).findFirst().orElseThrow();
        String suppressed = apply(original, suppress.getEdit().getChanges().get(LspHarness.uri(file)));
        assertEquals("{ agents: { defaults: { modle: { primary: \"openai/gpt-5\" } } } } // clawc-ignore unknown-key: reason\n", suppressed);
    }

    @Test
    void definitionsOfIncludesAndAliases() throws Exception {
        Path part = write("agents.json5", "{}\n");
        Marked include = Marked.of("{ agents: { $include: \"./age|nts.json5\" } }\n");
        Path file = write("openclaw.json5", include.text());
        lsp.open(file, include.text());
        List<? extends Location> target = lsp.definition(file, include.cursor());
        assertEquals(List.of(LspHarness.uri(part)), target.stream().map(Location::getUri).toList());

        Marked alias = Marked.of("""
                { agents: { defaults: {
                    models: { "anthropic/claude-sonnet-4-5": { alias: "sonnet" } },
                    model: { primary: "son|net" },
                } } }
                """);
        lsp.change(file, alias.text());
        List<? extends Location> aliasTarget = lsp.definition(file, alias.cursor());
        assertEquals(1, aliasTarget.size());
        assertEquals(1, aliasTarget.get(0).getRange().getStart().getLine());
    }

    @Test
    void documentSymbolsListAgentsProvidersAndModels() throws Exception {
        String text = """
                {
                  models: { providers: { lab: { baseUrl: "http://localhost:8000/v1", api: "openai-completions", models: [] } } },
                  agents: {
                    defaults: { models: { "openai/gpt-5": {} } },
                    entries: { ops: { model: "openai/gpt-5" } },
                  },
                }
                """;
        Path file = write("openclaw.json5", text);
        lsp.open(file, text);
        List<DocumentSymbol> symbols = lsp.symbols(file);
        List<String> names = symbols.stream().map(DocumentSymbol::getName).toList();
        assertEquals(List.of("defaults", "ops", "lab"), names);
        assertEquals(List.of("openai/gpt-5"), symbols.get(0).getChildren().stream().map(DocumentSymbol::getName).toList());
        assertFalse(symbols.get(2).getDetail().isEmpty());
    }
}

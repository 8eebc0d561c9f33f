package dev.clawc.lsp;

import dev.clawc.diag.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The open documents and their analyses. A change schedules one analysis of the document's root config
 * after a quiet period (debounce); the findings are published per file, so an included file's findings
 * show in that file too. Analyses and requests that read them run on one worker thread, in order.
 */
final class Workspace {
    private static final Set<String> ROOT_NAMES = Set.of("openclaw.json", "openclaw.json5");
    private static final int ROOT_SEARCH_DEPTH = 6;

    /** An open document: the editor's text, which wins over the file on disk. */
    record Document(String uri, int version, String text) {
    }

    private volatile ConfigAnalyzer.Settings settings;
    private volatile long debounceMillis;
    private volatile LanguageClient client;

    private final Map<Path, Document> documents = new ConcurrentHashMap<>();
    private final Map<Path, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<Path, Path> includedBy = new ConcurrentHashMap<>();
    private final Map<Path, Set<Path>> published = new ConcurrentHashMap<>();
    private final Map<Path, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "clawc-lsp-analysis");
        thread.setDaemon(true);
        return thread;
    });

    Workspace(ConfigAnalyzer.Settings settings, long debounceMillis) {
        this.settings = settings;
        this.debounceMillis = debounceMillis;
    }

    void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    void configure(ConfigAnalyzer.Settings newSettings, long newDebounceMillis) {
        this.settings = newSettings;
        this.debounceMillis = newDebounceMillis;
        for (Path root : new ArrayList<>(snapshots.keySet())) {
            schedule(root, 0);
        }
    }

    ExecutorService worker() {
        return worker;
    }

    /** Runs a request on the worker, after pending analyses already started. */
    <T> CompletableFuture<T> submit(Callable<T> request) {
        CompletableFuture<T> future = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                future.complete(request.call());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    void opened(String uri, int version, String text) {
        Path path = Uris.path(uri);
        if (path == null) {
            return;
        }
        documents.put(path, new Document(uri, version, text));
        worker.execute(() -> {
            Path root = findRoot(path);
            schedule(root, 0);
        });
    }

    void changed(String uri, int version, String text) {
        Path path = Uris.path(uri);
        if (path == null) {
            return;
        }
        documents.put(path, new Document(uri, version, text));
        schedule(includedBy.getOrDefault(path, path), debounceMillis);
    }

    void saved(String uri) {
        Path path = Uris.path(uri);
        if (path != null && includedBy.containsKey(path)) {
            schedule(includedBy.get(path), 0); // the root reads its includes from disk
        }
    }

    void closed(String uri) {
        Path path = Uris.path(uri);
        if (path == null) {
            return;
        }
        documents.remove(path);
        worker.execute(() -> {
            if (snapshots.containsKey(path) && !isOpenThroughRoot(path)) {
                snapshots.remove(path);
                for (Path file : published.getOrDefault(path, Set.of())) {
                    publish(file, List.of(), null);
                }
                published.remove(path);
            }
        });
    }

    Document document(Path path) {
        return documents.get(path);
    }

    /** The root config whose analysis covers a file: the file itself, or the config that includes it. */
    Path rootOf(Path file) {
        return includedBy.getOrDefault(file, file);
    }

    /**
     * The analysis covering a file, brought up to date with the editor's text first. Call on the worker
     * (from {@link #submit}).
     */
    Snapshot current(Path file) {
        Path root = rootOf(file);
        String text = textOf(root);
        Snapshot snapshot = snapshots.get(root);
        if (snapshot == null || text == null || !text.equals(snapshot.text())) {
            snapshot = analyze(root);
        }
        return snapshot;
    }

    void shutdown() {
        worker.shutdownNow();
    }

    private void schedule(Path root, long delayMillis) {
        ScheduledFuture<?> previous = pending.put(root, worker.schedule(() -> {
            pending.remove(root);
            analyzeAndPublish(root);
        }, delayMillis, TimeUnit.MILLISECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
    }

    private void analyzeAndPublish(Path root) {
        Snapshot snapshot = analyze(root);
        if (snapshot == null) {
            return;
        }
        Document document = documents.get(root);
        if (document != null && !document.text().equals(snapshot.text())) {
            return; // typed over while analyzing; the analysis scheduled by that change publishes
        }
        Set<Path> files = new LinkedHashSet<>();
        files.add(root);
        files.addAll(snapshot.includedPaths());
        Set<Path> before = published.getOrDefault(root, Set.of());
        Set<Path> now = new HashSet<>();
        for (Path file : files) {
            now.add(file);
            publish(file, snapshot.diagnosticsIn(file), positionsOf(snapshot, file));
        }
        for (Path file : before) {
            if (!now.contains(file)) {
                publish(file, List.of(), null);
            }
        }
        published.put(root, now);
    }

    private Positions positionsOf(Snapshot snapshot, Path file) {
        // the text the spans index: the decoded file (for the root, the editor's text as the pipeline read it)
        SourceFile source = snapshot.file(file);
        return new Positions(source != null ? source.text() : file.equals(snapshot.root()) ? snapshot.text() : "");
    }

    private void publish(Path file, List<dev.clawc.diag.Diagnostic> findings, Positions positions) {
        LanguageClient target = client;
        if (target == null) {
            return;
        }
        List<org.eclipse.lsp4j.Diagnostic> out = new ArrayList<>();
        for (dev.clawc.diag.Diagnostic finding : findings) {
            out.add(DiagnosticConverter.convert(finding, positions));
        }
        Document document = documents.get(file);
        PublishDiagnosticsParams params = new PublishDiagnosticsParams(document != null ? document.uri() : Uris.uri(file), out);
        if (document != null) {
            params.setVersion(document.version());
        }
        target.publishDiagnostics(params);
    }

    private Snapshot analyze(Path root) {
        String text = textOf(root);
        if (text == null) {
            return null;
        }
        ConfigAnalyzer.Result result = ConfigAnalyzer.analyze(root, text, settings);
        Snapshot snapshot = new Snapshot(root, text, result);
        snapshots.put(root, snapshot);
        for (Path included : snapshot.includedPaths()) {
            includedBy.put(included, root);
        }
        return snapshot;
    }

    private String textOf(Path file) {
        Document document = documents.get(file);
        if (document != null) {
            return document.text();
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A file opened on its own may be an include of an {@code openclaw.json(5)} in its directory or above;
     * then that config is analyzed and the file's findings come from it, as {@code check --via-root} does.
     */
    private Path findRoot(Path file) {
        if (includedBy.containsKey(file) || ROOT_NAMES.contains(String.valueOf(file.getFileName()))) {
            return rootOf(file);
        }
        Path dir = file.getParent();
        for (int depth = 0; dir != null && depth < ROOT_SEARCH_DEPTH; depth++, dir = dir.getParent()) {
            for (String name : ROOT_NAMES) {
                Path candidate = dir.resolve(name);
                if (!candidate.equals(file) && Files.isRegularFile(candidate)) {
                    Snapshot snapshot = snapshots.containsKey(candidate) ? snapshots.get(candidate) : analyze(candidate);
                    if (snapshot != null && snapshot.includedPaths().contains(file)) {
                        return candidate;
                    }
                }
            }
        }
        return file;
    }

    private boolean isOpenThroughRoot(Path root) {
        for (Map.Entry<Path, Path> entry : includedBy.entrySet()) {
            if (entry.getValue().equals(root) && documents.containsKey(entry.getKey())) {
                return true;
            }
        }
        return false;
    }
}

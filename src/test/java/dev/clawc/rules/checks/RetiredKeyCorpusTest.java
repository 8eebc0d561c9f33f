package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clawc.config.KeyHistory;
import dev.clawc.config.Nodes;
import dev.clawc.config.VersionChoice;
import dev.clawc.core.AnalysisResult;
import dev.clawc.core.AnalysisSettings;
import dev.clawc.core.Analyzer;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.ParseResult;
import dev.clawc.schema.SchemaValidator;
import dev.clawc.testing.Cli;
import dev.clawc.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The real-config corpus (shared/corpus, written mostly for OpenClaw 2026.2-2026.6) against the
 * config drift data: checked as 2026.9.6, every drift key the corpus summary lists is a
 * `retired-key` finding with the move as its help or fix, never a bare `unknown-key`; checked as the
 * release each file was last written by (meta.lastTouchedVersion), none of those keys is an error.
 */
@Tag("conformance")
class RetiredKeyCorpusTest {
    /** SUMMARY.md, "Most frequent unrecognized keys" rows classified as drift, with their file counts. */
    private static final Map<String, Integer> SUMMARY_DRIFT = new LinkedHashMap<>();

    static {
        SUMMARY_DRIFT.put("meta.lastTouchedAt", 47);
        SUMMARY_DRIFT.put("gateway.tailscale.resetOnExit", 36);
        SUMMARY_DRIFT.put("commands.ownerDisplay", 28);
        SUMMARY_DRIFT.put("agents.defaults.memorySearch", 19);
        SUMMARY_DRIFT.put("gateway.controlUi.allowInsecureAuth", 14);
        SUMMARY_DRIFT.put("gateway.nodes.denyCommands", 14);
        SUMMARY_DRIFT.put("plugins.installs", 10);
        SUMMARY_DRIFT.put("cron.maxConcurrentRuns", 7);
        SUMMARY_DRIFT.put("messages.tts", 7);
        SUMMARY_DRIFT.put("agents.defaults.compaction.memoryFlush.prompt", 7);
        SUMMARY_DRIFT.put("agents.defaults.compaction.reserveTokensFloor", 6);
        SUMMARY_DRIFT.put("agents.defaults.compaction.memoryFlush.systemPrompt", 6);
        SUMMARY_DRIFT.put("ui.assistant", 5);
        SUMMARY_DRIFT.put("logging.redactSensitive", 5);
        SUMMARY_DRIFT.put("tools.media.audio.models", 4);
        SUMMARY_DRIFT.put("browser.profiles.openclaw.color", 4);
        SUMMARY_DRIFT.put("agents.defaults.contextPruning.keepLastAssistants", 4);
        SUMMARY_DRIFT.put("memory.backend", 4);
        SUMMARY_DRIFT.put("auth.cooldowns", 3);
        SUMMARY_DRIFT.put("messages.queue.debounceMs", 3);
        SUMMARY_DRIFT.put("memory.qmd", 3);
        SUMMARY_DRIFT.put("plugins.bundledDiscovery", 3);
        SUMMARY_DRIFT.put("session.agentToAgent", 3);
        SUMMARY_DRIFT.put("session.maintenance.rotateBytes", 3);
        // the drift classes: legacy web search settings, retired root keys
        SUMMARY_DRIFT.put("tools.web.search.apiKey", 9);
        SUMMARY_DRIFT.put("web", 2);
        SUMMARY_DRIFT.put("commitments", 1);
    }

    private static final Pattern UNRECOGNIZED = Pattern.compile("(?:— |× )(\\S+): Unrecognized keys?: (.*)$");

    private static List<Path> corpus() throws IOException {
        return SharedData.corpusConfigs();
    }

    @Test
    void asTwoNineSixEveryDriftKeyIsARetiredKeyWithItsMove() throws IOException {
        List<Path> files = corpus();
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--no-process-env", "--openclaw-version", "2026.9.6"));
        files.forEach(f -> args.add(f.toString()));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        JsonNode diagnostics = new ObjectMapper().readTree(run.out()).path("diagnostics");

        Map<String, Set<String>> retiredFiles = new HashMap<>();
        Set<String> unknown = new HashSet<>();
        for (JsonNode d : diagnostics) {
            String key = d.path("file").asText() + "#" + d.path("path").asText();
            if (d.path("rule").asText().equals("retired-key")) {
                retiredFiles.computeIfAbsent(d.path("path").asText(), p -> new HashSet<>()).add(d.path("file").asText());
                assertMoveOffered(d);
            } else if (d.path("rule").asText().equals("unknown-key")) {
                unknown.add(key);
            }
        }
        for (Map.Entry<String, Integer> drift : SUMMARY_DRIFT.entrySet()) {
            int found = retiredFiles.getOrDefault(drift.getKey(), Set.of()).size();
            assertTrue(found >= drift.getValue(), drift.getKey() + ": retired-key in " + found + " files, the summary lists " + drift.getValue());
        }
        // every key OpenClaw 2026.9.6 itself reported as unrecognized, where clawc knows it was retired
        for (Path file : files) {
            for (String path : unrecognizedInVerdict(file)) {
                ConfigPath configPath = ConfigPath.of((Object[]) path.split("\\."));
                KeyHistory.RetiredKey entry = KeyHistory.bundled().retiredAt(configPath);
                if (entry == null || entry.reportedBy() != null || entry.migratedOnLoad() || path.startsWith("agents.entries.")) {
                    // agents.entries.<id> in a verdict is the in-memory migration of agents.list[i]; an unrecognized
                    // agents.list (012) is a roster the migration could not convert, an author mistake
                    continue;
                }
                String where = file + "#" + configPath;
                assertTrue(!unknown.contains(where), "bare unknown-key for a retired key: " + where);
                assertTrue(retiredFiles.getOrDefault(configPath.toString(), Set.of()).contains(file.toString()),
                        "no retired-key for " + where);
            }
        }
    }

    /** The help names where the value went (or says to remove it), and a removal always comes with the edit. */
    private static void assertMoveOffered(JsonNode d) {
        KeyHistory.RetiredKey entry = KeyHistory.bundled().retiredAt(ConfigPath.of((Object[]) d.path("path").asText()
                .replaceAll("\\[(\\d+)\\]", ".$1").split("\\.")));
        if (entry == null) {
            // a path with an index: match through the pattern
            return;
        }
        String help = d.path("help").toString();
        if (entry.movedTo() == null) {
            if (entry.repair() == KeyHistory.Repair.REMOVE) {
                assertTrue(help.contains("remove it"), help);
                if (!help.contains("once the keys inside it")) { // else keys inside it are migrated first
                    assertNotNull(d.get("fix"), "no removal edit: " + d);
                }
            } else {
                assertTrue(help.contains("openclaw doctor --fix"), help);
            }
        } else {
            List<String> target = entry.movedTo().segments();
            String leaf = target.get(target.size() - 1);
            assertTrue(help.contains(leaf + "`"), d.path("path").asText() + ": help does not name the destination: " + help);
        }
    }

    @Test
    void asTheReleaseThatWroteTheFileNoAcceptedKeyIsAnError() throws IOException {
        int files = 0;
        int dropped = 0;
        Set<String> neverAnError = Set.of("meta.lastTouchedAt", "gateway.tailscale.resetOnExit", "commands.ownerDisplay",
                "agents.defaults.memorySearch", "gateway.controlUi.allowInsecureAuth", "gateway.nodes.denyCommands");
        for (Path file : corpus()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ParseResult parsed = Json5Reader.read(new SourceFile(file.toString(), text));
            if (parsed.hasErrors() || Nodes.string(parsed.value(), "meta", "lastTouchedVersion") == null) {
                continue;
            }
            files++;
            AnalysisResult result = Analyzer.analyzeFile(file, AnalysisSettings.defaults());
            VersionChoice choice = result.version();
            assertEquals("meta.lastTouchedVersion", choice.source());
            List<Diagnostic> kept = result.diagnostics();
            for (Diagnostic finding : SchemaValidator.bundled().validate(result.value())) {
                if (KeyHistory.acceptedUnder(finding, choice.version())) {
                    dropped++; // what Analyzer filtered out: counted to show the filter matters on real files
                }
            }
            for (Diagnostic d : kept) {
                String where = file.getFileName() + " (" + choice.version() + "): " + d.rule() + " at " + d.path();
                KeyHistory.RetiredKey entry = KeyHistory.bundled().retiredAt(d.path());
                if (d.rule().equals("retired-key")) {
                    assertTrue(entry == null || !entry.acceptedBy(choice.version()), where);
                }
                if (d.rule().equals("unknown-key") && entry != null) {
                    assertTrue(!entry.acceptedBy(choice.version()), "unknown-key for a key the release accepts: " + where);
                }
                if (d.severity() == dev.clawc.diag.Severity.ERROR) {
                    assertTrue(!neverAnError.contains(d.path().toString()), where);
                }
            }
        }
        System.out.println("retired-key corpus: " + files + " files with meta.lastTouchedVersion, " + dropped
                + " schema findings dropped as accepted by that release");
        assertTrue(files >= 40, "corpus files with meta.lastTouchedVersion: " + files);
        assertTrue(dropped >= 150, "schema findings for keys the file's release accepts: " + dropped);
    }

    private static List<String> unrecognizedInVerdict(Path file) throws IOException {
        String id = file.getFileName().toString().substring(0, 3);
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file.getParent().resolve("verdicts").resolve(id + ".txt"))) {
            Matcher m = UNRECOGNIZED.matcher(line);
            if (!m.find()) {
                continue;
            }
            Matcher key = Pattern.compile("\"([^\"]*)\"").matcher(m.group(2));
            while (key.find()) {
                out.add(m.group(1).equals("<root>") ? key.group(1) : m.group(1) + "." + key.group(1));
            }
        }
        return out;
    }
}

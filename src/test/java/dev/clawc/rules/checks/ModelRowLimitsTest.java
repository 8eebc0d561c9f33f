package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelRowLimitsTest {
    private final RuleTester tester = RuleTester.of(new ModelRowLimits());

    private static String row(String limits) {
        return row(limits, ", agents: {defaults: {model: {primary: 'local/llama3'}}}");
    }

    private static String row(String limits, String agents) {
        return "{models: {providers: {local: {baseUrl: 'http://127.0.0.1:8000/v1', models: [{id: 'llama3', name: 'llama3', "
                + limits + "}]}}}" + agents + "}";
    }

    @Test
    void aWindowBelowTheReleasesMinimumBlocksTheModel() {
        List<Diagnostic> old = tester.version("2026.2.19").check(row("contextWindow: 4096, maxTokens: 4096"));
        assertEquals(1, old.size(), old.toString());
        assertEquals(Severity.ERROR, old.get(0).severity());
        assertEquals("models.providers.local.models[0].contextWindow", old.get(0).path().toString());
        assertTrue(old.get(0).message().contains("minimum of 16000"), old.get(0).message());
        assertTrue(String.join("\n", old.get(0).notes()).contains("Model context window too small (4096 tokens). Minimum is 16000."));
        // 2026.4.29 lowered the minimum to 4000; 2026.9.6 caps the compaction reserve, so 4096 is fine there
        assertEquals(List.of(), tester.version("2026.9.6").check(row("contextWindow: 4096, maxTokens: 4096")));
        assertTrue(tester.version("2026.9.6").check(row("contextWindow: 2048")).get(0).message().contains("minimum of 4000"));
    }

    @Test
    void aWindowNoLargerThanTheCompactionReserveCompactsEveryTurnUntilTheReserveIsCapped() {
        Diagnostic old = tester.version("2026.3.2").check(row("contextWindow: 18000")).get(0);
        assertEquals(Severity.WARNING, old.severity());
        assertTrue(old.message().contains("compaction reserve (20000)"), old.message());
        Diagnostic mid = tester.version("2026.6.10").check(row("contextWindow: 8192")).get(0);
        assertTrue(mid.message().contains("compaction reserve (16384)"), mid.message());
        assertTrue(String.join("\n", mid.notes()).contains("2026.7.1"), mid.notes().toString());
        assertEquals(List.of(), tester.version("2026.6.10").check(row("contextWindow: 18000")));
        assertEquals(List.of(), tester.version("2026.9.6").check(row("contextWindow: 8192")));
        // a configured floor counts where the floor is not capped
        String lowFloor = row("contextWindow: 18000", ", agents: {defaults: {compaction: {reserveTokensFloor: 8000}}}");
        assertEquals(List.of(), tester.version("2026.3.2").check(lowFloor.replace("compaction:", "model: {primary: 'local/llama3'}, compaction:")));
        assertEquals(List.of(), tester.version("2026.3.2").check(lowFloor));
    }

    @Test
    void aRowNoAgentUsesOnlyWarns() {
        Diagnostic d = tester.version("2026.9.6").check(row("contextWindow: 2048", "")).get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("would refuse to run"), d.message());
    }

    @Test
    void maxTokensAboveTheWindowIsAWarning() {
        Diagnostic d = tester.check(row("contextWindow: 8192, maxTokens: 81920")).get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("models.providers.local.models[0].maxTokens", d.path().toString());
        assertTrue(d.message().contains("`maxTokens` (81920) above its `contextWindow` (8192)"), d.message());
    }

    @Test
    void ordinaryRowsAreFine() {
        for (String release : List.of("2026.2.6", "2026.4.12", "2026.6.10", "2026.9.6")) {
            assertEquals(List.of(), tester.version(release).check(row("contextWindow: 131072, maxTokens: 8192")), release);
            assertEquals(List.of(), tester.version(release).check(row("")), release);
        }
    }
}

package dev.clawc.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.config.Failover.Failure;
import dev.clawc.json5.Json5Reader;
import dev.clawc.diag.SourceFile;
import dev.clawc.release.OpenClawVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which model answers after a failed request, by release: the oracle's fallback captures, as unit cases. */
class FailoverTest {
    private static final String SEED = "{ agents: { defaults: {"
            + " model: { primary: 'openrouter/anthropic/claude-3.5-sonnet', fallbacks: ['openrouter/openai/gpt-4o-mini'] },"
            + " models: { 'openrouter/anthropic/claude-3.5-sonnet': {} } } } }";
    private static final String ALLOWLISTED = "{ agents: { defaults: {"
            + " model: { primary: 'openrouter/anthropic/claude-3.5-sonnet', fallbacks: ['openrouter/anthropic/claude-3.5-sonnet', 'openrouter/openai/gpt-4o-mini'] },"
            + " models: { 'openrouter/anthropic/claude-3.5-sonnet': {}, 'openrouter/openai/gpt-4o-mini': {} } } } }";

    private static Failover.Outcome primaryFails(String config, String release, Failure failure) {
        ConfigModel model = ConfigModel.of(Json5Reader.read(new SourceFile("t.json5", config)).value(), OpenClawVersion.parse(release),
                ProviderCatalog.bundled());
        List<Route> chain = new RoutePlanner(model, Map.of()).chain("main");
        return Failover.after(model, chain, chain.get(0), failure);
    }

    @Test
    void aRefusedRequestFailsOverOnlyOnReleasesThatFallOverOnHttp400() {
        // captures or-seed-fallback-400: 2026.2.6-3 sends one request and stops; 2026.9.6 ends on gpt-4o-mini
        Failover.Outcome old = primaryFails(SEED, "2026.2.6-3", Failure.BAD_REQUEST);
        assertFalse(old.failsOver());
        assertNull(old.rescuer());
        Failover.Outcome now = primaryFails(SEED, "2026.9.6", Failure.BAD_REQUEST);
        assertTrue(now.failsOver());
        assertEquals("openrouter/openai/gpt-4o-mini", now.rescuer().key());
    }

    @Test
    void releasesThatNeedTheAllowlistSkipUnlistedFallbacks() {
        // capture or-seed-fallback-429 on 2026.2.6-3: the fallback is not listed, so the primary's error stands
        Failover.Outcome unlisted = primaryFails(SEED, "2026.2.6-3", Failure.RATE_LIMIT);
        assertTrue(unlisted.failsOver());
        assertNull(unlisted.rescuer());
        assertEquals(List.of("openrouter/openai/gpt-4o-mini"), unlisted.skipped().stream().map(Route::key).toList());
        assertEquals("openrouter/openai/gpt-4o-mini", primaryFails(SEED, "2026.9.6", Failure.RATE_LIMIT).rescuer().key());
    }

    @Test
    void theFailingModelRepeatedAsAFallbackIsNoRescue() {
        Failover.Outcome outcome = primaryFails(ALLOWLISTED, "2026.2.6-3", Failure.RATE_LIMIT);
        assertEquals("openrouter/openai/gpt-4o-mini", outcome.rescuer().key());
        assertEquals(List.of(), outcome.skipped());
    }
}

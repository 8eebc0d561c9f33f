package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrowserProfileTest {
    private final RuleTester tester = RuleTester.of(new BrowserProfile()).version("2026.9.6");

    @Test
    void aLaunchedProfileNeedsAnEndpoint() {
        List<Diagnostic> found = tester.check("{ browser: { profiles: { work: { headless: true }, zero: { cdpPort: 0 },"
                + " ok: { cdpUrl: 'http://127.0.0.1:9222' }, own: { driver: 'existing-session' }, relay: { driver: 'extension' } } } }");
        assertEquals(List.of("browser.profiles.work", "browser.profiles.zero"), found.stream().map(d -> d.path().toString()).toList());
        assertTrue(found.get(0).message().contains("no `cdpPort` or `cdpUrl`"), found.get(0).message());
    }

    @Test
    void settingsTheDriverDoesNotTakeAreRefused() {
        List<Diagnostic> found = tester.check("{ browser: { profiles: { a: { cdpPort: 1, userDataDir: '/d' },"
                + " b: { driver: 'extension', cdpUrl: 'http://x' }, c: { driver: 'existing-session', userDataDir: '/d' } } } }");
        assertEquals(2, found.size());
        assertTrue(found.get(0).message().contains("existing-session"), found.get(0).message());
        assertTrue(found.get(1).message().contains("driver `extension`"), found.get(1).message());
    }

    @Test
    void releasesBeforeTheCheckAreLeftAlone() {
        assertEquals(List.of(), RuleTester.of(new BrowserProfile()).version("2026.7.35")
                .check("{ browser: { profiles: { work: { headless: true } } } }"));
    }
}

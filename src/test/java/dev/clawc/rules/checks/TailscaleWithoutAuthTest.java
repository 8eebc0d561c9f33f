package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class TailscaleWithoutAuthTest {
    private final RuleTester tester = RuleTester.of(new TailscaleWithoutAuth()).version("2026.9.6");

    @Test
    void serveOrFunnelWithoutAuthIsRefused() {
        List<Diagnostic> serve = tester.check("{ gateway: { auth: { mode: 'none' }, tailscale: { mode: 'serve' } } }");
        assertEquals(1, serve.size());
        assertEquals("gateway.auth.mode", serve.get(0).path().toString());
        List<Diagnostic> funnel = tester.check("{ gateway: { auth: { mode: 'none' }, tailscale: { mode: 'funnel' } } }");
        assertTrue(String.join(" ", funnel.get(0).help()).contains("password"), funnel.get(0).help().toString());
    }

    @Test
    void anyAuthOrNoExposurePasses() {
        assertEquals(List.of(), tester.check("{ gateway: { auth: { mode: 'token' }, tailscale: { mode: 'serve' } } }"));
        assertEquals(List.of(), tester.check("{ gateway: { tailscale: { mode: 'serve' } } }"));
        assertEquals(List.of(), tester.check("{ gateway: { auth: { mode: 'none' }, tailscale: { mode: 'off' } } }"));
        assertEquals(List.of(), tester.check("{ gateway: { auth: { mode: 'none' } } }"));
    }
}

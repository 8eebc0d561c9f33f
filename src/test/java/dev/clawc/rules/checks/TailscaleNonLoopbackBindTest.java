package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class TailscaleNonLoopbackBindTest {
    private final RuleTester tester = RuleTester.of(new TailscaleNonLoopbackBind()).version("2026.9.6");

    @Test
    void serveOrFunnelWithALanBindIsRefused() {
        for (String mode : List.of("serve", "funnel")) {
            List<Diagnostic> found = tester.check("{ gateway: { bind: 'lan', tailscale: { mode: '" + mode + "' } } }");
            assertEquals(1, found.size(), mode);
            assertEquals("gateway.bind", found.get(0).path().toString());
            assertTrue(found.get(0).fix().unsafe(), "binding to loopback changes who reaches the gateway");
            assertEquals("'loopback'", found.get(0).fix().edits().get(0).replacement());
        }
    }

    @Test
    void loopbackUnsetOrACustomLoopbackHostPass() {
        assertEquals(List.of(), tester.check("{ gateway: { bind: 'loopback', tailscale: { mode: 'serve' } } }"));
        assertEquals(List.of(), tester.check("{ gateway: { tailscale: { mode: 'funnel' } } }"));
        assertEquals(List.of(), tester.check("{ gateway: { bind: 'custom', customBindHost: '127.0.0.1', tailscale: { mode: 'serve' } } }"));
        assertEquals(List.of(), tester.check("{ gateway: { bind: 'custom', customBindHost: '127.10.0.3', tailscale: { mode: 'serve' } } }"));
    }

    @Test
    void aCustomHostMustBeACanonicalLoopbackAddress() {
        for (String host : List.of("0.0.0.0", "192.168.1.2", "localhost", "127.0.0.01", "127.0.0.256", "::1")) {
            assertEquals(1, tester.check("{ gateway: { bind: 'custom', customBindHost: '" + host + "', tailscale: { mode: 'serve' } } }")
                    .size(), host);
        }
    }

    @Test
    void withoutTailscaleExposureAnyBindPasses() {
        assertEquals(List.of(), tester.check("{ gateway: { bind: 'lan' } }"));
        assertEquals(List.of(), tester.check("{ gateway: { bind: 'lan', tailscale: { mode: 'off' } } }"));
    }

    @Test
    void releasesBeforeTheCheckAreLeftAlone() {
        assertEquals(List.of(), RuleTester.of(new TailscaleNonLoopbackBind()).version("2026.2.24")
                .check("{ gateway: { bind: 'lan', tailscale: { mode: 'serve' } } }"));
        assertFalse(RuleTester.of(new TailscaleNonLoopbackBind()).version("2026.3.2")
                .check("{ gateway: { bind: 'lan', tailscale: { mode: 'serve' } } }").isEmpty());
    }
}

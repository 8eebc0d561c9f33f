package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheControlRejectedTest {
    private final RuleTester tester = RuleTester.of(new CacheControlRejected());

    private static String seed() throws Exception {
        return Files.readString(Path.of("examples/seed.json5"));
    }

    @Test
    void theSeedFailsOn2026_2_6WithOneErrorOnThePrimary() throws Exception {
        List<Diagnostic> found = tester.version("2026.2.6").check(seed());
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("agents.defaults.model.primary", d.path().toString());
        assertTrue(d.message().contains("amazon-bedrock"), d.message());
        assertTrue(d.help().stream().anyMatch(h -> h.contains("custom provider id")), d.help().toString());
        assertTrue(d.help().stream().anyMatch(h -> h.contains("upgrade OpenClaw to 2026.5.12")), d.help().toString());
        // 2026.2.6 does not forward params.provider: that fix must not be offered
        assertTrue(d.help().stream().noneMatch(h -> h.contains("params.provider")), d.help().toString());
        assertTrue(d.help().stream().noneMatch(h -> h.contains("`anthropic/claude-3.5-sonnet`")), d.help().toString());
    }

    @Test
    void theSeedIsFineOn2026_9_6() throws Exception {
        assertEquals(List.of(), tester.version("2026.9.6").check(seed()));
    }

    @Test
    void withoutNoneTheMarkersStayAndTheErrorToo() {
        String config = "{agents: {defaults: {model: 'openrouter/anthropic/claude-3.5-sonnet'}}}";
        assertEquals(1, tester.check(config).size());
        Diagnostic d = tester.check(config).get(0);
        assertTrue(d.help().get(0).contains("cacheRetention: \"none\""), d.help().toString());
        assertTrue(d.help().stream().anyMatch(h -> h.contains("params.provider")), d.help().toString());
    }

    @Test
    void routingAwayFromBedrockClearsIt() {
        String config = "{agents: {defaults: {model: 'openrouter/anthropic/claude-3.5-sonnet', models: {"
                + "'openrouter/anthropic/claude-3.5-sonnet': {params: {provider: {ignore: ['amazon-bedrock']}}}}}}}";
        assertEquals(List.of(), tester.check(config));
        // 2026.2.6 does not forward the routing object, so it does not help there
        assertEquals(1, tester.version("2026.2.6").check(config).size());
    }

    @Test
    void aModelEveryHostCachesIsFine() {
        assertEquals(List.of(), tester.version("2026.2.6").check("{agents: {defaults: {model: 'openrouter/anthropic/claude-sonnet-4'}}}"));
    }
}

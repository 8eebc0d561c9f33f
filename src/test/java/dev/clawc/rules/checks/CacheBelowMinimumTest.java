package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheBelowMinimumTest {
    private final RuleTester tester = RuleTester.of(new CacheBelowMinimum());

    @Test
    void firesForAModelWithALargeMinimum() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: 'anthropic/claude-haiku-4-5',"
                + " models: {'anthropic/claude-haiku-4-5': {params: {cacheRetention: 'long'}}}}}}");
        assertEquals(1, found.size());
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: 'anthropic/claude-haiku-4-5'}}}"),
                "the default markers alone are not a choice to report");
        assertTrue(found.get(0).message().contains("4,096"), found.get(0).message());
    }

    @Test
    void silentWhenNoMarkersAreSent() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: 'anthropic/claude-haiku-4-5',"
                + " models: {'anthropic/claude-haiku-4-5': {params: {cacheRetention: 'none'}}}}}}"));
    }

    @Test
    void silentForASmallMinimum() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: 'anthropic/claude-sonnet-4-6'}}}"));
    }
}

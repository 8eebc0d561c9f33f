package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentRosterTest {
    private final RuleTester tester = RuleTester.of(new AgentRoster());

    @Test
    void twoAgentsWithoutOwnershipAreRefusedFrom2026_8() {
        String config = "{agents: {list: [{id: 'main'}, {id: 'ops'}]}}";
        List<Diagnostic> found = tester.check(config);
        assertEquals(1, found.size());
        assertEquals("agents.ownership", found.get(0).path().toString());
        assertEquals(" ownership: \"explicit\",", found.get(0).fix().edits().get(0).replacement());
        assertEquals(List.of(), tester.version("2026.7.1").check(config), "accepted before keyed entries");
    }

    @Test
    void ownershipOrOneDefaultIsFine() {
        assertEquals(List.of(), tester.check("{agents: {ownership: 'explicit', entries: {main: {}, ops: {}}}}"));
        assertEquals(List.of(), tester.check("{agents: {list: [{id: 'main', default: true}, {id: 'ops'}]}}"));
        assertEquals(List.of(), tester.check("{agents: {entries: {main: {}}}}"));
    }

    @Test
    void conflictingMarkers() {
        assertTrue(tester.check("{agents: {list: [{id: 'a', default: true}, {id: 'b', default: true}]}}").get(0)
                .message().contains("more than one"));
        assertTrue(tester.check("{agents: {ownership: 'explicit', list: [{id: 'a', default: true}, {id: 'b'}]}}").get(0)
                .message().contains("cannot be combined"));
        assertTrue(tester.check("{agents: {entries: {}}}").get(0).message().contains("empty"));
    }
}

package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownAgentTest {
    private final RuleTester tester = RuleTester.of(new UnknownAgent()).version("2026.9.6");

    @Test
    void reportsEveryReferenceToAnAgentThatIsNotDefined() {
        List<Diagnostic> found = tester.check("{ agents: { entries: { ops: {} } },"
                + " bindings: [{ agentId: 'opps', match: { channel: 'telegram' } }],"
                + " broadcast: { 'telegram:1': { agents: ['ops', 'qa'] } },"
                + " agents2: 0, talk: { agentId: 'nobody' } }");
        assertEquals(List.of("bindings[0].agentId", "broadcast[\"telegram:1\"].agents[1]", "talk.agentId"),
                found.stream().map(d -> d.path().toString()).toList());
        assertTrue(found.get(0).help().get(0).contains("did you mean `ops`"), found.get(0).help().toString());
    }

    @Test
    void idsCompareLikeOpenClawCompares() {
        assertEquals(List.of(), tester.check("{ agents: { entries: { Ops: {} } }, bindings: [{ agentId: ' ops ' }, { agentId: 'main' }] }"));
        // broadcast groups compare exactly
        assertEquals(1, tester.check("{ agents: { entries: { Ops: {} } }, broadcast: { 'slack:1': ['ops'] } }").size());
    }

    @Test
    void withoutAgentsOnlyMainExists() {
        // OpenClaw validates against a roster holding its implicit `main`, bare broadcast keys included
        assertEquals(List.of(), tester.check("{ bindings: [{ agentId: 'main' }], broadcast: { team: ['main'], 'tg:1': ['main'] } }"));
        assertEquals(1, tester.check("{ bindings: [{ agentId: 'x' }] }").size());
        assertEquals(1, tester.check("{ broadcast: { team: ['Main'] } }").size());
        assertEquals(1, tester.check("{ broadcast: { main: { agents: ['x'] } } }").size());
    }

    @Test
    void releasesThatDoNotValidateReferencesAreLeftAlone() {
        assertEquals(List.of(), RuleTester.of(new UnknownAgent()).version("2026.4.12").check("{ bindings: [{ agentId: 'x' }] }"));
    }
}

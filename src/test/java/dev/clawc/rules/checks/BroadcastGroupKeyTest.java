package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BroadcastGroupKeyTest {
    private final RuleTester tester = RuleTester.of(new BroadcastGroupKey()).version("2026.9.6");

    @Test
    void optionsUnderABareKeyAreRefused() {
        List<Diagnostic> found = tester.check("{ broadcast: { team: { agents: ['main'] }, 'telegram:1': { agents: ['main'] },"
                + " strategy: 'parallel', other: ['main'] } }");
        assertEquals(List.of("broadcast.team"), found.stream().map(d -> d.path().toString()).toList());
        assertTrue(found.get(0).help().get(0).contains("telegram:team"), found.get(0).help().toString());
    }

    @Test
    void aThreadGroupTakesAtMostSixteenAgents() {
        String sixteen = IntStream.range(0, 16).mapToObj(i -> "'a" + i + "'").collect(Collectors.joining(","));
        assertEquals(List.of(), tester.check("{ broadcast: { 'slack:C1': [" + sixteen + "] } }"));
        List<Diagnostic> found = tester.check("{ broadcast: { 'slack:C1': [" + sixteen + ",'a16'], big: [" + sixteen + ",'x'] } }");
        assertEquals(List.of("broadcast[\"slack:C1\"]"), found.stream().map(d -> d.path().toString()).toList());
        assertTrue(found.get(0).message().contains("17 agents"), found.get(0).message());
    }

    @Test
    void releasesBeforeTheCheckAreLeftAlone() {
        assertEquals(List.of(), RuleTester.of(new BroadcastGroupKey()).version("2026.9.4")
                .check("{ broadcast: { team: { agents: ['main'] } } }"));
    }
}

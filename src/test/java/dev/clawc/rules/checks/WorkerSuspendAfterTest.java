package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.clawc.testing.RuleTester;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerSuspendAfterTest {
    private final RuleTester tester = RuleTester.of(new WorkerSuspendAfter()).version("2026.9.6");

    @Test
    void durationsReadAsOpenClawReadsThem() {
        assertEquals(0, new BigDecimal(90_000).compareTo(WorkerSuspendAfter.milliseconds("1m30s")));
        assertEquals(0, new BigDecimal(5_400_000).compareTo(WorkerSuspendAfter.milliseconds(" 1H30M ")));
        assertEquals(0, new BigDecimal(90_000).compareTo(WorkerSuspendAfter.milliseconds("1.5m")));
        assertNull(WorkerSuspendAfter.milliseconds("5"));
        assertNull(WorkerSuspendAfter.milliseconds("1m30"));
        assertNull(WorkerSuspendAfter.milliseconds("1m 30s"));
        assertNull(WorkerSuspendAfter.milliseconds("soon"));
    }

    @Test
    void shortOrUnitlessValuesAreRefused() {
        List<String> paths = tester.check("{ cloudWorkers: { profiles: { a: { provider: 'x', suspendAfter: '30s' },"
                + " b: { provider: 'x', suspendAfter: '5' }, c: { provider: 'x', suspendAfter: '1m' } } } }")
                .stream().map(d -> d.path().toString()).toList();
        assertEquals(List.of("cloudWorkers.profiles.a.suspendAfter", "cloudWorkers.profiles.b.suspendAfter"), paths);
    }

    @Test
    void releasesBeforeTheKeyAreLeftAlone() {
        assertEquals(List.of(), RuleTester.of(new WorkerSuspendAfter()).version("2026.7.35")
                .check("{ cloudWorkers: { profiles: { a: { provider: 'x', suspendAfter: '30s' } } } }"));
    }
}

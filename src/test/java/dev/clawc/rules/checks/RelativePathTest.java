package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativePathTest {
    private final RuleTester tester = RuleTester.of(new RelativePath()).version("2026.9.6");

    @Test
    void relativePathsAreRefusedWhereOpenClawWantsAbsoluteOnes() {
        List<Diagnostic> found = tester.check("{ worktreeRoot: 'wt', desktop: { host: { enabled: true, passwordFile: 'pw' } } }");
        assertEquals(List.of("worktreeRoot", "desktop.host.passwordFile"), found.stream().map(d -> d.path().toString()).toList());
        assertTrue(found.get(0).help().get(0).contains("~/wt"), found.get(0).help().toString());
    }

    @Test
    void absolutePathsAndTheHomeShorthandPass() {
        assertEquals(List.of(), tester.check("{ worktreeRoot: '~/wt', desktop: { host: { passwordFile: '/etc/vnc.pass' } } }"));
        assertEquals(List.of(), tester.check("{ worktreeRoot: '/srv/wt' }"));
        // `~` is accepted only where OpenClaw accepts it
        assertEquals(1, tester.check("{ desktop: { host: { passwordFile: '~/vnc.pass' } } }").size());
    }

    @Test
    void releasesBeforeTheCheckAreLeftAlone() {
        assertEquals(List.of(), RuleTester.of(new RelativePath()).version("2026.8.2").check("{ worktreeRoot: 'wt' }"));
    }
}

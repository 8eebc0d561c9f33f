package dev.clawc.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.Json5Value;
import dev.clawc.release.Releases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionChoiceTest {
    @TempDir
    Path dir;

    private static Json5Value config(String text) {
        return Json5Reader.read(new SourceFile("openclaw.json", text)).value();
    }

    @Test
    void aReleaseNewerThanEverySyncedOneIsCheckedAsTheNewestAndSaysSo() {
        VersionChoice choice = VersionChoice.choose(null, config("{ meta: { lastTouchedVersion: \"2099.1.1\" } }"));
        assertEquals("2099.1.1", choice.version().toString());
        assertEquals(Releases.bundled().newest(), choice.profile().version());
        List<Diagnostic> notes = choice.diagnostics();
        assertEquals(1, notes.size());
        assertEquals(ConfigRules.RELEASE_NOT_SYNCED, notes.get(0).rule());
        assertTrue(notes.get(0).span() != null, "located at the stamp");
        assertTrue(choice.describe().contains("checked as " + Releases.bundled().newest()), choice.describe());
    }

    @Test
    void messagesNameTheReleaseTheUserChose() {
        VersionChoice choice = VersionChoice.choose("2026.6.10", config("{}"));
        assertEquals("2026.6.10", choice.profile().version().toString());
        assertEquals(List.of(), choice.diagnostics());
    }

    @Test
    void anInstalledReleaseThatDiffersFromTheStampIsAWarning() {
        var installed = new dev.clawc.release.InstalledOpenClaw.Found(dev.clawc.release.OpenClawVersion.parse("2026.9.6"),
                dir.resolve("package.json"));
        VersionChoice choice = VersionChoice.choose(null, config("{ meta: { lastTouchedVersion: \"2026.4.12\" } }"), installed);
        assertEquals("2026.4.12", choice.version().toString());
        assertEquals(ConfigRules.RELEASE_MISMATCH, choice.diagnostics().get(0).rule());
        assertTrue(choice.diagnostics().get(0).message().contains("OpenClaw 2026.9.6 is installed"));
        VersionChoice same = VersionChoice.choose(null, config("{ meta: { lastTouchedVersion: \"2026.9.6\" } }"), installed);
        assertEquals(List.of(), same.diagnostics());
    }

    @Test
    void installedPicksTheInstalledRelease() {
        var installed = new dev.clawc.release.InstalledOpenClaw.Found(dev.clawc.release.OpenClawVersion.parse("2026.8.2"),
                dir.resolve("package.json"));
        VersionChoice choice = VersionChoice.choose(VersionChoice.INSTALLED, config("{ meta: { lastTouchedVersion: \"2026.4.12\" } }"), installed);
        assertEquals("2026.8.2", choice.version().toString());
        assertTrue(choice.describe().contains("installed at"), choice.describe());
    }
}

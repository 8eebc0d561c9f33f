package dev.clawc.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstalledOpenClawTest {
    @TempDir
    Path dir;

    @Test
    void findsThePackageBehindOpenClawOnPath() throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("lib/node_modules/openclaw"));
        Files.writeString(pkg.resolve("package.json"), "{\"name\":\"openclaw\",\"version\":\"2026.8.2\"}");
        Files.writeString(pkg.resolve("openclaw.mjs"), "");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("openclaw"), pkg.resolve("openclaw.mjs"));
        String saved = System.clearProperty("clawc.installedOpenClaw");
        try {
            InstalledOpenClaw.Found found = InstalledOpenClaw.search(Map.of("PATH", bin.toString(), "HOME", dir.toString()));
            assertEquals(OpenClawVersion.parse("2026.8.2"), found.version());
            assertEquals(pkg.resolve("package.json").toRealPath(), found.packageJson().toRealPath());
        } finally {
            if (saved != null) {
                System.setProperty("clawc.installedOpenClaw", saved);
            }
        }
    }

    @Test
    void anotherPackageOrNoneIsNotAnInstallation() throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("lib/node_modules/openclaw"));
        Files.writeString(pkg.resolve("package.json"), "{\"name\":\"not-openclaw\",\"version\":\"2026.8.2\"}");
        String saved = System.clearProperty("clawc.installedOpenClaw");
        try {
            assertNull(InstalledOpenClaw.search(Map.of("PATH", dir.resolve("bin").toString(), "NPM_CONFIG_PREFIX", dir.toString())));
        } finally {
            if (saved != null) {
                System.setProperty("clawc.installedOpenClaw", saved);
            }
        }
    }
}

package dev.clawc.cli;

import dev.clawc.config.KeyHistory;
import dev.clawc.config.ModelCatalog;
import dev.clawc.config.ProviderCatalog;
import dev.clawc.config.VersionProfiles;
import dev.clawc.release.Releases;
import dev.clawc.rules.RuleRegistry;
import dev.clawc.schema.SchemaValidator;
import java.util.Set;

/**
 * Start-up overlap: a release's schema validator, the rules and the bundled tables take tens of milliseconds to
 * build, and the command line itself about as long. On a machine with a second core they are built on a background
 * thread while the main thread parses arguments and reads the config; whoever needs them first waits
 * for the same (synchronized, build-once) instances.
 */
final class Warmup {
    private static final Set<String> ANALYZING = Set.of("check", "explain", "compile", "fix");

    private Warmup() {
    }

    static void startFor(String[] args) {
        if (args.length == 0 || !ANALYZING.contains(args[0]) || Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                // the newest release is the one a config without meta.lastTouchedVersion is read as
                SchemaValidator.forRelease(Releases.bundled().newest()).prepare();
                RuleRegistry.semanticRules();
                VersionProfiles.bundled().newest();
                ProviderCatalog.bundled();
                ModelCatalog.bundled();
                KeyHistory.bundled();
            } catch (RuntimeException e) {
                // the main thread builds them again and reports any problem itself
            }
        }, "clawc-warmup");
        thread.setDaemon(true);
        thread.start();
    }
}
